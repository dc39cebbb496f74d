package io.credence.job;

import static org.apache.spark.sql.functions.col;

import com.google.common.base.Preconditions;
import io.credence.features.ArticleFeatures;
import io.credence.ingest.ArticleReader;
import io.credence.ingest.ArticleSchemas;
import io.credence.ingest.ArticleValidator;
import io.credence.ingest.IdCensus;
import io.credence.scoring.GroupedCv;
import io.credence.scoring.OutletLabels;
import io.credence.scoring.ProfileCalibrator;
import io.credence.scoring.ScoringProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code calibrate} job: reads raw articles and outlet labels, analyses the articles exactly as {@code score}
 * does, fits a profile with {@link ProfileCalibrator} and writes it as JSON.
 */
public final class CalibrateJob {

  private CalibrateJob() {}

  /** What a calibration run did: the calibrator's result plus the article accounting. */
  public record Report(ProfileCalibrator.Result result, long read, long rejected) {

    /**
     * Lines for the terminal: the data, every cross-validated figure (mean ± sd over the repeats, including the
     * fairness audit), each candidate's univariate figures, the fitted weights and link.
     */
    public String summary(Path output) {
      ProfileCalibrator.Result r = result;
      GroupedCv.Calibrated f = r.fitted();
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT,
          "read %d articles (%d rejected); calibrated on %d articles from %d outlets (%d graded, %d binary)%n",
          read, rejected, r.articles(), r.outlets(), r.graded(), r.binary()));
      b.append("cross-validated (grouped by outlet, nested; mean ± sd over repeats):\n");
      r.cv().forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-22s %.3f ± %.3f%s%n", k, v.mean(), v.sd(),
          k.equals("lean_spearman") || k.equals("articles_spearman") ? "  (fairness audit)" : "")));
      b.append("per feature: share of outer CV fits that selected it; outlet means alone (in-sample):\n");
      r.univariate().forEach((feature, m) -> {
        b.append(String.format(Locale.ROOT, "  %-42s selected %.2f", feature, r.selectionFrequency().get(feature)));
        m.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.3f", k, v)));
        b.append('\n');
      });
      b.append(String.format(Locale.ROOT, "fitted on all outlets: L2 %s, link offset %.3f slope %.3f; weights:%n",
          f.regParam(), f.offset(), f.slope()));
      for (ScoringProfile.Feature feature : r.profile().features()) {
        b.append(String.format(Locale.ROOT, "  %-42s %+.3f%n", feature.name(), feature.weight()));
      }
      if (!r.droppedFeatures().isEmpty()) {
        b.append("dropped constant features: ").append(r.droppedFeatures()).append('\n');
      }
      b.append("wrote ").append(output);
      return b.toString();
    }
  }

  /**
   * The default candidate features: the per-100-sentences rates of the foundation's cue families. The newer, sparser
   * columns (boosters, orphan quotes, writer style, ...) are opt-in with {@code --features}, as jobs/calibrate-dev.sh
   * does for the shipped profile.
   */
  public static List<String> defaultFeatures() {
    List<String> out = new ArrayList<>();
    for (String c : DEFAULT_FEATURE_COUNTS.split(",")) {
      out.add(c + ArticleFeatures.PER_100_SENTENCES);
    }
    return out;
  }

  /** The count columns whose per-100-sentences rates are {@link #defaultFeatures} (the help text names them). */
  public static final String DEFAULT_FEATURE_COUNTS =
      "hedge_cues,uncertainty_cues,hearsay_cues,attribution_cues,anonymous_source_cues,loaded_cues,quotes";

  /** The outlet labels and candidate features of a calibration: read and checked before any article is. */
  public record Inputs(List<OutletLabels.Label> labels, List<String> features) {}

  /**
   * Reads the labels file and checks the candidate features; fails with an {@link IllegalArgumentException} naming
   * the problem (the command line reports it as bad usage, before Spark starts).
   */
  public static Inputs inputs(CalibrateOptions options) {
    List<OutletLabels.Label> labels = OutletLabels.parse(readLabels(options.labels()), options.binaryQuality());
    List<String> features = options.features() == null ? defaultFeatures() : options.features();
    List<String> available = new ArrayList<>(ArticleFeatures.rateColumns());
    available.addAll(ArticleFeatures.countColumns());
    available.addAll(ArticleFeatures.writerColumns());
    List<String> unknown = features.stream().filter(f -> !available.contains(f)).toList();
    Preconditions.checkArgument(
        unknown.isEmpty(), "--features names unknown feature(s) %s; known features are %s", unknown, available);
    return new Inputs(labels, features);
  }

  /** Calibrates and writes the profile; returns the report. */
  public static Report run(SparkSession spark, CalibrateOptions options) {
    return run(spark, options, inputs(options));
  }

  /** Calibrates on {@code inputs}, read from {@code options} by {@link #inputs}, and writes the profile. */
  public static Report run(SparkSession spark, CalibrateOptions options, Inputs inputs) {
    List<OutletLabels.Label> labels = inputs.labels();
    List<String> features = inputs.features();
    Dataset<Row> input = new ArticleReader(spark).read(options.input(), options.format());
    IdCensus census = IdCensus.of(input);
    Dataset<Row> analysed =
        ScoreJob.analyse(spark, input, census, new ArticleValidator(LocalDate.now(ZoneOffset.UTC)), 1)
            .drop(ArticleFeatures.EVIDENCE, ArticleSchemas.RAW)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long read = census.records();
      long rejected = analysed.where(col(ArticleSchemas.REASON).isNotNull()).count();
      List<Column> cols = new ArrayList<>();
      cols.add(col("outlet"));
      for (String c : ArticleFeatures.countColumns()) {
        cols.add(col(c));
      }
      cols.addAll(ArticleFeatures.rateExpressions());
      cols.addAll(ArticleFeatures.writerExpressions());
      Dataset<Row> articles =
          analysed.where(col(ArticleSchemas.REASON).isNull()).select(cols.toArray(new Column[0]));
      String description =
          options.description() != null
              ? options.description()
              : "Calibrated by `credence calibrate` on " + options.input() + " with labels " + options.labels();
      ProfileCalibrator.Settings settings =
          new ProfileCalibrator.Settings(
              features, options.transform(),
              new GroupedCv.Settings(
                  options.folds(), options.repeats(), options.regParams(), options.seed(), options.maxFeatures(),
                  options.binaryWeight()),
              options.name(), description,
              new ScoringProfile.Outlet(options.priorArticles(), options.minArticles(), 0.9));
      ProfileCalibrator.Result result = new ProfileCalibrator(spark).calibrate(articles, labels, settings);
      String json = ScoringProfile.toJson(result.profile());
      ScoringProfile.parse(json.getBytes(StandardCharsets.UTF_8), options.output().toString());
      Path parent = options.output().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(options.output(), json, StandardCharsets.UTF_8);
      return new Report(result, read, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write profile '" + options.output() + "'", e);
    } finally {
      analysed.unpersist();
    }
  }

  /**
   * Reads the rows of a labels CSV ({@link Csv}) with a header naming at least {@code outlet} and {@code label} (and
   * optionally {@code lean}, {@code set}); fields are trimmed, blank lines skipped.
   */
  static List<Map<String, String>> readLabels(Path file) {
    Preconditions.checkArgument(Files.isRegularFile(file), "Labels file '%s' does not exist", file);
    List<String[]> records;
    try {
      records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read labels file '" + file + "'", e);
    }
    Preconditions.checkArgument(!records.isEmpty(), "Labels file '%s' is empty", file);
    List<String> header = List.of(trimmed(records.get(0)));
    Preconditions.checkArgument(
        header.contains("outlet") && header.contains("label"),
        "Labels file '%s' must have a header with columns outlet,label (optionally lean,set); found %s", file, header);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      String[] f = trimmed(records.get(i));
      if (f.length == 1 && f[0].isEmpty()) {
        continue;
      }
      Preconditions.checkArgument(
          f.length >= Math.max(header.indexOf("outlet"), header.indexOf("label")) + 1,
          "Labels file '%s' record %s has %s fields: '%s'", file, i + 1, f.length, String.join(",", f));
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < Math.min(f.length, header.size()); c++) {
        row.put(header.get(c), f[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static String[] trimmed(String[] fields) {
    String[] out = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = fields[i].trim();
    }
    return out;
  }
}
