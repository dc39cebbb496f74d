package io.credence.job;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * What a person watching a run sees of its steps: every step runs under a Spark job group whose description reads as
 * a sentence ({@code "credence score 2026-01-15: analyse 200,000 articles"}, shown in the Spark UI and the history
 * server instead of an anonymous {@code parquet at ...}), and each finished step prints one line on standard error
 * with its elapsed time and count ({@code "credence score 2026-01-15: analyse 200,000 articles: done in 4m 12s"}).
 *
 * <p>A run {@linkplain #begin begins} its progress on the thread that drives it and {@linkplain #end ends} it when it
 * is over; {@link #step} is called around each step by the job's timing helper, so a step added later gets its job
 * group and its line without further code. Outside a begun run (a tool that calls a job's parts) steps are timed but
 * print nothing.
 */
public final class StageProgress {

  private static final ThreadLocal<StageProgress> CURRENT = new ThreadLocal<>();

  private static final StageProgress SILENT = new StageProgress(null, "", null);

  private final SparkContext spark;
  private final String label;
  private final PrintStream out;
  private final Map<String, Long> counts = new HashMap<>();

  private StageProgress(SparkContext spark, String label, PrintStream out) {
    this.spark = spark;
    this.label = label;
    this.out = out;
  }

  /**
   * Begins the progress of a run on this thread, labelled e.g. {@code "credence score 2026-01-15"}, its lines going to
   * {@code out}; replaces a progress left behind by a run that ended without {@link #end}.
   */
  public static StageProgress begin(SparkSession spark, String label, PrintStream out) {
    StageProgress progress = new StageProgress(spark.sparkContext(), label, out);
    CURRENT.set(progress);
    return progress;
  }

  /** {@link #begin} with lines on standard error. */
  public static StageProgress begin(SparkSession spark, String label) {
    return begin(spark, label, System.err);
  }

  /** Ends this thread's run progress and clears its job group. */
  public static void end() {
    StageProgress progress = CURRENT.get();
    CURRENT.remove();
    if (progress != null && progress.spark != null) {
      progress.spark.clearJobGroup();
    }
  }

  /** The progress of the run on this thread, or one that times steps and prints nothing. */
  public static StageProgress current() {
    StageProgress progress = CURRENT.get();
    return progress == null ? SILENT : progress;
  }

  /**
   * Runs the step {@code name} under its job group, adds its elapsed milliseconds to {@code stages[name]} and prints
   * its line. A step that returns a lazy {@link Dataset} has not run anything yet, so it prints no line (its work is
   * counted in the step that runs it). A step that returns a number reports it as its count.
   */
  public <T> T step(Map<String, Long> stages, String name, Supplier<T> step) {
    String description = describe(name);
    if (spark != null) {
      spark.setJobGroup(label.replace(' ', '-') + "-" + name, label + ": " + description, false);
    }
    long t0 = System.nanoTime();
    T result = step.get();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    stages.merge(name, millis, Long::sum);
    if (result instanceof Long n) {
      counts.put(name, n);
    }
    if (out != null && !(result instanceof Dataset<?>)) {
      out.println(line(description, name, result instanceof Long n ? n : null, stages.get(name)));
    }
    return result;
  }

  /** What step {@code name} does, in words, with the counts known so far (the articles analysed are those read). */
  String describe(String name) {
    return switch (name) {
      case "read" -> "read and count the input";
      case "analyse" -> counts.containsKey("read")
          ? String.format(Locale.ROOT, "analyse %,d articles (validate, segment, find cues)", counts.get("read"))
          : "analyse the articles (validate, segment, find cues)";
      case "write_outlet_scores" -> "score the outlets over the window and write outlet_scores";
      case "commit" -> "commit the night";
      default -> name.startsWith("write_") ? "write " + name.substring("write_".length()) : name.replace('_', ' ');
    };
  }

  private String line(String description, String name, Long count, long millis) {
    StringBuilder b = new StringBuilder(label).append(": ").append(description).append(": ");
    if (count != null) {
      String unit =
          switch (name) {
            case "read" -> "records";
            case "analyse" -> "rows";
            case "write_outlet_scores" -> "outlets";
            default -> "rows";
          };
      b.append(String.format(Locale.ROOT, "%,d %s, ", count, count == 1 ? unit.substring(0, unit.length() - 1) : unit));
    }
    return b.append("done in ").append(duration(millis)).toString();
  }

  /** {@code 850 ms}, {@code 4.2 s}, {@code 3m 07s}, {@code 1h 02m}. */
  static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long s = millis / 1000;
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }
}
