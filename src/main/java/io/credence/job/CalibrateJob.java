package io.credence.job;

import static org.apache.spark.sql.functions.col;

import com.google.common.base.Preconditions;
import io.credence.features.ArticleFeatures;
import io.credence.ingest.ArticleReader;
import io.credence.ingest.ArticleSchemas;
import io.credence.ingest.ArticleValidator;
import io.credence.ingest.IdCensus;
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
import java.util.List;
import java.util.Locale;
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

    /** A few lines for the terminal: data, chosen regularisation, the CV figure with its spread, the grid. */
    public String summary(Path output) {
      ProfileCalibrator.Result r = result;
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "read %d articles (%d rejected); calibrated on %d articles from %d outlets",
          read, rejected, r.articles(), r.outlets()));
      if (r.metric().equals("auc")) {
        b.append(String.format(Locale.ROOT, " (%d reliable, %d unreliable)", r.reliable(), r.outlets() - r.reliable()));
      }
      b.append(String.format(Locale.ROOT, "%nchosen L2 regularisation %s: CV %s %.3f ± %.3f (sd over %d folds)%n",
          r.chosen().regParam(), r.metric().toUpperCase(Locale.ROOT), r.chosen().mean(), r.chosen().sd(),
          r.chosen().folds().length));
      for (ProfileCalibrator.CvPoint p : r.grid()) {
        b.append(String.format(Locale.ROOT, "  reg %-6s CV %s %.3f ± %.3f%n", p.regParam(), r.metric(), p.mean(),
            p.sd()));
      }
      b.append("per feature (outlet means alone), direction allowed in the fit:\n");
      r.univariate().forEach((f, v) -> b.append(String.format(Locale.ROOT, "  %-42s %s %.3f  %s%n", f, r.metric(), v,
          switch (ProfileCalibrator.direction(f)) {
            case 1 -> "+";
            case -1 -> "-";
            default -> "free";
          })));
      if (!r.droppedFeatures().isEmpty()) {
        b.append("dropped constant features: ").append(r.droppedFeatures()).append('\n');
      }
      b.append("wrote ").append(output);
      return b.toString();
    }
  }

  /**
   * The default candidate features: the per-100-sentences rates of the foundation's cue families. The newer, sparser
   * columns (boosters, orphan quotes, negated cues, ...) are opt-in with {@code --features}: a feature that is constant
   * within a CV fold makes Spark's bounded logistic regression start infeasible.
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

  /** Calibrates and writes the profile; returns the report. */
  public static Report run(SparkSession spark, CalibrateOptions options) {
    List<ProfileCalibrator.LabelledOutlet> labels = ProfileCalibrator.parseLabels(readLabels(options.labels()));
    List<String> features = options.features() == null ? defaultFeatures() : options.features();
    List<String> available = new ArrayList<>(ArticleFeatures.rateColumns());
    available.addAll(ArticleFeatures.countColumns());
    List<String> unknown = features.stream().filter(f -> !available.contains(f)).toList();
    Preconditions.checkArgument(
        unknown.isEmpty(), "--%s names unknown feature(s) %s; known features are %s",
        CalibrateOptions.FEATURES, unknown, available);

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
      Dataset<Row> articles =
          analysed.where(col(ArticleSchemas.REASON).isNull()).select(cols.toArray(new Column[0]));
      String description =
          options.description() != null
              ? options.description()
              : "Calibrated by `credence calibrate` on " + options.input() + " with labels " + options.labels();
      ProfileCalibrator.Settings settings =
          new ProfileCalibrator.Settings(
              features, options.transform(), options.folds(), options.regParams(), options.seed(), options.name(),
              description,
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

  /** Reads {@code outlet,label} rows from a CSV with that header (fields may be double-quoted). */
  static List<String[]> readLabels(Path file) {
    Preconditions.checkArgument(Files.isRegularFile(file), "Labels file '%s' does not exist", file);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read labels file '" + file + "'", e);
    }
    Preconditions.checkArgument(!lines.isEmpty(), "Labels file '%s' is empty", file);
    List<String> header = List.of(splitCsv(lines.get(0)));
    int outlet = header.indexOf("outlet");
    int label = header.indexOf("label");
    Preconditions.checkArgument(
        outlet >= 0 && label >= 0, "Labels file '%s' must have a header with columns outlet,label; found %s",
        file, header);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = splitCsv(lines.get(i));
      Preconditions.checkArgument(
          f.length > Math.max(outlet, label), "Labels file '%s' line %s has %s fields: '%s'",
          file, i + 1, f.length, lines.get(i));
      rows.add(new String[] {f[outlet], f[label]});
    }
    return rows;
  }

  private static String[] splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out.toArray(new String[0]);
  }
}
