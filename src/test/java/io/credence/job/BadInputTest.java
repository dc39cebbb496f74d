package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.ingest.InputFormat;
import io.credence.io.RunManifest;
import io.credence.testing.SparkTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code data/bad} fixtures through the whole job: every class lands where the "Bad input" table of jobs/README.md
 * says.
 */
class BadInputTest extends SparkTest {

  static final LocalDate DATE = LocalDate.of(2022, 7, 20);
  private static Dataset<Row> table(Path out, String name) {
    return spark.read().parquet(out.resolve(name).toString()).where("run_date = '" + DATE + "'");
  }

  private static Map<String, String> reasonsByFile(Path out) {
    Map<String, String> byFile = new TreeMap<>();
    for (Row r : table(out, "rejected").orderBy("reason").collectAsList()) {
      String file = Path.of(((String) r.getAs("source")).replace("file:", "")).getFileName().toString();
      byFile.merge(file, r.getAs("reason"), (a, b) -> a.equals(b) ? a : a + "," + b);
    }
    return byFile;
  }

  @Test
  void everyJsonLinesClassGetsItsReason(@TempDir Path out) {
    RunManifest run =
        ScoreJob.run(
            spark,
            ScoreOptions.builder().input("data/bad/*.jsonl").output(out.toString()).runDate(DATE).maxBytes(2048L).build());

    assertEquals(RunManifest.Counts.of(30, 4, 26), run.counts());
    Map<String, Long> rejected =
        Map.of(
            "malformed_record", 5L,
            "missing_text", 4L,
            "too_short", 1L,
            "missing_outlet", 2L,
            "unparseable_url", 2L,
            "unparseable_published", 2L,
            "implausible_published", 2L,
            "binary_content", 3L,
            "language_unsupported", 3L,
            "duplicate_id", 2L);
    assertEquals(rejected, run.rejectedByReason());
    // Each class has its file, named after its reason; malformed_record's is malformed_json.jsonl.
    Map<String, String> expected = new TreeMap<>();
    for (String reason : rejected.keySet()) {
      expected.put((reason.equals("malformed_record") ? "malformed_json" : reason) + ".jsonl", reason);
    }
    assertEquals(expected, reasonsByFile(out));

    Map<String, Row> scored = new TreeMap<>();
    for (Row r : table(out, "article_features").collectAsList()) {
      scored.put(r.getAs("id"), r);
    }
    assertEquals(List.of("dup-1", "html-field", "mojibake-1", "oversize-1"), List.copyOf(scored.keySet()));
    assertTrue((Boolean) scored.get("oversize-1").getAs("truncated"));
    assertFalse((Boolean) scored.get("mojibake-1").getAs("truncated"));
    assertEquals("example.co.uk", scored.get("html-field").getAs("outlet"));
    assertEquals("example.org", scored.get("dup-1").getAs("outlet"), "the first dup-1 by record hash is kept");

    Dataset<Row> evidence = table(out, "cue_evidence");
    List<Row> mojibake = evidence.where("id = 'mojibake-1'").collectAsList();
    assertTrue(mojibake.stream().anyMatch(r -> "quote".equals(r.getAs("category"))), mojibake.toString());
    for (Row r : mojibake) {
      assertFalse(((String) r.getAs("sentence")).contains("\u00e2\u20ac"), "mojibake left in " + r);
    }
    List<Row> html = evidence.where("id = 'html-field'").collectAsList();
    assertTrue(html.stream().anyMatch(r -> "according to".equals(r.getAs("cue"))), html.toString());
    for (Row r : html) {
      String sentence = r.getAs("sentence");
      assertFalse(sentence.contains("newspaper") || sentence.contains("popular") || sentence.contains("var "), sentence);
    }
  }

  @Test
  void csvRowsThatDoNotFitTheHeaderAreMalformed(@TempDir Path out) {
    RunManifest run =
        ScoreJob.run(
            spark,
            ScoreOptions.builder().input("data/bad/csv_wrong_columns.csv").output(out.toString()).runDate(DATE).build());
    assertEquals(RunManifest.Counts.of(2, 0, 2), run.counts());
    assertEquals(Map.of("malformed_record", 2L), run.rejectedByReason());
  }

  @Test
  void htmlPagesAreScoredOnTheirArticleTextAndOtherLanguagesWhenAllowed(@TempDir Path out) {
    RunManifest page =
        ScoreJob.run(
            spark,
            ScoreOptions.builder()
                .input("data/bad/html")
                .format(InputFormat.HTML)
                .output(out.resolve("html").toString())
                .runDate(DATE)
                .build());
    assertEquals(RunManifest.Counts.of(1, 1, 0), page.counts());
    Row article = spark.read().parquet(out.resolve("html/article_features").toString()).first();
    assertEquals("page", article.getAs("id"));
    assertEquals("2022-07-19", article.getAs("published").toString());
    List<Row> evidence = spark.read().parquet(out.resolve("html/cue_evidence").toString()).collectAsList();
    assertTrue(evidence.stream().anyMatch(r -> "according to".equals(r.getAs("cue"))), evidence.toString());
    assertTrue(evidence.stream().anyMatch(r -> "quote".equals(r.getAs("category"))), evidence.toString());
    for (Row r : evidence) {
      String sentence = r.getAs("sentence");
      assertFalse(
          sentence.contains("best local news") || sentence.contains("subscribe") || sentence.contains("document"),
          "page furniture scored: " + sentence);
    }

    RunManifest languages =
        ScoreJob.run(
            spark,
            ScoreOptions.builder()
                .input("data/bad/language_unsupported.jsonl")
                .output(out.resolve("lang").toString())
                .runDate(DATE)
                .languages(List.of("en", "de"))
                .build());
    assertEquals(RunManifest.Counts.of(3, 1, 2), languages.counts());
    assertEquals(
        "german",
        spark.read().parquet(out.resolve("lang/article_features").toString()).first().getAs("id"));
  }
}
