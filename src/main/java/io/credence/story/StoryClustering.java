package io.credence.story;

import static io.credence.story.StoryVectors.TOPIC_FEATURES;
import static io.credence.story.StoryVectors.cosine;
import static io.credence.story.StoryVectors.jaccard;
import static io.credence.story.StoryVectors.topTerms;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;

import com.google.common.base.Preconditions;
import io.credence.features.ArticleFeatures;
import io.credence.text.SourceWords;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Groups the window's articles into stories, as lazy Dataset transformations without I/O. Two kinds of link, both
 * found by MinHash LSH (Spark MLlib's {@code MinHashLSH}: articles meet only in shared hash buckets, and at most
 * {@link Options#bucketPeers} others in each, so the cost is linear in the window's articles, never all pairs):
 *
 * <ul>
 *   <li><b>copies and rewrites</b>: Jaccard similarity of the sets of {@link Options#shingleWords}-word shingles of
 *       the body at least {@link Options#copyJaccard};
 *   <li><b>the same event</b>: the articles' {@link Options#topicTerms} heaviest content stems (TF-IDF over the window,
 *       headline included, so names weigh most) overlap with Jaccard at least {@link Options#topicJaccard}, the
 *       cosine of their full TF-IDF vectors is at least {@link Options#topicCosine}, and they were published at most
 *       {@link Options#maxDays} days apart.
 * </ul>
 *
 * Stories are the connected components of these links; a story's id is its smallest article id, so the same window
 * always gives the same ids. An article without links is a story of its own.
 */
public final class StoryClustering implements java.io.Serializable {

  /** Column of the story id. */
  public static final String STORY_ID = "story_id";

  /**
   * The clustering's settings.
   *
   * @param shingleWords words per shingle for copies (default 5)
   * @param copyJaccard least shingle Jaccard similarity of a copy link (default 0.3)
   * @param topicTerms heaviest TF-IDF stems that stand for an article's topic (default 30)
   * @param topicJaccard least Jaccard similarity of two articles' topic stems (default 0.05: about 3 of 30 shared);
   *     only a candidate filter, the cosine decides
   * @param topicCosine least cosine of two articles' TF-IDF vectors (default 0.3)
   * @param maxDays most days between the published dates of a same-event link (default 3)
   * @param copyHashTables MinHash tables for copies; more find more links at more cost (default 10)
   * @param topicHashTables MinHash tables for the topic stems (default 20: their overlap is small, so it needs more)
   * @param maxIterations most rounds (one large star and one small star each) for the connected components (default
   *     50; a story of n articles needs O(log² n), the 2,000-link chain of {@code StoryComponentsTest} 9)
   * @param bucketPeers most articles each article is compared with in one hash bucket (default 20): a bucket of up to
   *     {@code bucketPeers + 1} articles is compared all pairs, as {@code approxSimilarityJoin} would; in a larger one
   *     (boilerplate shared by thousands of articles, one wire story reprinted everywhere) each article meets the next
   *     {@code bucketPeers} in a fixed pseudo-random order of the bucket, so a bucket costs O(size · bucketPeers) and
   *     a bucket of near-duplicates still forms one chain of links
   * @param seed MinHash seed (default 19)
   */
  public record Options(
      int shingleWords,
      double copyJaccard,
      int topicTerms,
      double topicJaccard,
      double topicCosine,
      int maxDays,
      int copyHashTables,
      int topicHashTables,
      int maxIterations,
      int bucketPeers,
      long seed) implements java.io.Serializable {

    public Options {
      Preconditions.checkArgument(shingleWords >= 1, "shingleWords must be at least 1, got %s", shingleWords);
      Preconditions.checkArgument(copyJaccard > 0 && copyJaccard <= 1, "copyJaccard must be in (0, 1], got %s",
          copyJaccard);
      Preconditions.checkArgument(topicTerms >= 1, "topicTerms must be at least 1, got %s", topicTerms);
      Preconditions.checkArgument(topicJaccard > 0 && topicJaccard <= 1, "topicJaccard must be in (0, 1], got %s",
          topicJaccard);
      Preconditions.checkArgument(topicCosine >= 0 && topicCosine <= 1, "topicCosine must be in [0, 1], got %s",
          topicCosine);
      Preconditions.checkArgument(maxDays >= 0, "maxDays must be at least 0, got %s", maxDays);
      Preconditions.checkArgument(copyHashTables >= 1 && topicHashTables >= 1,
          "hash tables must be at least 1, got %s and %s", copyHashTables, topicHashTables);
      Preconditions.checkArgument(maxIterations >= 1, "maxIterations must be at least 1, got %s", maxIterations);
      Preconditions.checkArgument(bucketPeers >= 1, "bucketPeers must be at least 1, got %s", bucketPeers);
    }

    /** The defaults documented on each field. */
    public static Options defaults() {
      return new Options(5, 0.3, 30, 0.05, 0.3, 3, 10, 20, 50, 20, 19L);
    }
  }

  private static final int COPY_FEATURES = 1 << 24;

  private final Options options;

  public StoryClustering(Options options) {
    this.options = options;
  }

  /**
   * {@code id, story_id} for every row of {@code articles} (which needs {@code id}, {@code published} and {@link
   * ArticleFeatures#STORY_SENTENCES}; ids unique). An article without sentences (a row from before stories were kept)
   * is a story of its own.
   */
  public Dataset<Row> stories(Dataset<Row> articles) {
    Dataset<Row> terms = terms(articles).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      if (terms.isEmpty()) {
        return articles.select(col("id"), col("id").as(STORY_ID));
      }
      Dataset<Row> links = copyLinks(terms).union(topicLinks(terms)).distinct();
      Dataset<Row> labels = StoryComponents.of(links, options.maxIterations());
      return articles
          .select(col("id"))
          .join(labels, col("id").equalTo(labels.col("v")), "left")
          .select(col("id"), org.apache.spark.sql.functions.coalesce(col("label"), col("id")).as(STORY_ID))
          .localCheckpoint(true);
    } finally {
      terms.unpersist();
    }
  }

  /** {@code id, published, shingles, stems}: body shingles and content stems (headline included) of each article. */
  Dataset<Row> terms(Dataset<Row> articles) {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType, false)
            .add("published", DataTypes.DateType, true)
            .add("shingles", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("stems", DataTypes.createArrayType(DataTypes.StringType, false), false);
    int k = options.shingleWords();
    MapPartitionsFunction<Row, Row> read =
        rows -> {
          SourceWords words = SourceWords.standard();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public Row next() {
              Row r = rows.next();
              List<String> body = new ArrayList<>();
              List<String> stems = new ArrayList<>();
              List<Row> sentences =
                  r.isNullAt(2) ? List.of() : JavaConverters.seqAsJavaList(r.getSeq(2));
              for (Row s : sentences) {
                String text = s.getString(1);
                if (!s.isNullAt(0)) {
                  body.addAll(StoryText.words(text));
                }
                stems.addAll(StoryText.contentStemList(text, words));
              }
              return RowFactory.create(
                  r.getString(0),
                  r.get(1),
                  JavaConverters.asScalaBuffer(new ArrayList<>(StoryText.shingles(body, k))).toSeq(),
                  JavaConverters.asScalaBuffer(stems).toSeq());
            }
          };
        };
    return articles
        .select(col("id"), col("published"), col(ArticleFeatures.STORY_SENTENCES))
        .mapPartitions(read, Encoders.row(schema));
  }

  /** {@code a, b} (a &lt; b): pairs whose body shingles overlap with Jaccard at least {@code copyJaccard}. */
  Dataset<Row> copyLinks(Dataset<Row> terms) {
    Dataset<Row> vectors =
        new HashingTF()
            .setInputCol("shingles")
            .setOutputCol("copy_vector")
            .setNumFeatures(COPY_FEATURES)
            .setBinary(true)
            .transform(terms.where(size(col("shingles")).gt(0)))
            .select(col("id"), col("copy_vector"))
            .localCheckpoint(true);
    MinHashLSHModel model =
        new MinHashLSH()
            .setInputCol("copy_vector")
            .setOutputCol("copy_hashes")
            .setNumHashTables(options.copyHashTables())
            .setSeed(options.seed())
            .fit(vectors);
    double least = options.copyJaccard();
    return BucketLinks.of(model.transform(vectors), "copy_hashes", options.bucketPeers(),
        (x, y) -> jaccard(x.getAs("copy_vector"), y.getAs("copy_vector")) > least);
  }

  /**
   * {@code a, b} (a &lt; b): pairs on the same event: their heaviest TF-IDF stems overlap, their TF-IDF vectors are
   * close in cosine, and they were published within {@code maxDays} days. Document frequencies are a Dataset
   * aggregate (MLlib's {@code IDF} would bring a dense vector of every hashed term to the driver).
   */
  Dataset<Row> topicLinks(Dataset<Row> terms) {
    Dataset<Row> counted =
        terms.select(col("id"), explode(col("stems")).as("stem"))
            .withColumn("term", pmod(hash(col("stem")), lit(TOPIC_FEATURES)))
            .groupBy(col("id"), col("term"))
            .agg(count(lit(1)).as("tf"));
    long documents = terms.where(size(col("stems")).gt(0)).count();
    Dataset<Row> df = counted.groupBy(col("term")).agg(count(lit(1)).as("df"));
    Column idf = log(lit(documents + 1.0).divide(col("df").plus(1.0))).plus(1.0);
    Dataset<Row> weighted =
        counted.join(df, "term")
            .withColumn("w", col("tf").cast("double").multiply(idf))
            .groupBy(col("id"))
            .agg(collect_list(struct(col("term"), col("w"))).as("entries"));
    int topK = options.topicTerms();
    UserDefinedFunction weigh =
        udf((UDF1<scala.collection.Seq<Row>, Vector>) StoryVectors::weights, SQLDataTypes.VectorType());
    UserDefinedFunction keys = udf((UDF1<Vector, Vector>) v -> topTerms(v, topK), SQLDataTypes.VectorType());
    Dataset<Row> vectors =
        weighted
            .join(terms.select(col("id"), col("published")), "id")
            .withColumn("weights", weigh.apply(col("entries")))
            .withColumn("topic_vector", keys.apply(col("weights")))
            .select(col("id"), col("published"), col("weights"), col("topic_vector"))
            .localCheckpoint(true);
    MinHashLSHModel model =
        new MinHashLSH()
            .setInputCol("topic_vector")
            .setOutputCol("topic_hashes")
            .setNumHashTables(options.topicHashTables())
            .setSeed(options.seed() + 1)
            .fit(vectors);
    double leastJaccard = options.topicJaccard();
    double leastCosine = options.topicCosine();
    int maxDays = options.maxDays();
    return BucketLinks.of(model.transform(vectors), "topic_hashes", options.bucketPeers(),
        (x, y) -> jaccard(x.getAs("topic_vector"), y.getAs("topic_vector")) > leastJaccard
            && withinDays(x.getAs("published"), y.getAs("published"), maxDays)
            && cosine(x.getAs("weights"), y.getAs("weights")) >= leastCosine);
  }

  private static boolean withinDays(java.sql.Date x, java.sql.Date y, int maxDays) {
    return x == null || y == null
        || Math.abs(x.toLocalDate().toEpochDay() - y.toLocalDate().toEpochDay()) <= maxDays;
  }
}
