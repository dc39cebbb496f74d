package io.credence.story;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.credence.features.ArticleFeatures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.collection.JavaConverters;

/**
 * The stories of one night's window and what each article does against its story's other outlets: the {@code
 * stories} table, the story columns of each article, the outlet features and the evidence rows. Built from the
 * window's feature rows ({@code id, outlet, published, run_date, loaded_cues_per_1k_tokens} and {@link
 * ArticleFeatures#STORY_SENTENCES}); the per-article result is computed once and cached until {@link #close}.
 */
public final class StoryAnalysis implements AutoCloseable {

  public static final String STORY_ARTICLES = "story_articles";
  public static final String STORY_OUTLETS = "story_outlets";
  public static final String FIRST_IN_STORY = "first_in_story";
  public static final String COPIED_SHARE = "copied_share";
  public static final String COPIED_FROM = "copied_from";
  public static final String COPIED_CREDITED = "copied_credited";
  public static final String CERTAINTY_SHIFT = "certainty_shift";
  public static final String CLAIMS_COMPARED = "claims_compared";
  public static final String LOADED_EXCESS = "loaded_excess";

  /** An article counts as copied, for {@code originality}, from this {@code copied_share} on. */
  public static final double COPIED = 0.5;

  /** The loaded-language rate {@code loaded_excess} compares. */
  public static final String LOADED_RATE = "loaded_cues" + ArticleFeatures.PER_1K_TOKENS;

  static final String EVIDENCE = "_story_evidence";
  static final String FIRST_PUBLISHED = "first_published";
  private static final String RUN_DATE = "run_date";

  private final Dataset<Row> articles;
  private final Dataset<Row> window;
  /** False for {@link #disabled}: the columns are null literals, with no join, and the tables empty. */
  private final boolean found;

  private StoryAnalysis(Dataset<Row> window, Dataset<Row> articles, boolean found) {
    this.window = window;
    this.articles = articles;
    this.found = found;
  }

  /** The story columns appended to {@code article_features}, in order. */
  public static List<String> articleColumns() {
    return List.of(
        StoryClustering.STORY_ID, STORY_ARTICLES, STORY_OUTLETS, FIRST_IN_STORY, COPIED_SHARE, COPIED_FROM,
        COPIED_CREDITED, CERTAINTY_SHIFT, CLAIMS_COMPARED, LOADED_EXCESS);
  }

  /** The outlet features appended to {@code outlet_scores}, in order. */
  public static List<String> outletColumns() {
    return List.of("originality", "mean_copied_share", "mean_certainty_shift", "mean_loaded_excess",
        "compared_articles");
  }

  /** The fields of a {@code story_evidence} row after the story id and the article's id and outlet. */
  static StructType shiftStruct() {
    return new StructType()
        .add("kind", DataTypes.StringType, false)
        .add("sentence_index", DataTypes.IntegerType, true)
        .add("sentence", DataTypes.StringType, false)
        .add("peer_id", DataTypes.StringType, false)
        .add("peer_outlet", DataTypes.StringType, false)
        .add("peer_sentence_index", DataTypes.IntegerType, true)
        .add("peer_sentence", DataTypes.StringType, false)
        .add("similarity", DataTypes.DoubleType, false);
  }

  static StructType comparedSchema() {
    return new StructType()
        .add("id", DataTypes.StringType, false)
        .add(COPIED_SHARE, DataTypes.DoubleType, true)
        .add(COPIED_FROM, DataTypes.StringType, true)
        .add(COPIED_CREDITED, DataTypes.BooleanType, true)
        .add(CERTAINTY_SHIFT, DataTypes.DoubleType, true)
        .add(CLAIMS_COMPARED, DataTypes.IntegerType, true)
        .add(LOADED_EXCESS, DataTypes.DoubleType, true)
        .add(EVIDENCE, DataTypes.createArrayType(shiftStruct(), false), false);
  }

  /** Clusters {@code window} into stories and compares each article of a story with its other outlets. */
  public static StoryAnalysis of(Dataset<Row> window, StoryClustering.Options options) {
    Dataset<Row> ids = new StoryClustering(options).stories(window);
    Dataset<Row> rows =
        window
            .select(col("id"), col("outlet"), col("published"), col(RUN_DATE), col(LOADED_RATE),
                col(ArticleFeatures.STORY_SENTENCES))
            .join(ids, "id");
    Dataset<Row> sized = StoryParts.sized(rows);
    Dataset<Row> compared = StoryParts.compared(sized);
    Dataset<Row> perArticle =
        sized
            .select(
                col("id"), col("outlet"), col("published"), col(RUN_DATE), col(StoryClustering.STORY_ID),
                col(STORY_ARTICLES), col(STORY_OUTLETS),
                col("published").isNull().or(col("published").equalTo(col(FIRST_PUBLISHED))).as(FIRST_IN_STORY))
            .join(compared, seq("id"), "left");
    return new StoryAnalysis(window, perArticle.persist(StorageLevel.MEMORY_AND_DISK()), true);
  }

  /**
   * The analysis of a night that finds no stories ({@code --stories} off): every story column is null, and the
   * {@code stories} and {@code story_evidence} tables are empty, with the same schemas as when stories are found.
   */
  public static StoryAnalysis disabled(Dataset<Row> window) {
    List<Column> cols = new ArrayList<>(List.of(col("id"), col("outlet"), col("published"), col(RUN_DATE),
        lit(null).cast(DataTypes.StringType).as(StoryClustering.STORY_ID),
        lit(null).cast(DataTypes.IntegerType).as(STORY_ARTICLES),
        lit(null).cast(DataTypes.IntegerType).as(STORY_OUTLETS),
        lit(null).cast(DataTypes.BooleanType).as(FIRST_IN_STORY)));
    for (org.apache.spark.sql.types.StructField f : comparedSchema().fields()) {
      if (!f.name().equals("id")) {
        cols.add(lit(null).cast(f.dataType()).as(f.name()));
      }
    }
    // No rows: the columns carry the found analysis' declared types, and Spark plans the empty tables without
    // reading the window.
    return new StoryAnalysis(window, window.select(cols.toArray(new Column[0])).limit(0), false);
  }

  /** Materialises the per-article result (so its cost is one step of the run) and returns its row count. */
  public long materialise() {
    return articles.count();
  }

  /**
   * {@code rows} (which have {@code id}) with the story columns of {@link #articleColumns()} appended, replacing any
   * it had (a stored row carries the story columns of the night that wrote it; the window's are current).
   */
  public Dataset<Row> withStoryColumns(Dataset<Row> rows) {
    Dataset<Row> base = rows;
    for (String c : articleColumns()) {
      if (Arrays.asList(rows.columns()).contains(c)) {
        base = base.drop(c);
      }
    }
    List<Column> ordered = new ArrayList<>();
    for (String c : base.columns()) {
      ordered.add(col(c));
    }
    if (!found) {
      for (String c : articleColumns()) {
        ordered.add(lit(null).cast(articles.schema().apply(c).dataType()).as(c));
      }
      return base.select(ordered.toArray(new Column[0]));
    }
    List<Column> story = new ArrayList<>();
    story.add(col("id"));
    for (String c : articleColumns()) {
      story.add(col(c));
      ordered.add(col(c));
    }
    Dataset<Row> joined = base.join(articles.select(story.toArray(new Column[0])), seq("id"), "left");
    return joined.select(ordered.toArray(new Column[0]));
  }

  /**
   * The {@code stories} table: one row per story of the window with two articles or more: {@code story_id, articles,
   * outlets} (int), {@code outlet_names, article_ids} (sorted arrays), {@code first_published} (date), {@code
   * headline} (of its earliest article: its title or headline line, else its first sentence), {@code
   * articles_tonight} (int: articles delivered by this night).
   */
  public Dataset<Row> stories(LocalDate runDate) {
    Column headline =
        expr("coalesce(filter(" + ArticleFeatures.STORY_SENTENCES + ", s -> s.sentence_index is null)[0].sentence, "
            + ArticleFeatures.STORY_SENTENCES + "[0].sentence)");
    Dataset<Row> rows =
        articles
            .where(col(STORY_ARTICLES).geq(2))
            .join(window.select(col("id"), col(ArticleFeatures.STORY_SENTENCES)), "id")
            .withColumn("_headline", headline);
    return rows.groupBy(col(StoryClustering.STORY_ID))
        .agg(
            count(lit(1)).cast("int").as("articles"),
            countDistinct(col("outlet")).cast("int").as("outlets"),
            sort_array(collect_set(col("outlet"))).as("outlet_names"),
            sort_array(collect_list(col("id"))).as("article_ids"),
            min(col("published")).as(FIRST_PUBLISHED),
            expr("min_by(_headline, struct(published, id))").as("headline"),
            sum(when(col(RUN_DATE).equalTo(lit(java.sql.Date.valueOf(runDate))), 1).otherwise(0))
                .cast("int")
                .as("articles_tonight"));
  }

  /**
   * The {@code story_evidence} table: one row per departure (a copied sentence, a certainty marker dropped or added)
   * of every article in a story that night {@code runDate} delivered an article to: {@code story_id, id, outlet}, then
   * {@link #shiftStruct()}'s fields.
   */
  public Dataset<Row> evidence(LocalDate runDate) {
    Dataset<Row> touched =
        articles
            .where(col(RUN_DATE).equalTo(lit(java.sql.Date.valueOf(runDate))).and(col(STORY_OUTLETS).geq(2)))
            .select(col(StoryClustering.STORY_ID))
            .distinct();
    List<Column> cols = new ArrayList<>(List.of(col(StoryClustering.STORY_ID), col("id"), col("outlet")));
    for (String f : shiftStruct().fieldNames()) {
      cols.add(col("e." + f).as(f));
    }
    return articles
        .join(touched, StoryClustering.STORY_ID)
        .select(col(StoryClustering.STORY_ID), col("id"), col("outlet"), explode(col(EVIDENCE)).as("e"))
        .select(cols.toArray(new Column[0]));
  }

  /**
   * Per outlet of the window: {@code originality} (share of its articles first in their story or not copied: {@code
   * copied_share} below {@value #COPIED} or unknown), {@code mean_copied_share}, {@code mean_certainty_shift}, {@code
   * mean_loaded_excess} (over its articles that have the measure) and {@code compared_articles} (its articles in a
   * story with another outlet).
   */
  public Dataset<Row> outletFeatures() {
    // Null where the night found no stories (story_id is null only then), so the means are null, not 1 or 0.
    Column found = col(StoryClustering.STORY_ID).isNotNull();
    Column original =
        when(found, when(col(FIRST_IN_STORY).or(col(COPIED_SHARE).isNull()).or(col(COPIED_SHARE).lt(COPIED)), 1.0)
            .otherwise(0.0));
    List<String> names = outletColumns();
    return articles
        .groupBy(col("outlet"))
        .agg(
            avg(original).as(names.get(0)),
            avg(col(COPIED_SHARE)).as(names.get(1)),
            avg(col(CERTAINTY_SHIFT)).as(names.get(2)),
            avg(col(LOADED_EXCESS)).as(names.get(3)),
            sum(when(found, when(col(STORY_OUTLETS).geq(2), 1).otherwise(0))).cast("int").as(names.get(4)));
  }

  /** {@code outlets} (one row per outlet) with {@link #outletColumns()} appended. */
  public Dataset<Row> withOutletFeatures(Dataset<Row> outlets) {
    List<Column> ordered = new ArrayList<>();
    for (String c : outlets.columns()) {
      ordered.add(col(c));
    }
    Dataset<Row> features = outletFeatures();
    for (String c : outletColumns()) {
      ordered.add(found ? col(c) : lit(null).cast(features.schema().apply(c).dataType()).as(c));
    }
    if (!found) {
      return outlets.select(ordered.toArray(new Column[0]));
    }
    return outlets.join(features, seq("outlet"), "left").select(ordered.toArray(new Column[0]));
  }

  @Override
  public void close() {
    articles.unpersist();
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return JavaConverters.asScalaBuffer(Arrays.asList(names)).toList();
  }
}
