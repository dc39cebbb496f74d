package io.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.ArticleFixtures;
import io.credence.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate-id check: the same decisions whether repeated ids are broadcast or every record is shuffled. */
class ArticleValidatorTest {

  private static final LocalDate RUN_DATE = LocalDate.parse("2024-03-01");
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static String article(String id, String variant) {
    String text = (variant + " " + ArticleFixtures.CAREFUL_TEXT).replace("\"", "\\\"");
    String idField = id == null ? "" : "\"id\":\"" + id + "\",";
    return "{" + idField + "\"url\":\"https://example.org/" + variant.replace(' ', '-') + "\",\"text\":\"" + text
        + "\",\"published\":\"2024-02-28\"}";
  }

  /** Two files with every kind of repeat: across files, within a file, identical lines, derived ids, bad copies. */
  private Path repeats() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.write(
        input.resolve("a.jsonl"),
        List.of(
            article("unique-1", "first"),
            article("across", "version in a"),
            article("within", "one version"),
            article("within", "another version"),
            article("identical", "same"),
            article("identical", "same"),
            "{\"id\":\"bad-copy\",\"outlet\":\"example.org\",\"text\":\"\"}",
            article("bad-copy", "good copy"),
            "{\"id\":\"broken\",",
            "{\"id\":\"broken\",",
            article(null, "no id"),
            article(null, "no id")),
        StandardCharsets.UTF_8);
    Files.write(
        input.resolve("b.jsonl"),
        List.of(article("across", "version in b"), article("unique-2", "second")),
        StandardCharsets.UTF_8);
    return input;
  }

  private static Map<String, List<String>> reasonsById(Dataset<Row> validated) {
    Map<String, List<String>> byId = new TreeMap<>();
    for (Row r : validated.collectAsList()) {
      String id = r.getAs("id") == null ? "(null)" : r.getAs("id");
      String reason = r.getAs(ArticleSchemas.REASON);
      byId.computeIfAbsent(id, k -> new ArrayList<>()).add(reason == null ? "kept" : reason);
    }
    byId.values().forEach(l -> l.sort(null));
    return byId;
  }

  private static List<String> decisions(Dataset<Row> validated) {
    List<String> out = new ArrayList<>();
    for (Row r : validated.collectAsList()) {
      out.add(r.getAs("id") + "|" + r.getAs(ArticleSchemas.SOURCE) + "|" + r.getAs("text") + "|"
          + r.getAs(ArticleSchemas.REASON) + "|" + r.getAs(ArticleSchemas.RAW));
    }
    out.sort(null);
    return out;
  }

  @Test
  void censusCountsRecordsAndRepeatedIds() throws IOException {
    IdCensus census = IdCensus.of(new ArticleReader(spark).read(repeats().toString(), InputFormat.JSONL));
    assertEquals(14, census.records());
    // across, within, identical, bad-copy, the derived id of "no id"; the broken lines have no id.
    assertEquals(5, census.repeatedIds());
  }

  @Test
  void keepsOneRecordPerIdAndRejectsTheOthers() throws IOException {
    Dataset<Row> read = new ArticleReader(spark).read(repeats().toString(), InputFormat.JSONL);
    Dataset<Row> validated = new ArticleValidator(RUN_DATE).validate(read);
    Map<String, List<String>> byId = reasonsById(validated);
    assertEquals(List.of("kept"), byId.get("unique-1"));
    assertEquals(List.of("kept"), byId.get("unique-2"));
    assertEquals(List.of("duplicate_id", "kept"), byId.get("across"));
    assertEquals(List.of("duplicate_id", "kept"), byId.get("within"));
    assertEquals(List.of("duplicate_id", "kept"), byId.get("identical"));
    assertEquals(List.of("kept", "missing_text"), byId.get("bad-copy"), "an invalid copy does not compete");
    assertEquals(List.of("malformed_record", "malformed_record"), byId.get("(null)"));
    assertEquals(14, validated.count());
    long derived = byId.keySet().stream().filter(id -> id.matches("[0-9a-f]{16}")).count();
    assertEquals(1, derived, "both copies without an id derive the same id: " + byId.keySet());

    List<Row> across = validated.where("id = 'across' and reject_reason is null").collectAsList();
    assertTrue(across.get(0).<String>getAs(ArticleSchemas.SOURCE).endsWith("a.jsonl"), "the first source file wins");
    Row loser = validated.where("id = 'across' and reject_reason is not null").first();
    assertTrue(loser.<String>getAs(ArticleSchemas.RAW).contains("version in b"), "a duplicate keeps its record as raw");
  }

  @Test
  void broadcastAndFullShuffleDecideAlike() throws IOException {
    Dataset<Row> read = new ArticleReader(spark).read(repeats().toString(), InputFormat.JSONL);
    List<String> broadcast =
        decisions(new ArticleValidator(RUN_DATE, 1 << 20, List.of("en"), Long.MAX_VALUE).validate(read));
    List<String> shuffled = decisions(new ArticleValidator(RUN_DATE, 1 << 20, List.of("en"), 0).validate(read));
    assertEquals(shuffled, broadcast);
    assertEquals(14, broadcast.size());
  }

  @Test
  void recordsWithoutRepeatedIdsAreNotShuffled() throws IOException {
    Path input = Files.createDirectories(dir.resolve("unique"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      lines.add(article("id-" + i, "variant " + i));
    }
    Files.write(input.resolve("a.jsonl"), lines, StandardCharsets.UTF_8);
    Dataset<Row> read = new ArticleReader(spark).read(input.toString(), InputFormat.JSONL);
    Dataset<Row> validated = new ArticleValidator(RUN_DATE).validate(read);
    String plan = validated.queryExecution().executedPlan().toString();
    assertFalse(plan.contains("Exchange"), plan);
    assertEquals(read.rdd().getNumPartitions(), validated.rdd().getNumPartitions());
    assertEquals(50, validated.where("reject_reason is null").count());
  }

  @Test
  void onlyRecordsWithRepeatedIdsCrossTheShuffle() throws IOException {
    Dataset<Row> read = new ArticleReader(spark).read(repeats().toString(), InputFormat.JSONL);
    Dataset<Row> validated = new ArticleValidator(RUN_DATE).validate(read);
    String plan = validated.queryExecution().executedPlan().toString();
    assertTrue(plan.contains("BroadcastExchange"), plan);
    assertEquals(read.rdd().getNumPartitions() + 1, validated.rdd().getNumPartitions());
  }

  @Test
  void byteOrderMarkBeforeTheFirstRecordIsDropped() throws IOException {
    Path input = Files.createDirectories(dir.resolve("bom"));
    Files.writeString(
        input.resolve("a.jsonl"), "\uFEFF" + article("first", "one") + "\n" + article("second", "two") + "\n",
        StandardCharsets.UTF_8);
    Dataset<Row> validated =
        new ArticleValidator(RUN_DATE).validate(new ArticleReader(spark).read(input.toString(), InputFormat.JSONL));
    assertEquals(Map.of("first", List.of("kept"), "second", List.of("kept")), reasonsById(validated));
  }

  @Test
  void blankTextIsWhiteSpaceOfAnyKind() throws IOException {
    Path input = Files.createDirectories(dir.resolve("blank"));
    Files.write(
        input.resolve("a.jsonl"),
        List.of(
            "{\"id\":\"nbsp\",\"outlet\":\"example.org\",\"text\":\"\\u00a0 \\u3000\\u2029\\t\"}",
            "{\"id\":\"final-nel\",\"outlet\":\"example.org\",\"text\":\"  \\u0085\"}",
            "{\"id\":\"leading-nel\",\"outlet\":\"example.org\",\"text\":\"\\u0085  \"}",
            article("words", "some words")),
        StandardCharsets.UTF_8);
    Map<String, List<String>> byId =
        reasonsById(
            new ArticleValidator(RUN_DATE)
                .validate(new ArticleReader(spark).read(input.toString(), InputFormat.JSONL)));
    assertEquals(List.of("missing_text"), byId.get("nbsp"));
    // Like the regex ^[\s\p{Z}]*$, whose $ matches before a final line terminator such as U+0085.
    assertEquals(List.of("missing_text"), byId.get("final-nel"));
    assertEquals(List.of("binary_content"), byId.get("leading-nel"));
    assertEquals(List.of("kept"), byId.get("words"));
  }

  @Test
  void languagesAllowedByCodeByAnyAndWhenUndetermined() throws IOException {
    Path input = Files.createDirectories(dir.resolve("languages"));
    String german =
        "Die Regierung hat am Montag mitgeteilt, dass sie den Plan nicht weiter verfolgen wird, "
            + "und die Opposition sagte, es sei noch unklar, wie es mit dem Projekt weitergeht.";
    Files.write(
        input.resolve("a.jsonl"),
        List.of(
            "{\"id\":\"de\",\"outlet\":\"example.de\",\"text\":\"" + german + "\"}",
            "{\"id\":\"short\",\"outlet\":\"example.org\",\"text\":\"Officials said it may rain.\"}"),
        StandardCharsets.UTF_8);
    Dataset<Row> read = new ArticleReader(spark).read(input.toString(), InputFormat.JSONL);
    Map<String, List<String>> english = reasonsById(new ArticleValidator(RUN_DATE).validate(read));
    assertEquals(List.of("language_unsupported"), english.get("de"));
    assertEquals(List.of("kept"), english.get("short"), "too few words to judge is never rejected");
    assertEquals(
        List.of("kept"),
        reasonsById(new ArticleValidator(RUN_DATE, 1 << 20, List.of("en", "de")).validate(read)).get("de"));
    assertEquals(
        List.of("kept"),
        reasonsById(new ArticleValidator(RUN_DATE, 1 << 20, List.of(LanguageGuess.ANY)).validate(read)).get("de"));
  }
}
