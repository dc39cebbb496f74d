import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Helper of jobs/cluster-smoke.sh, run as a single-file program on Spark's jars.
 * {@code compare EXPECTED ACTUAL RUN_DATE...}: fails unless both outputs hold the same rows in every table and the
 * same counts in every run manifest.
 */
public final class ClusterSmoke {

  static final List<String> TABLES = List.of("article_features", "outlet_scores", "cue_evidence", "rejected", "stories", "story_evidence");

  /** Doubles are compared to this many decimals: sums over differently split partitions may differ in the last bit. */
  static final int DECIMALS = 9;

  public static void main(String[] args) throws Exception {
    if (args.length >= 4 && args[0].equals("compare")) {
      List<String> dates = List.of(args).subList(3, args.length);
      System.exit(compare(args[1], args[2], dates) ? 0 : 1);
    } else {
      System.err.println("usage: ClusterSmoke compare EXPECTED_DIR ACTUAL_DIR RUN_DATE...");
      System.exit(2);
    }
  }

  static boolean compare(String expected, String actual, List<String> dates) throws IOException {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("cluster-smoke-compare")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    boolean same = true;
    try {
      for (String table : TABLES) {
        Row r = difference(spark.read().parquet(expected + "/" + table), spark.read().parquet(actual + "/" + table));
        long local = r.getLong(0);
        long cluster = r.getLong(1);
        long differing = r.getLong(2);
        System.out.printf("%-17s %7d rows locally, %7d on the cluster, %d rows differ%n",
            table, local, cluster, differing);
        same &= local > 0 && local == cluster && differing == 0;
      }
    } finally {
      spark.stop();
    }
    ObjectMapper json = new ObjectMapper();
    for (String date : dates) {
      JsonNode a = manifest(json, expected, date);
      JsonNode b = manifest(json, actual, date);
      for (String field : List.of("status", "counts", "rejected_by_reason", "outlets", "profile_sha256")) {
        if (!a.path(field).equals(b.path(field))) {
          System.out.printf("manifest %s differs in %s: %s locally, %s on the cluster%n",
              date, field, a.path(field), b.path(field));
          same = false;
        }
      }
      System.out.printf("manifest %s: counts %s, rejected_by_reason %s%n",
          date, b.path("counts"), b.path("rejected_by_reason"));
    }
    return same;
  }

  static JsonNode manifest(ObjectMapper json, String dir, String date) throws IOException {
    return json.readTree(Path.of(dir, "_runs", "_manifests", date + ".json").toFile());
  }

  /**
   * One pass over both tables: groups identical (canonical) rows and counts them per side. Returns the row counts of
   * each side and the number of rows that one side has more often than the other.
   */
  static Row difference(Dataset<Row> expected, Dataset<Row> actual) {
    Dataset<Row> a = canonical(expected);
    List<Column> columns = new ArrayList<>();
    for (String name : a.columns()) {
      columns.add(functions.col(name));
    }
    Column side = functions.col("_side");
    return a.withColumn("_side", functions.lit(1))
        .unionByName(canonical(actual).withColumn("_side", functions.lit(-1)))
        .groupBy(columns.toArray(new Column[0]))
        .agg(
            functions.sum(functions.when(side.equalTo(1), 1).otherwise(0)).as("n_expected"),
            functions.sum(functions.when(side.equalTo(-1), 1).otherwise(0)).as("n_actual"))
        .agg(
            functions.sum("n_expected").cast("long"),
            functions.sum("n_actual").cast("long"),
            functions.sum(functions.abs(functions.col("n_expected").minus(functions.col("n_actual")))).cast("long"))
        .first();
  }

  /** Rounds every double so that row comparison ignores the last bits of differently ordered sums. */
  static Dataset<Row> canonical(Dataset<Row> rows) {
    List<Column> cols = new ArrayList<>();
    for (StructField f : rows.schema().fields()) {
      Column c = functions.col(f.name());
      cols.add(f.dataType().equals(DataTypes.DoubleType) ? functions.round(c, DECIMALS).as(f.name()) : c);
    }
    return rows.select(cols.toArray(new Column[0]));
  }
}
