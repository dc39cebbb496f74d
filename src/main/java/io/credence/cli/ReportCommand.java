package io.credence.cli;

import io.credence.io.CommittedOutput;
import io.credence.report.HtmlReport;
import io.credence.report.ReportData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credence report}: one night of an output as a self-contained HTML page, read from the Parquet alone. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write one night of an output as one self-contained HTML page: ranking with intervals and bands,"
        + " each outlet's drivers, feature profile and highlighted evidence, rejected records, run history.")
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The --output of score runs.")
  String output;

  @Option(
      names = "--run-date",
      paramLabel = "YYYY-MM-DD",
      description = "The night to report (default: the latest committed night).")
  String runDate;

  @Option(names = "--html", required = true, paramLabel = "FILE", description = "The HTML page to write.")
  Path html;

  @Option(
      names = "--evidence",
      paramLabel = "N",
      defaultValue = "" + ReportData.EVIDENCE_DEFAULT,
      description = "Evidence sentences per outlet and cue category, the strongest first (default: ${DEFAULT-VALUE}).")
  int evidence;

  @Mixin MasterOption master;

  @Override
  public Integer call() {
    if (evidence < 1) {
      throw new UsageException("--evidence " + evidence + " must be at least 1");
    }
    java.time.LocalDate night = UsageException.check(() -> ScoreCommand.parseDate(runDate, "--run-date"));
    Path target = html.toAbsolutePath();
    if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
      throw new UsageException(
          "--html " + html + ": the directory " + target.getParent() + " does not exist; create it or choose another");
    }
    // An --output with no committed night, or without the --run-date asked for, is bad usage.
    java.time.LocalDate committedNight =
        UsageException.check(() -> CommittedOutput.committedNight(output, night, Sessions.hadoopConfiguration()));
    SparkSession spark = Sessions.create("credence report", master.url);
    try {
      CommittedOutput committed = new CommittedOutput(spark, output);
      spark.sparkContext().setJobGroup("credence-report", "credence report: read " + output, false);
      ReportData data = ReportData.read(committed, committedNight, evidence);
      String page = HtmlReport.render(data);
      try {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, page, StandardCharsets.UTF_8);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the report " + target, e);
      }
      System.out.println(String.format(Locale.ROOT, "wrote %s: night %s, %,d outlets (%,d bytes)", html,
          data.night(), data.outlets().size(), page.getBytes(StandardCharsets.UTF_8).length));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
