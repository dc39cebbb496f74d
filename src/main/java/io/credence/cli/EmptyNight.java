package io.credence.cli;

import io.credence.io.RunManifest;
import java.io.PrintStream;

/**
 * A committed night with nothing to show: no article scored, or no outlet in the window. It is committed (its
 * rejected rows say why), but a scheduler must notice, so the command warns and exits {@link CredenceCli#EXIT_EMPTY}.
 */
final class EmptyNight {

  private EmptyNight() {}

  /** 0 for a night with scores; else warns on {@code err} and returns {@link CredenceCli#EXIT_EMPTY}. */
  static int exitCode(RunManifest manifest, PrintStream err) {
    RunManifest.Counts counts = manifest.counts();
    String why;
    if (counts.read() == 0) {
      why = "read no record: the input files hold no article";
    } else if (counts.scored() == 0) {
      why = String.format(
          "scored no article: all %d records read were rejected %s (see the rejected table)",
          counts.read(), manifest.rejectedByReason());
    } else if (manifest.outlets() == 0) {
      why = String.format(
          "left no outlet in the %d-day window ending %s: the %d scored articles were published outside it"
              + " (is --run-date right?)",
          manifest.windowDays(), manifest.runDate(), counts.scored());
    } else {
      return 0;
    }
    err.println("credence: warning: the night " + manifest.runDate() + " is committed but empty: it " + why
        + "; exit code " + CredenceCli.EXIT_EMPTY);
    return CredenceCli.EXIT_EMPTY;
  }
}
