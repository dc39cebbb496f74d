package io.credence.story;

import static io.credence.story.StoryAnalysis.FIRST_PUBLISHED;
import static io.credence.story.StoryAnalysis.LOADED_RATE;
import static io.credence.story.StoryAnalysis.STORY_ARTICLES;
import static io.credence.story.StoryAnalysis.STORY_OUTLETS;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;

import io.credence.features.ArticleFeatures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import scala.collection.JavaConverters;

/**
 * Compares the window's stories, as lazy Dataset transformations without I/O: each story's size, first date and
 * median loaded rate, then {@link StoryComparison} per part of a story, so a story reprinted by thousands of sites
 * spreads over the cluster instead of holding one core, with the same results as one comparison of the whole story.
 */
final class StoryParts {

  private static final String MEDIAN_LOADED = "_median_loaded";
  private static final String PART = "_part";
  private static final String PEER = "_peer";

  /**
   * Most articles of one story compared in one task: a larger story is compared in parts of about this size, each
   * with a copy of the story's {@value StoryComparison#MAX_PEERS} peers, so a story reprinted by thousands of sites
   * spreads over the cluster instead of holding one core.
   */
  public static final int PART_ARTICLES = 500;

  /**
   * {@code rows} (one per article, with {@code story_id}) with the story's {@code story_articles}, {@code
   * story_outlets}, first published date and median loaded rate.
   */
  static Dataset<Row> sized(Dataset<Row> rows) {
    Dataset<Row> sizes =
        rows.groupBy(col(StoryClustering.STORY_ID))
            .agg(
                count(lit(1)).cast("int").as(STORY_ARTICLES),
                countDistinct(col("outlet")).cast("int").as(STORY_OUTLETS),
                min(col("published")).as(FIRST_PUBLISHED),
                // Spark's percentile interpolates the two middle values as 0.5a + 0.5b, which is (a + b) / 2 exactly.
                expr("percentile(" + LOADED_RATE + ", 0.5)").as(MEDIAN_LOADED));
    return rows.join(sizes, StoryClustering.STORY_ID);
  }

  /**
   * {@link StoryAnalysis#comparedSchema()} for every article of {@code sized} in a story with two outlets or more: {@link
   * StoryComparison} over the parts of each story, which give the same results as one comparison of the whole story.
   */
  static Dataset<Row> compared(Dataset<Row> sized) {
    return parts(sized.where(col(STORY_OUTLETS).geq(2)))
        .groupByKey(
            (MapFunction<Row, String>) r -> r.getAs(StoryClustering.STORY_ID) + "#" + r.getAs(PART), Encoders.STRING())
        .flatMapGroups(new CompareStory(), Encoders.row(StoryAnalysis.comparedSchema()));
  }

  /**
   * The rows of {@code sized} (stories with two outlets or more), each in one part of its story ({@code _part}: a hash
   * of its id over {@code ceil(articles / PART_ARTICLES)} parts) and {@code _peer} false, plus the story's peers
   * ({@link StoryComparison#peers}: its earliest articles, by date then id; ids are unique) once in every part with
   * {@code _peer} true.
   */
  static Dataset<Row> parts(Dataset<Row> sized) {
    Column parts = expr("cast(ceil(" + STORY_ARTICLES + " / " + PART_ARTICLES + ") as int)");
    Dataset<Row> members = sized.withColumn(PART, pmod(hash(col("id")), parts)).withColumn(PEER, lit(false));
    Column rank = row_number().over(Window.partitionBy(col(StoryClustering.STORY_ID))
        .orderBy(col("published").asc_nulls_last(), col("id")));
    // Ranked on the narrow columns alone, so a huge story's sentences are not sorted in one task to find its peers.
    Dataset<Row> peerIds =
        sized
            .select(col(StoryClustering.STORY_ID), col("published"), col("id"))
            .withColumn("_rank", rank)
            .where(col("_rank").leq(StoryComparison.MAX_PEERS))
            .select(col("id").as("_peer_id"));
    Dataset<Row> peers =
        sized
            .join(peerIds, col("id").equalTo(col("_peer_id")), "left_semi")
            .withColumn(PART, explode(sequence(lit(0), parts.minus(1))))
            .withColumn(PEER, lit(true));
    return members.unionByName(peers);
  }

  /** Runs {@link StoryComparison} over one part of a story: its members against the story's peers. */
  private static final class CompareStory implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String part, Iterator<Row> rows) {
      List<StoryComparison.StoryArticle> story = new ArrayList<>();
      List<StoryComparison.StoryArticle> peers = new ArrayList<>();
      Double median = null;
      LocalDate first = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        median = r.getAs(MEDIAN_LOADED);
        java.sql.Date firstPublished = r.getAs(FIRST_PUBLISHED);
        first = firstPublished == null ? null : firstPublished.toLocalDate();
        (r.<Boolean>getAs(PEER) ? peers : story).add(article(r));
      }
      peers.sort(StoryComparison.PEER_ORDER);
      List<Row> out = new ArrayList<>(story.size());
      List<StoryComparison.Result> results;
      try {
        results = StoryComparison.standard().compare(story, peers, median, first, true);
      } catch (RuntimeException | StackOverflowError e) {
        // One story that cannot be compared must not fail the night: its articles keep null measures.
        org.slf4j.LoggerFactory.getLogger(StoryAnalysis.class)
            .warn("Story part {} could not be compared ({}); its articles get no story measures", part, e.toString());
        results = new ArrayList<>();
        for (StoryComparison.StoryArticle a : story) {
          results.add(new StoryComparison.Result(a.id(), null, null, null, null, null, null, false, List.of()));
        }
      }
      for (StoryComparison.Result res : results) {
        List<Row> evidence = new ArrayList<>(res.evidence().size());
        for (StoryComparison.Shift e : res.evidence()) {
          evidence.add(
              RowFactory.create(e.kind(), e.sentenceIndex(), e.sentence(), e.peerId(), e.peerOutlet(),
                  e.peerSentenceIndex(), e.peerSentence(), e.similarity()));
        }
        out.add(
            RowFactory.create(res.id(), res.copiedShare(), res.copiedFrom(), res.copiedCredited(),
                res.certaintyShift(), res.matchedClaims(), res.loadedExcess(),
                JavaConverters.asScalaBuffer(evidence).toSeq()));
      }
      return out.iterator();
    }

    private static StoryComparison.StoryArticle article(Row r) {
      List<StoryComparison.Claim> claims = new ArrayList<>();
      if (r.getAs(ArticleFeatures.STORY_SENTENCES) != null) {
        for (Row s : JavaConverters.seqAsJavaList(r.<scala.collection.Seq<Row>>getAs(ArticleFeatures.STORY_SENTENCES))) {
          Set<String> cues = new TreeSet<>(JavaConverters.seqAsJavaList(s.<scala.collection.Seq<String>>getAs("cues")));
          claims.add(new StoryComparison.Claim(s.getAs("sentence_index"), s.getAs("sentence"), cues));
        }
      }
      java.sql.Date published = r.getAs("published");
      return new StoryComparison.StoryArticle(
          r.getAs("id"), r.getAs("outlet"), published == null ? null : published.toLocalDate(), claims,
          r.getAs(LOADED_RATE));
    }
  }
}
