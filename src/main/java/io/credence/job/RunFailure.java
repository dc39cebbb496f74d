package io.credence.job;

import io.credence.io.RunHistory;
import io.credence.io.RunOutput;
import io.credence.io.RunRecord;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a failed attempt, whatever failed and however: removes its staging area (unless the commit was already
 * decided, in which case the next run completes it), then writes its {@code failed} row with the root cause and
 * removes its active marker. Each step runs even when an earlier one fails (on a full disk, say); what fails here is
 * added to the original exception as suppressed, never thrown instead of it.
 */
final class RunFailure {

  private static final Logger LOG = LoggerFactory.getLogger(RunFailure.class);

  private RunFailure() {}

  /** Records {@code failure} of the attempt {@code running}; {@code output} may be null (nothing staged yet). */
  static void record(Throwable failure, RunOutput output, RunHistory history, RunRecord running) {
    LOG.error("The run for {} (attempt {}) failed: {}", running.runDate(), running.attemptId(),
        Failures.sentence(failure), failure);
    boolean decided = false;
    if (output != null) {
      try {
        decided = !output.abort();
      } catch (RuntimeException | Error e) {
        failure.addSuppressed(e);
      }
    }
    String error = Failures.describe(failure);
    if (decided) {
      error = "after the commit was decided (the next run completes it): " + error;
    }
    try {
      history.finish(running.ended(RunRecord.FAILED, Instant.now().toString(), error));
    } catch (RuntimeException | Error e) {
      LOG.error("Cannot record the failure of attempt {} in _runs; the next run records it as interrupted",
          running.attemptId(), e);
      failure.addSuppressed(e);
    }
  }
}
