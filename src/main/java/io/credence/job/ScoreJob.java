package io.credence.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import io.credence.features.ArticleAnalyzer;
import io.credence.features.ArticleFeatures;
import io.credence.ingest.ArticleReader;
import io.credence.ingest.ArticleSchemas;
import io.credence.ingest.ArticleValidator;
import io.credence.ingest.IdCensus;
import io.credence.ingest.InputFormat;
import io.credence.io.FeatureStore;
import io.credence.io.InputPaths;
import io.credence.io.OutletHistory;
import io.credence.io.RunHistory;
import io.credence.io.RunLock;
import io.credence.io.RunLockedException;
import io.credence.io.RunManifest;
import io.credence.io.RunOutput;
import io.credence.io.RunRecord;
import io.credence.nlp.ArticleSegmenter;
import io.credence.scoring.ArticleScorer;
import io.credence.scoring.OutletScorer;
import io.credence.scoring.ScoringProfile;
import io.credence.story.StoryAnalysis;
import io.credence.story.StoryClustering;
import io.credence.text.CueMatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code score} job, one night: ingest and analyse the night's input only, stage its tables, recompute outlet
 * scores for the run date from the feature store over the window, and commit everything at once under the output's
 * lock, recording the attempt in {@code _runs}.
 */
public final class ScoreJob {

  private static final DateTimeFormatter ATTEMPT_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ScoreJob() {}

  /**
   * Runs one night and returns its manifest. Throws {@link io.credence.io.InputMissingException} when the input
   * names no file, {@link RunLockedException} when another run holds the output, and fails (committing nothing) when
   * read != scored + rejected.
   */
  public static RunManifest run(SparkSession spark, ScoreOptions options) {
    return run(spark, options, UnaryOperator.identity());
  }

  /** The profile {@code options} name, checked against the feature columns; fails before any Spark work. */
  public static ScoringProfile profile(ScoreOptions options) {
    ScoringProfile profile =
        options.profile() == null ? ScoringProfile.standard() : ScoringProfile.load(options.profile());
    profile.checkFeatures(ArticleFeatures.featureColumns());
    return profile;
  }

  /** {@link #run}, with {@code afterAnalysis} applied to the analysed rows (tests use it to break the accounting). */
  static RunManifest run(SparkSession spark, ScoreOptions options, UnaryOperator<Dataset<Row>> afterAnalysis) {
    Instant started = Instant.now();
    ScoringProfile profile = profile(options);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> inputPaths = InputPaths.resolve(options.input(), conf);

    Path root = new Path(options.output());
    String runDate = options.runDate().toString();
    String attemptId = ATTEMPT_TIME.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    RunLock.Holder holder = RunLock.Holder.current(runDate, attemptId);
    RunHistory history = new RunHistory(root, conf);
    RunRecord running =
        new RunRecord(
            attemptId, runDate, RunRecord.RUNNING, started.toString(), null, null, null, null, null,
            options.windowDays(), profile.name(), profile.sha256(), Version.current(), options.input(), inputPaths,
            holder.host(), holder.pid(), null, null);
    RunLock lock;
    try {
      lock = RunLock.acquire(root, conf, holder, Duration.ofMinutes(options.staleLockMinutes()));
    } catch (RunLockedException e) {
      history.record(running.ended(RunRecord.LOCKED, Instant.now().toString(), e.getMessage()));
      throw e;
    } catch (Throwable e) {
      RunFailure.record(e, null, history, running);
      throw e;
    }
    try (lock) {
      RunOutput output = new RunOutput(spark, options.output(), options.runDate(), attemptId);
      StageProgress.begin(spark, "credence score " + runDate);
      try {
        RunOutput.recover(root, conf, history, attemptId);
        history.closeInterrupted(attemptId);
        history.start(running);
        return score(spark, options, inputPaths, profile, output, history, running, afterAnalysis);
      } catch (Throwable e) {
        // Throwable: Spark throws its checked SparkException from Scala code that does not declare it.
        RunFailure.record(e, output, history, running);
        throw e;
      } finally {
        StageProgress.end();
      }
    }
  }

  private static RunManifest score(
      SparkSession spark,
      ScoreOptions options,
      List<String> inputPaths,
      ScoringProfile profile,
      RunOutput output,
      RunHistory history,
      RunRecord running,
      UnaryOperator<Dataset<Row>> afterAnalysis) {
    Map<String, Long> stages = RunManifest.stages();
    InputFormat format =
        options.format() == InputFormat.AUTO
            ? InputFormat.detect(options.input(), inputPaths)
            : options.format();
    Dataset<Row> read =
        timed(stages, "read", () -> new ArticleReader(spark, options.outlet()).read(options.input(), format));
    IdCensus census = IdCensus.of(read);
    long readCount = timed(stages, "read", census::records);
    ArticleValidator validator = new ArticleValidator(options.runDate(), options.maxBytes(), options.languages());
    Dataset<Row> analysed =
        afterAnalysis
            .apply(analyse(spark, read, census, validator, options.minTokens()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    StoryAnalysis opened = null;
    try {
      timed(stages, "analyse", analysed::count);

      Dataset<Row> scored = analysed.where(col(ArticleSchemas.REASON).isNull());
      FeatureStore store = new FeatureStore(spark, output.root());
      Dataset<Row> plain = articleFeatures(scored, profile);
      // Stories span the window, so they are found over the earlier nights' rows and tonight's before writing.
      Dataset<Row> storyWindow = store.window(options.runDate(), options.windowDays(), plain);
      StoryAnalysis story = opened = options.stories()
          ? timed(stages, "stories", () -> StoryAnalysis.of(storyWindow, StoryClustering.Options.defaults()))
          : StoryAnalysis.disabled(storyWindow);
      if (options.stories()) {
        timed(stages, "stories", story::materialise);
      }
      Dataset<Row> features = story.withStoryColumns(plain);
      long scoredCount =
          timed(
              stages,
              "write_article_features",
              () -> output.stage(RunOutput.ARTICLE_FEATURES, features, FeatureStore.PUBLISHED_DATE));
      timed(stages, "write_stories", () -> output.stage(RunOutput.STORIES, story.stories(options.runDate())));
      timed(stages, "write_story_evidence",
          () -> output.stage(RunOutput.STORY_EVIDENCE, story.evidence(options.runDate())));
      timed(
          stages,
          "write_cue_evidence",
          () -> output.stage(RunOutput.CUE_EVIDENCE, evidence(scored), FeatureStore.PUBLISHED_DATE));
      Dataset<Row> rejected =
          analysed
              .where(col(ArticleSchemas.REASON).isNotNull())
              .select(
                  col(ArticleSchemas.SOURCE),
                  col("id"),
                  col(ArticleSchemas.REASON).as("reason"),
                  col(ArticleSchemas.RAW));
      long rejectedCount = timed(stages, "write_rejected", () -> output.stage(RunOutput.REJECTED, rejected));

      Map<String, Long> byReason = new LinkedHashMap<>();
      for (Row r : rejected.groupBy("reason").count().orderBy("reason").collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
      RunManifest.Counts counts = RunManifest.Counts.of(readCount, scoredCount, rejectedCount);
      if (!counts.balanced()) {
        throw new IllegalStateException(
            String.format(
                "Accounting check failed: read %d records but scored %d and rejected %d; nothing was committed",
                readCount, scoredCount, rejectedCount));
      }

      Dataset<Row> tonight = output.staged(RunOutput.ARTICLE_FEATURES, features.schema());
      Dataset<Row> windowed =
          story.withStoryColumns(store.window(options.runDate(), options.windowDays(), tonight))
              .withColumn("reliability", ArticleScorer.reliability(profile));
      Dataset<Row> outlets =
          story.withOutletFeatures(
              new OutletHistory(spark, output.root())
                  .withDelta7d(outletScores(profile, windowed, options), options.runDate()));
      long outletCount = timed(stages, "write_outlet_scores", () -> output.stage(RunOutput.OUTLET_SCORES, outlets));

      Instant finished = Instant.now();
      RunManifest manifest =
          new RunManifest(
              options.runDate().toString(),
              running.attemptId(),
              RunRecord.SUCCEEDED,
              Version.current(),
              options.input(),
              format.name().toLowerCase(Locale.ROOT),
              profile.name(),
              profile.sha256(),
              running.started(),
              finished.toString(),
              counts,
              byReason,
              outletCount,
              options.windowDays(),
              stages);
      RunRecord succeeded =
          running
              .counted(readCount, scoredCount, rejectedCount, outletCount)
              .ended(RunRecord.SUCCEEDED, finished.toString(), null);
      timed(stages, "commit", () -> {
        output.commit(manifest, succeeded, history);
        return null;
      });
      return manifest;
    } finally {
      analysed.unpersist();
      if (opened != null) {
        opened.close();
      }
    }
  }

  /**
   * The analysis {@code score} and {@code calibrate} share: every read record validated (duplicates decided with
   * {@code census}) and analysed in one pass; one row per record, rejected ones with their reason.
   */
  static Dataset<Row> analyse(
      SparkSession spark, Dataset<Row> read, IdCensus census, ArticleValidator validator, int minWords) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(ArticleSegmenter.create(spark), CueMatcher.standard(), minWords);
    return validator.validate(read, census).mapPartitions(analyzer, Encoders.row(ArticleFeatures.analysedSchema()));
  }

  /** One row per scored article, with its reliability and its published-date partition column. */
  static Dataset<Row> articleFeatures(Dataset<Row> scored, ScoringProfile profile) {
    List<Column> featureCols = new ArrayList<>();
    for (String c : List.of("id", "outlet", "url", "title", "published", "tokens", "sentences", "truncated")) {
      featureCols.add(col(c));
    }
    for (String c : ArticleFeatures.countColumns()) {
      featureCols.add(col(c));
    }
    for (String c : ArticleFeatures.signalColumns()) {
      featureCols.add(col(c));
    }
    featureCols.addAll(ArticleFeatures.rateExpressions());
    ArticleFeatures.appendedSignalColumns().forEach(c -> featureCols.add(col(c)));
    featureCols.addAll(ArticleFeatures.writerExpressions());
    featureCols.add(col(ArticleFeatures.STORY_SENTENCES));
    Dataset<Row> features =
        scored.select(featureCols.toArray(new Column[0])).withColumn("reliability", ArticleScorer.reliability(profile));
    List<Column> ordered = new ArrayList<>();
    for (String c : features.columns()) {
      if (!c.equals(ArticleFeatures.STORY_SENTENCES)) {
        ordered.add(col(c));
      }
    }
    ordered.add(col(ArticleFeatures.STORY_SENTENCES));
    return features.select(ordered.toArray(new Column[0])).withColumn(FeatureStore.PUBLISHED_DATE, col("published"));
  }

  /**
   * Outlet scores over the window's articles, with the window's bounds. The articles are clustered by outlet and
   * sorted, so a re-run adds the same numbers in the same order and writes the same bytes.
   */
  static Dataset<Row> outletScores(ScoringProfile profile, Dataset<Row> windowed, ScoreOptions options) {
    Dataset<Row> clustered =
        windowed.repartition(col("outlet")).sortWithinPartitions(col("outlet"), col("id"));
    LocalDate start = options.runDate().minusDays(options.windowDays() - 1L);
    return new OutletScorer(profile)
        .score(clustered, ArticleFeatures.featureColumns())
        .withColumn("window_start", lit(java.sql.Date.valueOf(start)))
        .withColumn("window_days", lit(options.windowDays()).cast(DataTypes.IntegerType));
  }

  /** One row per cue hit of the scored articles, with the article's published-date partition column. */
  static Dataset<Row> evidence(Dataset<Row> scored) {
    List<Column> cols = new ArrayList<>(List.of(col("id"), col("outlet")));
    for (String f : ArticleFeatures.evidenceFields()) {
      cols.add(col("e." + f).as(f));
    }
    cols.add(col(FeatureStore.PUBLISHED_DATE));
    return scored
        .select(
            col("id"),
            col("outlet"),
            FeatureStore.publishedDate(),
            explode(col(ArticleFeatures.EVIDENCE)).as("e"))
        .select(cols.toArray(new Column[0]));
  }

  /** Runs a step under its job group, adds its time to {@code stages} and prints its line (see StageProgress). */
  private static <T> T timed(Map<String, Long> stages, String name, Supplier<T> step) {
    return StageProgress.current().step(stages, name, step);
  }
}
