package io.credence.cli;

import io.credence.io.CommittedOutput;
import io.credence.report.RunSummary;
import java.io.PrintStream;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/** Prints a committed night's {@link RunSummary} at the end of a command, unless {@code --quiet}. */
final class Summaries {

  private Summaries() {}

  /**
   * Prints the summary of {@code night} in {@code output} to {@code err}. The night is committed by then, so a summary
   * that cannot be read costs one warning line, never the run's exit code.
   */
  static void print(SparkSession spark, String output, LocalDate night, PrintStream err) {
    try {
      spark.sparkContext().setJobGroup("credence-summary-" + night, "credence: read the summary of night " + night, false);
      err.print(RunSummary.of(new CommittedOutput(spark, output), night).render());
    } catch (RuntimeException e) {
      err.println("credence: the night is committed, but its summary could not be read: " + e.getMessage());
    }
    err.flush();
  }
}
