import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Helper of jobs/cluster-smoke.sh, run as a single-file program on Spark's jars.
 * {@code generate N FILE}: writes N deterministic synthetic articles as JSON Lines (with a few bad records).
 * {@code compare EXPECTED ACTUAL RUN_DATE...}: fails unless both outputs hold the same rows in every table and the
 * same counts in every run manifest.
 */
public final class ClusterSmoke {

  static final List<String> TABLES = List.of("article_features", "outlet_scores", "cue_evidence", "rejected");

  /** Doubles are compared to this many decimals: sums over differently split partitions may differ in the last bit. */
  static final int DECIMALS = 9;

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("generate")) {
      generate(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length >= 4 && args[0].equals("compare")) {
      List<String> dates = List.of(args).subList(3, args.length);
      System.exit(compare(args[1], args[2], dates) ? 0 : 1);
    } else {
      System.err.println("usage: ClusterSmoke generate N FILE | compare EXPECTED_DIR ACTUAL_DIR RUN_DATE...");
      System.exit(2);
    }
  }

  // Sentence material: careful outlets name sources and hedge; careless ones rely on hearsay and loaded words.
  static final String[] CAREFUL = {
    "According to the ministry's annual report, the programme cost %d million dollars.",
    "It is unclear whether the council approved the plan, the spokesman said on Monday.",
    "\"We have not seen any evidence of that,\" Maria Lopez, the agency's director, told reporters.",
    "The figures may be revised next quarter, the statistics office said in a statement.",
    "Officials at the port authority confirmed that %d containers were inspected.",
    "Researchers at the university cautioned that the sample of %d households was small.",
  };
  static final String[] CARELESS = {
    "Reportedly, the shocking scandal involved %d officials.",
    "Sources say the disastrous plan was a complete betrayal.",
    "Many people are saying the outrageous deal cost %d million.",
    "Allegedly, insiders claim the corrupt minister hid everything.",
    "Everyone knows the horrific truth about the %d missing files.",
  };
  static final String[] NEUTRAL = {
    "The meeting started at %d o'clock in the main hall.",
    "Trains ran on schedule for most of the week.",
    "The city has %d parks and two rivers.",
    "Weather in the region was mild.",
  };

  static void generate(int n, Path file) throws IOException {
    Random random = new Random(20220715L);
    ObjectMapper json = new ObjectMapper();
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        if (i % 997 == 13) {
          out.write("{\"id\":\"broken-" + i + "\",\"text\":\"unterminated\n");
          continue;
        }
        int outletNo = random.nextInt(40);
        boolean careful = outletNo % 2 == 0;
        String outlet = (careful ? "careful-" : "careless-") + outletNo + ".example";
        ObjectNode a = json.createObjectNode();
        a.put("id", "synth-" + i);
        if (i % 5 == 0) {
          a.put("url", "https://" + outlet + "/story/" + i);
        } else {
          a.put("outlet", outlet);
        }
        a.put("title", "Story " + i);
        a.put("published", String.format("2022-07-%02d", 1 + random.nextInt(28)));
        a.put("text", i % 499 == 7 ? "   " : i % 613 == 11 ? "... --- !!!" : text(random, careful));
        out.write(json.writeValueAsString(a));
        out.write('\n');
      }
    }
  }

  static String text(Random random, boolean careful) {
    StringBuilder text = new StringBuilder();
    int sentences = 6 + random.nextInt(10);
    for (int s = 0; s < sentences; s++) {
      String[] pool;
      int roll = random.nextInt(10);
      if (roll < 4) {
        pool = NEUTRAL;
      } else if (roll < 8) {
        pool = careful ? CAREFUL : CARELESS;
      } else {
        pool = careful ? CARELESS : CAREFUL;
      }
      if (s > 0) {
        text.append(s % 4 == 0 ? "\n\n" : " ");
      }
      text.append(String.format(pool[random.nextInt(pool.length)], 2 + random.nextInt(500)));
    }
    return text.toString();
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
    return json.readTree(Path.of(dir, "_runs", date + ".json").toFile());
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
