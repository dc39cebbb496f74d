package io.credence.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.credence.io.RunManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmark behind {@code jobs/bench.sh}: in one JVM and on the same JSONL input, runs the naive Spark NLP pipeline
 * (DocumentAssembler → SentenceDetector → Tokenizer as DataFrame columns, token counts to Parquet) and then the full
 * {@code score} job, and prints articles, MB, wall seconds, MB/s, articles/s and peak RSS of each, and their ratio.
 * Usage: {@code Benchmark 'DIR/*.jsonl' OUTPUT_DIR [--job-only]}; {@code --job-only} skips the baseline (scaling runs).
 * A dev tool like {@link DevEvaluation}: test scope, run from {@code target/test-classes} behind the job jar, no Guava.
 */
public final class Benchmark {

  private Benchmark() {}

  /** One pipeline's measurement. */
  record Result(String name, long articles, double megabytes, double seconds, long peakRssKb) {
    double mbPerSecond() {
      return megabytes / seconds;
    }

    String line() {
      return String.format(
          "%-9s articles=%d MB=%.1f seconds=%.1f MB/s=%.2f articles/s=%.0f s/MB=%.3f peak_rss_MB=%d",
          name, articles, megabytes, seconds, mbPerSecond(), articles / seconds, seconds / megabytes,
          peakRssKb / 1024);
    }
  }

  public static void main(String[] args) throws IOException {
    List<String> flags = args.length < 2 ? List.of() : List.of(args).subList(2, args.length);
    if (args.length < 2 || !List.of("--job-only", "--stories").containsAll(flags)) {
      throw new IllegalArgumentException(
          "usage: Benchmark 'DIR/*.jsonl' OUTPUT_DIR [--job-only] [--stories], got " + List.of(args));
    }
    boolean jobOnly = flags.contains("--job-only");
    boolean stories = flags.contains("--stories");
    SparkSession spark = SparkSession.builder().appName("credence-bench").getOrCreate();
    Path input = Path.of(args[0]).getParent();
    String output = args[1];
    double megabytes = inputBytes(input) / 1e6;
    System.out.printf("cores=%d master=%s input=%s%n",
        Runtime.getRuntime().availableProcessors(), spark.sparkContext().master(), input);
    Result baseline = jobOnly ? null : baseline(spark, args[0], output + "/baseline", megabytes);
    if (baseline != null) {
      System.out.println(baseline.line());
    }
    Result job = job(spark, args[0], output + "/job", megabytes, stories);
    System.out.println(job.line());
    if (baseline != null) {
      System.out.printf("ratio job/baseline MB/s=%.2f%n", job.mbPerSecond() / baseline.mbPerSecond());
    }
  }

  /** The naive pipeline: annotation columns all the way, then token counts per article written to Parquet. */
  static Result baseline(SparkSession spark, String input, String output, double megabytes) {
    resetPeakRss();
    long t0 = System.nanoTime();
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    Dataset<Row> articles = spark.read().schema(schema).json(input);
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {"sentence"});
    tokens.setOutputCol("token");
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokens});
    pipeline.fit(articles.limit(0)).transform(articles)
        .select(col("id"), size(col("token")).as("tokens"))
        .write().mode(SaveMode.Overwrite).parquet(output);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long count = spark.read().parquet(output).count();
    return new Result("baseline", count, megabytes, seconds, peakRssKb());
  }

  /**
   * The full score job: ingest, segmentation, cues, features, scores, every Parquet table and the manifest; with
   * {@code stories}, the story stage too (its time is the {@code stories} entry of the stage times printed).
   */
  static Result job(SparkSession spark, String input, String output, double megabytes, boolean stories) {
    resetPeakRss();
    long t0 = System.nanoTime();
    RunManifest manifest =
        ScoreJob.run(
            spark,
            ScoreOptions.builder()
                .input(input)
                .format(io.credence.ingest.InputFormat.JSONL)
                .output(output)
                .runDate(LocalDate.parse("2024-01-01"))
                .stories(stories)
                .build());
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println("job stage_millis=" + manifest.stageMillis());
    return new Result("job", manifest.counts().read(), megabytes, seconds, peakRssKb());
  }

  private static long inputBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  /** Resets the kernel's peak-RSS mark of this process (Linux: writing 5 to clear_refs), so each run reports its own. */
  private static void resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      System.out.println("note: cannot reset peak RSS (" + e.getMessage() + "); peaks are cumulative");
    }
  }

  /** Peak resident set size of this JVM in KB (VmHWM), or -1 where /proc is missing. */
  private static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
