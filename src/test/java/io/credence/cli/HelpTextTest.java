package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.ingest.InputFormat;
import io.credence.job.CalibrateJob;
import io.credence.job.CalibrateOptions;
import io.credence.job.ScoreOptions;
import io.credence.job.SynthOptions;
import io.credence.report.ReportData;
import io.credence.scoring.OutletLabels;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help texts say what the behaviour does: their defaults come from the constants the jobs use. */
class HelpTextTest {

  private static String help(String command) {
    return new CommandLine(new CredenceCli()).getSubcommands().get(command).getUsageMessage()
        .replaceAll("\\s+", " ");
  }

  @Test
  void formatNamesAreTheEnumsValues() {
    assertEquals(
        Arrays.stream(InputFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|")),
        InputFormat.NAMES);
  }

  @Test
  void calibrateNamesTheFeaturesItUsesByDefault() {
    String help = help("calibrate");
    for (String feature : CalibrateJob.defaultFeatures()) {
      String count = feature.substring(0, feature.length() - "_per_100_sentences".length());
      assertTrue(help.contains(count), count + " in " + help);
    }
    assertTrue(help.contains(InputFormat.NAMES), help);
    assertTrue(help.contains("(default: " + CalibrateOptions.REG_PARAMS_DEFAULT_TEXT + ")"), help);
    assertTrue(help.contains("(default: " + CalibrateOptions.BINARY_QUALITY_DEFAULT_TEXT + ")"), help);
    assertEquals(List.of(0.001, 0.01, 0.03, 0.1, 0.3, 1.0), CalibrateOptions.REG_PARAMS_DEFAULT);
    assertEquals(new OutletLabels.BinaryScale(0, 1), CalibrateOptions.BINARY_QUALITY_DEFAULT);
  }

  @Test
  void scoreAndReportNameTheirDefaults() {
    String score = help("score");
    assertTrue(score.contains("(default: " + ScoreOptions.WINDOW_DAYS_DEFAULT + ")"), score);
    assertTrue(score.contains("(default: " + ScoreOptions.STALE_LOCK_MINUTES_DEFAULT + ")"), score);
    assertTrue(score.contains("(default: " + ScoreOptions.MIN_TOKENS_DEFAULT + ";"), score);
    assertTrue(score.contains("(default: " + ScoreOptions.MAX_BYTES_DEFAULT + ")"), score);
    assertTrue(score.contains("(default: " + String.join(",", ScoreOptions.LANGUAGES_DEFAULT) + ")"), score);
    assertTrue(score.contains("--outlet=NAME") && score.contains("--quiet"), score);
    assertTrue(help("report").contains("(default: " + ReportData.EVIDENCE_DEFAULT + ")"), help("report"));
    assertTrue(help("synth").contains("(default: " + SynthOptions.START_DATE_DEFAULT + ")"), help("synth"));
  }
}
