package io.credence.job;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.credence.scoring.RankMetrics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluation on the labelled development data (never shipped in the repo; {@code jobs/eval-dev.sh} drives it).
 * {@code prepare DEV WORK} turns the dev files into score-job input under WORK (Horne &amp; Adali articles grouped into
 * pseudo-outlets of {@value #OUTLET_SIZE} within a label, without their dates so that all fall on the run date and in
 * its window; one article per WikiWeasel sentence); {@code report WORK}
 * reads the job's Parquet output and prints outlet AUCs and sentence precision, recall and F1. A dev tool: it lives in
 * test scope, never in the job jar, and the script runs it from {@code target/test-classes} behind the job jar; it
 * checks its arguments without Guava, which outside Maven is only Spark's old copy (the jar's is relocated).
 */
public final class DevEvaluation {

  /** Articles per pseudo-outlet. */
  public static final int OUTLET_SIZE = 5;

  private static final JsonFactory JSON = new JsonFactory();

  /** The job-input columns written; CSV rather than JSON Lines keeps the run independent of Spark's JSON reader. */
  private static final String[] CSV_COLUMNS = {"id", "outlet", "url", "title", "text", "published", "author"};

  /** The half of the WikiWeasel file the lexicon is curated on. */
  public static final String CURATION = "curation";

  /** The half of the WikiWeasel file that is only reported. */
  public static final String HELD_OUT = "held-out";

  private DevEvaluation() {}

  /**
   * The fixed half of a WikiWeasel sentence: {@link #CURATION} when the first byte of the SHA-256 of its text (UTF-8,
   * leading and trailing white space removed) is even, else {@link #HELD_OUT}. The split never changes between runs.
   */
  public static String half(String sentence) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(sentence.strip().getBytes(StandardCharsets.UTF_8));
      return (d[0] & 1) == 0 ? CURATION : HELD_OUT;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: DevEvaluation prepare DEV_DIR WORK_DIR | report WORK_DIR");
    }
    switch (args[0]) {
      case "prepare" -> {
        if (args.length != 3) {
          throw new IllegalArgumentException("usage: DevEvaluation prepare DEV_DIR WORK_DIR");
        }
        prepare(Path.of(args[1]), Path.of(args[2]));
      }
      case "report" -> {
        SparkSession spark = SparkSession.builder().appName("credence-eval-dev").getOrCreate();
        try {
          report(spark, Path.of(args[1]));
          if (args.length > 2 && args[2].equals("--features")) {
            featureMeans(spark, Path.of(args[1]));
            cuePrecision(spark, Path.of(args[1]));
          }
        } finally {
          spark.stop();
        }
      }
      default -> throw new IllegalArgumentException("Unknown DevEvaluation command '" + args[0] + "'");
    }
  }

  /** Writes {@code horne.jsonl}, {@code horne_labels.tsv}, {@code sentences.jsonl}, {@code sentence_labels.tsv}. */
  static void prepare(Path dev, Path work) throws IOException {
    Files.createDirectories(work);
    Map<String, Integer> perLabel = new HashMap<>();
    try (BufferedWriter articles = Files.newBufferedWriter(work.resolve("horne.csv"));
        BufferedWriter labels = Files.newBufferedWriter(work.resolve("horne_labels.tsv"))) {
      articles.write(csvRow(List.of(CSV_COLUMNS)));
      for (String line : Files.readAllLines(dev.resolve("horne_dev.jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, String> node = readFlatObject(line);
        String label = node.remove("label");
        if (label == null) {
          throw new IllegalArgumentException("horne_dev.jsonl has a record without 'label'");
        }
        int n = perLabel.merge(label, 1, Integer::sum) - 1;
        String outlet = String.format(Locale.ROOT, "horne-%s-%02d", label, n / OUTLET_SIZE);
        node.put("outlet", outlet);
        node.remove("published");
        articles.write(csvRow(node));
        if (n % OUTLET_SIZE == 0) {
          labels.write(outlet + "\t" + label);
          labels.newLine();
        }
      }
    }
    List<String[]> rows = Csv.parse(Files.readString(dev.resolve("hedge_sentences_dev.csv"), StandardCharsets.UTF_8));
    if (rows.size() <= 1 || !rows.get(0)[0].equals("text") || !rows.get(0)[1].equals("label")) {
      throw new IllegalArgumentException("hedge_sentences_dev.csv must have the header text,label");
    }
    try (BufferedWriter articles = Files.newBufferedWriter(work.resolve("sentences.csv"));
        BufferedWriter labels = Files.newBufferedWriter(work.resolve("sentence_labels.tsv"))) {
      articles.write(csvRow(List.of(CSV_COLUMNS)));
      for (int i = 1; i < rows.size(); i++) {
        String id = String.format(Locale.ROOT, "weasel-%05d", i);
        Map<String, String> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("outlet", "wikiweasel");
        node.put("text", rows.get(i)[0]);
        articles.write(csvRow(node));
        labels.write(id + "\t" + rows.get(i)[1].trim() + "\t" + half(rows.get(i)[0]));
        labels.newLine();
      }
    }
    System.err.printf(
        Locale.ROOT, "eval-dev: prepared %s articles in pseudo-outlets, %d sentences%n", perLabel, rows.size() - 1);
  }

  /** One JSON object of scalar fields, read with the streaming parser (values kept as text, nulls dropped). */
  private static Map<String, String> readFlatObject(String line) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("Not a JSON object: " + line);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken value = p.nextToken();
        if (value.isStructStart()) {
          p.skipChildren();
        } else if (value != JsonToken.VALUE_NULL) {
          out.put(name, p.getText());
        }
      }
    }
    return out;
  }

  private static String csvRow(Map<String, String> fields) {
    List<String> values = new ArrayList<>();
    for (String c : CSV_COLUMNS) {
      values.add(fields.getOrDefault(c, ""));
    }
    return csvRow(values);
  }

  private static String csvRow(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
    return b.append('\n').toString();
  }

  /** Prints the figures from the two job outputs under {@code work/horne-out} and {@code work/sentences-out}. */
  static void report(SparkSession spark, Path work) throws IOException {
    Map<String, String> outletLabels = new LinkedHashMap<>();
    readLabels(work.resolve("horne_labels.tsv")).forEach((outlet, fields) -> outletLabels.put(outlet, fields[0]));
    List<Path> runs;
    try (java.util.stream.Stream<Path> dirs = Files.list(work)) {
      runs = dirs.filter(d -> d.getFileName().toString().startsWith("horne-out-")).sorted().toList();
    }
    for (Path run : runs) {
      String profile = run.getFileName().toString().substring("horne-out-".length());
      reportOutlets(spark, run, profile, outletLabels);
    }

    Map<String, String[]> sentenceLabels = readLabels(work.resolve("sentence_labels.tsv"));
    Map<String, Integer> hedging = new HashMap<>();
    for (Row r :
        spark.read().parquet(work.resolve("sentences-out/article_features").toString())
            .select(col("id"), col("hedging_cues"))
            .collectAsList()) {
      hedging.put(r.getString(0), r.getInt(1));
    }
    long rejected = spark.read().parquet(work.resolve("sentences-out/rejected").toString()).count();
    System.out.println("== WikiWeasel dev sentences: hedging_cues > 0 as 'uncertain'");
    System.out.printf(
        Locale.ROOT, "sentences %d (scored %d, rejected %d counted as not uncertain)%n", sentenceLabels.size(),
        hedging.size(), rejected);
    for (String half : List.of("all", CURATION, HELD_OUT)) {
      DetectionCounts c = DetectionCounts.NONE;
      for (Map.Entry<String, String[]> e : sentenceLabels.entrySet()) {
        String[] labelAndHalf = e.getValue();
        if (!half.equals("all") && (labelAndHalf.length < 2 || !labelAndHalf[1].equals(half))) {
          continue;
        }
        c = c.plus(hedging.getOrDefault(e.getKey(), 0) > 0, labelAndHalf[0].equals("1"));
      }
      System.out.printf(
          Locale.ROOT, "%-9s sentences %d  tp %d fp %d fn %d tn %d  precision %.3f  recall %.3f  F1 %.3f%n", half,
          c.items(), c.tp(), c.fp(), c.fn(), c.tn(), c.precision(), c.recall(), c.f1());
    }
  }

  /** Prints the mean of every numeric article feature per Horne label, to see what separates the classes. */
  static void featureMeans(SparkSession spark, Path work) {
    Dataset<Row> features = spark.read().parquet(work.resolve("horne-out-default/article_features").toString());
    Dataset<Row> labelFrame = labelFrame(spark, work.resolve("horne_labels.tsv"), "outlet");
    List<org.apache.spark.sql.Column> means = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (org.apache.spark.sql.types.StructField f : features.schema().fields()) {
      if (f.dataType() instanceof org.apache.spark.sql.types.NumericType) {
        names.add(f.name());
        means.add(org.apache.spark.sql.functions.avg(col(f.name())).as(f.name()));
      }
    }
    features
        .join(labelFrame, "outlet")
        .coalesce(1)
        .write()
        .mode("overwrite")
        .option("header", "true")
        .csv(work.resolve("horne_article_features_csv").toString());
    List<Row> rows =
        features.join(labelFrame, "outlet").groupBy("label")
            .agg(means.get(0), means.subList(1, means.size()).toArray(new org.apache.spark.sql.Column[0]))
            .orderBy("label")
            .collectAsList();
    System.out.printf(Locale.ROOT, "%-48s", "feature mean by label");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, " %10s", r.getString(0));
    }
    System.out.println();
    for (String n : names) {
      System.out.printf(Locale.ROOT, "%-48s", n);
      for (Row r : rows) {
        Object v = r.getAs(n);
        System.out.printf(Locale.ROOT, " %10.3f", v == null ? Double.NaN : ((Number) v).doubleValue());
      }
      System.out.println();
    }
  }

  /** Prints, for the WikiWeasel run, how often each hedging cue fires in uncertain and in certain sentences. */
  static void cuePrecision(SparkSession spark, Path work) {
    Dataset<Row> labelFrame =
        labelFrame(spark, work.resolve("sentence_labels.tsv"), "id").withColumn("label", col("label").cast("int"));
    List<Row> rows =
        spark.read().parquet(work.resolve("sentences-out/cue_evidence").toString())
            .where("category in ('hedge', 'uncertainty', 'hearsay', 'weasel') and not negated")
            .join(labelFrame, "id")
            .groupBy("category", "cue")
            .agg(org.apache.spark.sql.functions.count("*").as("hits"),
                org.apache.spark.sql.functions.sum("label").as("uncertain"))
            .orderBy(col("hits").desc())
            .limit(60)
            .collectAsList();
    System.out.println("== hedging cues on WikiWeasel: hits, hits in uncertain sentences");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "  %-12s %-28s %5d %5d%n", r.getString(0), r.getString(1), r.getLong(2), r.getLong(3));
    }
  }

  /** A two-column frame {@code key, label} from a labels file (its first two fields). */
  private static Dataset<Row> labelFrame(SparkSession spark, Path file, String key) {
    List<Row> labels = new ArrayList<>();
    for (Map.Entry<String, String[]> e : readLabels(file).entrySet()) {
      labels.add(org.apache.spark.sql.RowFactory.create(e.getKey(), e.getValue()[0]));
    }
    return spark.createDataFrame(
        labels,
        new org.apache.spark.sql.types.StructType()
            .add(key, org.apache.spark.sql.types.DataTypes.StringType)
            .add("label", org.apache.spark.sql.types.DataTypes.StringType));
  }

  private static void reportOutlets(SparkSession spark, Path run, String profile, Map<String, String> outletLabels) {
    List<Row> outlets =
        spark.read().parquet(run.resolve("outlet_scores").toString())
            .select(col("outlet"), col("reliability"), col("articles"))
            .orderBy(col("reliability").desc())
            .collectAsList();
    Map<String, List<Double>> byLabel = new LinkedHashMap<>();
    System.out.println("== Horne & Adali dev, profile " + profile + ": pseudo-outlets of " + OUTLET_SIZE
        + " articles, by reliability");
    for (Row r : outlets) {
      String label = outletLabels.get(r.getString(0));
      if (label == null) {
        throw new IllegalStateException("Outlet " + r.getString(0) + " has no label");
      }
      byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(r.getDouble(1));
      System.out.printf(Locale.ROOT, "  %-18s %-7s %5.1f  (%d articles)%n", r.getString(0), label, r.getDouble(1), r.getInt(2));
    }
    List<Double> real = byLabel.getOrDefault("real", List.of());
    List<Double> fake = byLabel.getOrDefault("fake", List.of());
    List<Double> fakeOrSatire = new ArrayList<>(fake);
    fakeOrSatire.addAll(byLabel.getOrDefault("satire", List.of()));
    System.out.printf(Locale.ROOT, "AUC real > fake (%s):          %.3f  (%d real, %d fake outlets)%n", profile,
        auc(real, fake), real.size(), fake.size());
    System.out.printf(Locale.ROOT, "AUC real > fake+satire (%s):   %.3f  (%d real, %d fake or satire outlets)%n",
        profile, auc(real, fakeOrSatire), real.size(), fakeOrSatire.size());
  }

  /** {@link RankMetrics#auc} of positives against negatives (ties count half). */
  static double auc(List<Double> positives, List<Double> negatives) {
    double[] scores = new double[positives.size() + negatives.size()];
    boolean[] positive = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      positive[i] = i < positives.size();
      scores[i] = positive[i] ? positives.get(i) : negatives.get(i - positives.size());
    }
    return RankMetrics.auc(scores, positive);
  }

  /**
   * The rows of a labels file written by {@link #prepare}: key, then every further tab-separated field ({@code label}
   * and, for the sentences, the {@link #half}), keyed by the first field.
   */
  private static Map<String, String[]> readLabels(Path file) {
    Map<String, String[]> labels = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t", -1);
        if (fields.length >= 2) {
          labels.put(fields[0], java.util.Arrays.copyOfRange(fields, 1, fields.length));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return labels;
  }
}
