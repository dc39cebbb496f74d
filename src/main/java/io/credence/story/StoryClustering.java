package io.credence.story;

import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.ml.functions.vector_to_array;

import com.google.common.base.Preconditions;
import io.credence.features.ArticleFeatures;
import io.credence.text.SourceWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final transient Logger LOG = LoggerFactory.getLogger(StoryClustering.class);

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
   * @param maxIterations most label-propagation rounds for the connected components (default 50)
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
  private static final int TOPIC_FEATURES = 1 << 22;

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
      Dataset<Row> labels = components(links);
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
    return bucketLinks(model.transform(vectors), "copy_hashes",
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
        udf((UDF1<scala.collection.Seq<Row>, Vector>) StoryClustering::weights, SQLDataTypes.VectorType());
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
    return bucketLinks(model.transform(vectors), "topic_hashes",
        (x, y) -> jaccard(x.getAs("topic_vector"), y.getAs("topic_vector")) > leastJaccard
            && withinDays(x.getAs("published"), y.getAs("published"), maxDays)
            && cosine(x.getAs("weights"), y.getAs("weights")) >= leastCosine);
  }

  private static boolean withinDays(java.sql.Date x, java.sql.Date y, int maxDays) {
    return x == null || y == null
        || Math.abs(x.toLocalDate().toEpochDay() - y.toLocalDate().toEpochDay()) <= maxDays;
  }

  /** Whether two candidate rows (of the hashed Dataset, hash column dropped) are linked. */
  interface PairTest extends java.io.Serializable {
    boolean linked(Row x, Row y);
  }

  /**
   * {@code a, b} (a &lt; b): the pairs of {@code hashed} (a {@code MinHashLSHModel}'s output, with {@code id} and the
   * model's output column {@code hashes}) that share a bucket of some hash table and pass {@code test}, each pair once.
   * Within a bucket the articles are ordered by a hash of their id and the table, and each meets the {@link
   * Options#bucketPeers} after it: all pairs of a small bucket (what {@code approxSimilarityJoin} compares), a bounded
   * chain through a large one. Only articles in a bucket with another carry their vectors through the shuffle, and a
   * task holds the vectors of {@code bucketPeers} rows at a time however large the bucket.
   */
  Dataset<Row> bucketLinks(Dataset<Row> unhashed, String hashes, PairTest test) {
    // Hashed once: the buckets and the vectors they carry are read from the same rows.
    Dataset<Row> hashed = unhashed.localCheckpoint(true);
    Dataset<Row> members =
        hashed.select(col("id"), posexplode(col(hashes)).as(new String[] {"hash_table", "hash"}))
            .select(col("id"), col("hash_table"), vector_to_array(col("hash"), "float64").getItem(0).as("bucket"));
    Dataset<Row> shared =
        members
            .withColumn("shared", count(lit(1)).over(Window.partitionBy(col("hash_table"), col("bucket"))))
            .where(col("shared").geq(2))
            .select(col("id"), col("hash_table"), col("bucket"), xxhash64(col("id"), col("hash_table")).as("order"));
    Dataset<Row> rows = shared.join(hashed.drop(hashes), "id");
    StructType schema = rows.schema();
    int table = schema.fieldIndex("hash_table");
    int bucket = schema.fieldIndex("bucket");
    int peers = options.bucketPeers();
    StructType pairSchema =
        new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);
    MapPartitionsFunction<Row, Row> chain =
        sorted -> {
          List<Row> out = new ArrayList<>();
          java.util.ArrayDeque<Row> recent = new java.util.ArrayDeque<>(peers);
          while (sorted.hasNext()) {
            Row r = sorted.next();
            Row last = recent.peekLast();
            if (last != null && (last.getInt(table) != r.getInt(table) || last.getDouble(bucket) != r.getDouble(bucket))) {
              recent.clear();
            }
            String id = r.getAs("id");
            for (Row earlier : recent) {
              if (test.linked(earlier, r)) {
                String other = earlier.getAs("id");
                out.add(id.compareTo(other) < 0 ? RowFactory.create(id, other) : RowFactory.create(other, id));
              }
            }
            if (recent.size() == peers) {
              recent.removeFirst();
            }
            recent.addLast(r);
          }
          return out.iterator();
        };
    return rows.repartition(col("hash_table"), col("bucket"))
        .sortWithinPartitions(col("hash_table"), col("bucket"), col("order"), col("id"))
        .mapPartitions(chain, Encoders.row(pairSchema))
        .distinct();
  }

  /** Jaccard similarity of the non-zero index sets of two sparse vectors (0 when both are empty). */
  static double jaccard(Vector a, Vector b) {
    int[] x = a.toSparse().indices();
    int[] y = b.toSparse().indices();
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - shared;
    return union == 0 ? 0.0 : (double) shared / union;
  }

  /**
   * {@code v, label}: each article with a link and the smallest id of its connected component, by label propagation
   * (each round an article takes the smallest label among itself and its neighbours) until no label changes.
   */
  Dataset<Row> components(Dataset<Row> links) {
    Dataset<Row> edges =
        links.select(col("a").as("v"), col("b").as("n"))
            .union(links.select(col("b").as("v"), col("a").as("n")))
            .localCheckpoint(true);
    Dataset<Row> labels =
        edges.groupBy(col("v")).agg(least(col("v"), min(col("n"))).as("label")).localCheckpoint(true);
    for (int round = 1; round <= options.maxIterations(); round++) {
      Dataset<Row> neighbour = labels.select(col("v").as("n"), col("label").as("nl"));
      Dataset<Row> next =
          edges.join(neighbour, "n")
              .groupBy(col("v"))
              .agg(min(col("nl")).as("m"))
              .join(labels, "v")
              .select(col("v"), least(col("label"), col("m")).as("label"))
              .localCheckpoint(true);
      long changed =
          next.join(labels.select(col("v"), col("label").as("old")), "v")
              .where(col("label").notEqual(col("old")))
              .count();
      labels = next;
      if (changed == 0) {
        LOG.info("Story components settled in {} rounds", round);
        return labels;
      }
    }
    LOG.warn(
        "Story components did not settle in {} rounds: some stories may be split (a chain of links that long is"
            + " unusual; check for near-identical boilerplate articles)",
        options.maxIterations());
    return labels;
  }

  /**
   * The unit-length sparse vector of {@code (term, w)} entries, {@code w = tf · (ln((n + 1) / (df + 1)) + 1)} (the
   * smoothed TF-IDF of scikit-learn's defaults: the {@code + 1} keeps a term that is in every article of a small window).
   */
  static Vector weights(scala.collection.Seq<Row> entries) {
    List<Row> list = new ArrayList<>(JavaConverters.seqAsJavaList(entries));
    list.sort((x, y) -> Integer.compare(x.getInt(0), y.getInt(0)));
    int[] idx = new int[list.size()];
    double[] w = new double[list.size()];
    double norm = 0;
    for (int i = 0; i < idx.length; i++) {
      idx[i] = list.get(i).getInt(0);
      w[i] = list.get(i).getDouble(1);
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < w.length && norm > 0; i++) {
      w[i] /= norm;
    }
    return Vectors.sparse(TOPIC_FEATURES, idx, w);
  }

  /** A binary vector of the {@code k} heaviest entries of {@code weights} (ties: the smaller index). */
  static Vector topTerms(Vector weights, int k) {
    SparseVector s = weights.toSparse();
    Integer[] order = new Integer[s.indices().length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] v = s.values();
    int[] idx = s.indices();
    Arrays.sort(order, (x, y) -> v[x] != v[y] ? Double.compare(v[y], v[x]) : Integer.compare(idx[x], idx[y]));
    int n = Math.min(k, order.length);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = idx[order[i]];
    }
    Arrays.sort(top);
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(s.size(), top, ones);
  }

  /** Cosine of two sparse vectors (0 when either is zero). */
  static double cosine(Vector a, Vector b) {
    SparseVector x = a.toSparse();
    SparseVector y = b.toSparse();
    int i = 0;
    int j = 0;
    double dot = 0;
    int[] xi = x.indices();
    int[] yi = y.indices();
    while (i < xi.length && j < yi.length) {
      if (xi[i] == yi[j]) {
        dot += x.values()[i++] * y.values()[j++];
      } else if (xi[i] < yi[j]) {
        i++;
      } else {
        j++;
      }
    }
    double nx = Vectors.norm(x, 2.0);
    double ny = Vectors.norm(y, 2.0);
    return nx == 0 || ny == 0 ? 0.0 : dot / (nx * ny);
  }
}
