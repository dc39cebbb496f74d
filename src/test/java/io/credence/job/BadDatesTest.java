package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.io.RunManifest;
import io.credence.io.RunOutput;
import io.credence.testing.SparkTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates from real feeds through the whole job (issue 16): the sample plus records dated {@code 0001-11-30} (which
 * used to fail the night's Parquet write), {@code 8/11/18}, an ISO timestamp with an offset, {@code 9999-12-31} and
 * {@code 2022-02-30} commits, each bad date rejected with its reason, whatever the host's and the session's time zone.
 */
class BadDatesTest extends SparkTest {

  static final LocalDate RUN_DATE = LocalDate.of(2022, 7, 15);
  /** Runs {@code body} with the JVM's and the session's time zone set to {@code zone}, restoring both. */
  static <T> T inTimeZone(String zone, java.util.function.Supplier<T> body) {
    TimeZone saved = TimeZone.getDefault();
    String savedSession = spark.conf().get("spark.sql.session.timeZone");
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      spark.conf().set("spark.sql.session.timeZone", zone);
      return body.get();
    } finally {
      spark.conf().set("spark.sql.session.timeZone", savedSession);
      TimeZone.setDefault(saved);
    }
  }

  /** {@code data/sample} plus five copies of seed 000 whose manifest rows carry the feed's dates. */
  static Path sampleWithFeedDates(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("sample-plus"));
    try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Map<String, String> dates = new TreeMap<>();
    dates.put("ancient", "0001-11-30");
    dates.put("numeric", "8/11/18");
    dates.put("offset", "2016-09-20T14:03:00-04:00");
    dates.put("offset-late", "2016-09-20T22:03:00-04:00");
    dates.put("far-future", "9999-12-31");
    dates.put("february-30", "2022-02-30");
    StringBuilder manifest = new StringBuilder(Files.readString(in.resolve("MANIFEST.csv"), StandardCharsets.UTF_8));
    for (Map.Entry<String, String> d : dates.entrySet()) {
      Files.copy(in.resolve("000_7146862e6537c051.txt"), in.resolve(d.getKey() + ".txt"));
      manifest.append(d.getKey()).append(".txt,feed.example,,").append(d.getValue()).append('\n');
    }
    Files.writeString(in.resolve("MANIFEST.csv"), manifest.toString(), StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void feedDatesCommitWithReasonsUnderAnyTimeZone(@TempDir Path dir) throws Exception {
    Path in = sampleWithFeedDates(dir);
    for (String zone : List.of("America/Los_Angeles", "Pacific/Kiritimati")) {
      Path out = dir.resolve("out-" + zone.replace('/', '-'));
      RunManifest run =
          inTimeZone(
              zone,
              () ->
                  ScoreJob.run(
                      spark,
                      ScoreOptions.builder().input(in.toString()).output(out.toString()).runDate(RUN_DATE).build()));
      assertEquals(RunManifest.Counts.of(11, 7, 4), run.counts(), zone);
      assertEquals(
          Map.of("implausible_published", 2L, "unparseable_published", 2L), run.rejectedByReason(), zone);
      Map<String, String> reasons = new TreeMap<>();
      for (Row r : spark.read().parquet(out.resolve(RunOutput.REJECTED).toString()).collectAsList()) {
        reasons.put(r.getAs("id"), r.getAs("reason"));
      }
      assertEquals(
          Map.of(
              "ancient", "implausible_published",
              "far-future", "implausible_published",
              "numeric", "unparseable_published",
              "february-30", "unparseable_published"),
          reasons,
          zone);
      Map<String, String> published = new TreeMap<>();
      for (Row r :
          spark.read().parquet(out.resolve(RunOutput.ARTICLE_FEATURES).toString()).where("id LIKE 'offset%'")
              .collectAsList()) {
        published.put(r.getAs("id"), r.getAs("published") + " " + r.getAs("published_date"));
      }
      assertEquals(
          Map.of("offset", "2016-09-20 2016-09-20", "offset-late", "2016-09-21 2016-09-21"),
          published,
          "14:03 at -04:00 is 18:03 UTC the same day; 22:03 is 02:03 UTC the next day");
    }
  }

  @Test
  void parquetTimestampsTakeTheirUtcDateWhateverTheSessionTimeZone(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("ts.parquet");
    String text = Files.readString(Path.of("data/sample/000_7146862e6537c051.txt"), StandardCharsets.UTF_8);
    inTimeZone(
        "UTC",
        () -> {
          spark
              .sql(
                  "SELECT 'ts-1' AS id, 'example.org' AS outlet, CAST(? AS STRING) AS text,"
                      + " TIMESTAMP '2024-01-01 03:00:00' AS published",
                  new Object[] {text})
              .write()
              .parquet(in.toString());
          return null;
        });
    Path out = dir.resolve("out");
    RunManifest run =
        inTimeZone(
            "America/Los_Angeles",
            () ->
                ScoreJob.run(
                    spark,
                    ScoreOptions.builder()
                        .input(in.toString())
                        .output(out.toString())
                        .runDate(LocalDate.of(2024, 1, 5))
                        .build()));
    assertEquals(RunManifest.Counts.of(1, 1, 0), run.counts());
    Row article = spark.read().parquet(out.resolve(RunOutput.ARTICLE_FEATURES).toString()).first();
    assertEquals("2024-01-01", article.getAs("published").toString(), "2024-01-01T03:00Z is 2024-01-01 in UTC");
  }
}
