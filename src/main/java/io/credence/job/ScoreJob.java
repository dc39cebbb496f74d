package io.credence.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import io.credence.features.ArticleAnalyzer;
import io.credence.features.ArticleFeatures;
import io.credence.ingest.ArticleReader;
import io.credence.ingest.ArticleSchemas;
import io.credence.ingest.ArticleValidator;
import io.credence.io.RunManifest;
import io.credence.io.RunOutput;
import io.credence.nlp.ArticleSegmenter;
import io.credence.scoring.ArticleScorer;
import io.credence.scoring.OutletScorer;
import io.credence.scoring.ScoringProfile;
import io.credence.text.CueMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** The {@code score} job: ingest, segment, match cues, score articles and outlets, write Parquet and a manifest. */
public final class ScoreJob {

  private ScoreJob() {}

  /** Runs one scoring pass and returns its manifest; fails when read != scored + rejected. */
  public static RunManifest run(SparkSession spark, ScoreOptions options) {
    Instant started = Instant.now();
    Map<String, Long> stages = RunManifest.stages();
    ScoringProfile profile =
        options.profile() == null ? ScoringProfile.standard() : ScoringProfile.load(options.profile());
    List<String> featureColumns = new ArrayList<>(ArticleFeatures.countColumns());
    featureColumns.addAll(ArticleFeatures.rateColumns());
    profile.checkFeatures(featureColumns);

    Dataset<Row> read = timed(stages, "read", () -> new ArticleReader(spark).read(options.input(), options.format()));
    Dataset<Row> validated = new ArticleValidator(options.runDate()).validate(read);
    ArticleAnalyzer analyzer = new ArticleAnalyzer(ArticleSegmenter.create(spark), CueMatcher.standard());
    Dataset<Row> analysed =
        validated
            .mapPartitions(analyzer, Encoders.row(ArticleFeatures.analysedSchema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    RunOutput output = new RunOutput(spark, options.output(), options.runDate());
    try {
      long readCount = timed(stages, "analyse", analysed::count);

      Dataset<Row> scored = analysed.where(col(ArticleSchemas.REASON).isNull());
      List<Column> featureCols = new ArrayList<>();
      for (String c : List.of("id", "outlet", "url", "title", "published", "tokens", "sentences")) {
        featureCols.add(col(c));
      }
      for (String c : ArticleFeatures.countColumns()) {
        featureCols.add(col(c));
      }
      featureCols.addAll(ArticleFeatures.rateExpressions());
      Dataset<Row> features =
          scored
              .select(featureCols.toArray(new Column[0]))
              .withColumn("reliability", ArticleScorer.reliability(profile));

      long scoredCount = timed(stages, "write_article_features", () -> output.stage(RunOutput.ARTICLE_FEATURES, features));
      timed(stages, "write_cue_evidence", () -> output.stage(RunOutput.CUE_EVIDENCE, evidence(scored)));
      Dataset<Row> rejected =
          analysed
              .where(col(ArticleSchemas.REASON).isNotNull())
              .select(
                  col(ArticleSchemas.SOURCE),
                  col("id"),
                  col(ArticleSchemas.REASON).as("reason"),
                  col(ArticleSchemas.RAW));
      long rejectedCount = timed(stages, "write_rejected", () -> output.stage(RunOutput.REJECTED, rejected));

      Dataset<Row> outlets = new OutletScorer(profile).score(features, featureColumns);
      long outletCount = timed(stages, "write_outlet_scores", () -> output.stage(RunOutput.OUTLET_SCORES, outlets));

      Map<String, Long> byReason = new LinkedHashMap<>();
      for (Row r : rejected.groupBy("reason").count().orderBy("reason").collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
      RunManifest.Counts counts = RunManifest.Counts.of(readCount, scoredCount, rejectedCount);
      if (!counts.balanced()) {
        output.abort();
        throw new IllegalStateException(
            String.format(
                "Accounting check failed: read %d records but scored %d and rejected %d; nothing was committed",
                readCount, scoredCount, rejectedCount));
      }
      timed(stages, "commit", () -> {
        output.commit();
        return null;
      });
      RunManifest manifest =
          new RunManifest(
              options.runDate().toString(),
              "succeeded",
              Version.current(),
              options.input(),
              options.format().name().toLowerCase(java.util.Locale.ROOT),
              profile.name(),
              profile.sha256(),
              started.toString(),
              Instant.now().toString(),
              counts,
              byReason,
              outletCount,
              stages);
      manifest.write(output.root(), spark.sparkContext().hadoopConfiguration());
      return manifest;
    } catch (RuntimeException e) {
      output.abort();
      throw e;
    } finally {
      analysed.unpersist();
    }
  }

  /** One row per cue hit of the scored articles. */
  static Dataset<Row> evidence(Dataset<Row> scored) {
    return scored
        .select(col("id"), col("outlet"), explode(col(ArticleFeatures.EVIDENCE)).as("e"))
        .select(
            col("id"),
            col("outlet"),
            col("e.sentence_index").as("sentence_index"),
            col("e.sentence").as("sentence"),
            col("e.cue").as("cue"),
            col("e.category").as("category"),
            col("e.begin").as("begin"),
            col("e.end").as("end"));
  }

  private static <T> T timed(Map<String, Long> stages, String name, Supplier<T> step) {
    long t0 = System.nanoTime();
    T result = step.get();
    stages.merge(name, (System.nanoTime() - t0) / 1_000_000, Long::sum);
    return result;
  }
}
