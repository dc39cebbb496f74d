package io.credence.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.io.RunHistory;
import io.credence.io.RunManifest;
import io.credence.io.RunOutput;
import io.credence.io.RunRecord;
import io.credence.scoring.ArticleScorer;
import io.credence.scoring.ScoringProfile;
import io.credence.testing.ArticleFixtures;
import io.credence.testing.OutputTrees;
import io.credence.testing.SparkTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade safety (issue 16): {@code src/test/resources/upgrade/v0.1.0} is the output of two nights over {@code
 * data/sample} (2022-07-15 and 2022-07-16) written by release 0.1.0. Every later version must read it: its
 * {@code _runs} rows and manifests, and its nights inside a new night's window, however many feature columns have
 * been added since (an old night's missing column reads as null and is scored by the profile's missing-feature rule:
 * a null feature contributes nothing to the logit). Never regenerate the fixture; add a new one for a new release.
 */
class UpgradeTest extends SparkTest {

  static final Path FIXTURE = Path.of("src/test/resources/upgrade/v0.1.0");
  static final LocalDate NIGHT_3 = LocalDate.of(2022, 7, 17);
  static final String OLD_ARTICLE = "004_8f44b10b6658a6cd";
  static final String OLD_OUTLET = "mirror.co.uk";

  /** Night 3 delivers one new article of a new outlet; the old outlets come from the old nights alone. */
  private static RunManifest runNight3(Path out, Path dir) throws Exception {
    String text = ArticleFixtures.CAREFUL_TEXT.replace("\"", "\\\"");
    Path input = dir.resolve("night3.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"new-1\",\"outlet\":\"new.example\",\"published\":\"" + NIGHT_3 + "\",\"text\":\"" + text + " "
            + text + "\"}\n",
        StandardCharsets.UTF_8);
    return ScoreJob.run(
        spark,
        ScoreOptions.builder().input(input.toString()).output(out.toString()).runDate(NIGHT_3).minTokens(5).build());
  }

  /**
   * The current release's {@code article_features} schema, as night 3 wrote it (read from its own partition: reading
   * the whole table takes the schema of whichever file Spark looks at first, possibly an old one).
   */
  private static StructType tonightsSchema(Path out) {
    return spark.read()
        .parquet(out.resolve(RunOutput.ARTICLE_FEATURES).resolve("run_date=" + NIGHT_3).toString())
        .schema()
        .add("run_date", org.apache.spark.sql.types.DataTypes.DateType);
  }

  private static Map<String, Row> outletsOf(Path out, LocalDate night) {
    Map<String, Row> byOutlet = new HashMap<>();
    for (Row r :
        spark.read().parquet(out.resolve(RunOutput.OUTLET_SCORES).toString()).where("run_date = '" + night + "'")
            .collectAsList()) {
      byOutlet.put(r.getAs("outlet"), r);
    }
    return byOutlet;
  }

  @Test
  void oldRunRowsAndManifestsStayReadable() throws Exception {
    List<RunRecord> runs = new RunHistory(new org.apache.hadoop.fs.Path(FIXTURE.toString()),
        spark.sparkContext().hadoopConfiguration()).readAll();
    assertEquals(2, runs.size(), runs.toString());
    for (RunRecord r : runs) {
      assertEquals(RunRecord.SUCCEEDED, r.status(), r.toString());
      assertEquals("0.1.0", r.version());
      assertEquals(5L, r.read());
      assertEquals(5L, r.scored());
      assertEquals(5L, r.outlets());
      assertNotNull(r.profileSha256());
    }
    assertEquals(List.of("2022-07-15", "2022-07-16"), runs.stream().map(RunRecord::runDate).toList());
    assertEquals(2, spark.read().parquet(FIXTURE.resolve(RunOutput.RUNS).toString()).count());
    for (String night : List.of("2022-07-15", "2022-07-16")) {
      JsonNode manifest =
          new ObjectMapper().readTree(FIXTURE.resolve("_runs/_manifests/" + night + ".json").toFile());
      assertEquals(night, manifest.get("run_date").asText());
      assertEquals(5, manifest.get("counts").get("read").asInt());
      assertTrue(manifest.get("counts").get("balanced").asBoolean());
    }
  }

  @Test
  void aNewNightScoresOverOldNightsWhoseColumnsAreFewer(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    OutputTrees.copy(FIXTURE, out);
    RunManifest night3 = runNight3(out, dir);
    assertEquals(RunManifest.Counts.of(1, 1, 0), night3.counts());
    assertEquals("jsonl", night3.format(), "the manifest names the format it read");
    assertEquals(6, night3.outlets(), "the five old outlets come from the fixture's nights");
    Map<String, Row> outlets = outletsOf(out, NIGHT_3);
    assertEquals(6, outlets.size(), outlets.keySet().toString());
    for (Row r : outlets.values()) {
      assertNotNull(r.getAs("reliability"), r.toString());
      assertEquals(1, (int) r.getAs("articles"), r.toString());
    }

    // Columns only grow: every column the old release wrote is still written, and any column added since reads as
    // null in the old nights.
    StructType old = spark.read().parquet(FIXTURE.resolve(RunOutput.ARTICLE_FEATURES).toString()).schema();
    StructType now = tonightsSchema(out);
    List<String> nowColumns = Arrays.asList(now.fieldNames());
    assertTrue(nowColumns.contains("reliability") && nowColumns.contains("published_date"), nowColumns.toString());
    for (StructField f : old.fields()) {
      assertTrue(nowColumns.contains(f.name()), "column " + f.name() + " of release 0.1.0 is gone");
    }
    Dataset<Row> oldRows =
        spark.read().schema(now).parquet(out.resolve(RunOutput.ARTICLE_FEATURES).toString())
            .where("run_date < '" + NIGHT_3 + "'");
    assertEquals(10, oldRows.count());
    for (String added : nowColumns) {
      if (!Arrays.asList(old.fieldNames()).contains(added)) {
        assertEquals(10, oldRows.where(col(added).isNull()).count(), added + " in the old nights");
      }
    }
  }

  @Test
  void aProfileFeatureMissingFromOldNightsContributesNothing(@TempDir Path dir) throws Exception {
    ScoringProfile profile = ScoringProfile.standard();
    String dropped = "loaded_cues_per_100_sentences";
    assertTrue(profile.features().stream().anyMatch(f -> f.name().equals(dropped) && f.weight() != 0));
    Path out = dir.resolve("out");
    OutputTrees.copy(FIXTURE, out);
    // As if the fixture were written before the column existed: rewrite the old nights without it.
    Path features = out.resolve(RunOutput.ARTICLE_FEATURES);
    List<Path> partitions;
    try (Stream<Path> all = Files.walk(features)) {
      partitions = all.filter(p -> p.getFileName().toString().startsWith("published_date=")).toList();
    }
    for (Path p : partitions) {
      Path rewritten = p.resolveSibling("rewritten-" + p.getFileName());
      spark.read().parquet(p.toString()).drop(dropped).write().parquet(rewritten.toString());
      try (Stream<Path> files = Files.walk(p)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
      Files.move(rewritten, p);
    }

    RunManifest night3 = runNight3(out, dir);
    assertEquals(6, night3.outlets());

    StructType now = tonightsSchema(out);
    Row old =
        spark.read().schema(now).parquet(features.toString())
            .where("run_date = '2022-07-16' AND id = '" + OLD_ARTICLE + "'").first();
    assertNull(old.getAs(dropped), "the old night has no " + dropped);
    Dataset<Row> oldRow =
        spark.read().schema(now).parquet(features.toString())
            .where("run_date = '2022-07-16' AND id = '" + OLD_ARTICLE + "'");
    double expected = oldRow.select(ArticleScorer.reliability(profile)).first().getDouble(0);
    double withFeature =
        spark.read().schema(now).parquet(FIXTURE.resolve(RunOutput.ARTICLE_FEATURES).toString())
            .where("run_date = '2022-07-16' AND id = '" + OLD_ARTICLE + "'")
            .select(ArticleScorer.reliability(profile)).first().getDouble(0);
    double scored = outletsOf(out, NIGHT_3).get(OLD_OUTLET).getAs("reliability_unshrunk");
    System.out.printf("UpgradeTest: %s scored %.6f with %s, %.6f without (window: %.6f)%n", OLD_ARTICLE,
        withFeature, dropped, expected, scored);
    assertEquals(expected, scored, 1e-9, "the old article is scored with the missing feature contributing 0");
    assertTrue(Math.abs(withFeature - expected) > 1e-6, "the dropped feature mattered: " + withFeature);
  }
}
