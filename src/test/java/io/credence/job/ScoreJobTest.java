package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunManifest;
import io.credence.testing.ArticleFixtures;
import io.credence.testing.SparkTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreJobTest extends SparkTest {

  static final LocalDate SAMPLE_DATE = LocalDate.of(2022, 7, 15);
  static final LocalDate BAD_DATE = LocalDate.of(2022, 7, 16);
  private static RunManifest score(String input, Path out, LocalDate date) {
    return ScoreJob.run(spark, ScoreOptions.builder().input(input).output(out.toString()).runDate(date).build());
  }

  /** Scores single sentences too ({@code --min-tokens 1}). */
  private static RunManifest scoreShort(String input, Path out) {
    return ScoreJob.run(
        spark,
        ScoreOptions.builder().input(input).output(out.toString()).runDate(SAMPLE_DATE).minTokens(1).build());
  }

  private static Dataset<Row> table(Path out, String name, LocalDate date) {
    return spark.read().parquet(out.resolve(name).toString()).where("run_date = '" + date + "'");
  }

  @Test
  void sampleAndBadRecordsLandInTheirContracts(@TempDir Path in, @TempDir Path out) throws Exception {
    RunManifest sample = score("data/sample", out, SAMPLE_DATE);
    RunManifest bad = score(ArticleFixtures.badRecordsJsonl(in).toString(), out, BAD_DATE);

    assertEquals(RunManifest.Counts.of(5, 5, 0), sample.counts());
    assertEquals(RunManifest.Counts.of(10, 3, 7), bad.counts());
    // Each bad record's reason, by id ("null": the malformed line has none); the counts by reason follow from it.
    Map<String, String> expected =
        Map.of(
            "null", "malformed_record",
            "empty-text", "missing_text",
            "blank-text", "missing_text",
            "no-outlet", "missing_outlet",
            "bad-url", "unparseable_url",
            "bad-date", "unparseable_published",
            "symbols", "no_words");
    assertEquals(
        expected.values().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())),
        bad.rejectedByReason());

    Dataset<Row> rejected = table(out, "rejected", BAD_DATE);
    Map<String, String> reasonById = new TreeMap<>();
    for (Row r : rejected.collectAsList()) {
      reasonById.put(String.valueOf(r.<String>getAs("id")), r.getAs("reason"));
      assertFalse(((String) r.getAs("raw")).isEmpty());
      assertTrue(((String) r.getAs("source")).endsWith("bad_records.jsonl"));
    }
    assertEquals(expected, reasonById);
    assertEquals(7L, bad.rejectedByReason().values().stream().mapToLong(Long::longValue).sum());

    Map<String, Row> features =
        table(out, "article_features", BAD_DATE).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("outlet"), r -> r));
    assertEquals(java.util.Set.of("example.org", "mirror.co.uk", "cnn.com"), features.keySet());
    assertEquals("2022-07-12", features.get("cnn.com").getAs("published").toString());
    assertEquals(BAD_DATE.toString(), features.get("mirror.co.uk").getAs("published").toString());
    assertEquals(16, ((String) features.get("mirror.co.uk").getAs("id")).length());
  }

  @Test
  void outputSchemasAreTheDeclaredContract(@TempDir Path out) {
    score("data/sample", out, SAMPLE_DATE);
    StructType features = table(out, "article_features", SAMPLE_DATE).schema();
    for (String f : List.of("id", "outlet", "url", "title")) {
      assertEquals(DataTypes.StringType, features.apply(f).dataType(), f);
    }
    assertEquals(DataTypes.DateType, features.apply("published").dataType());
    for (String f : List.of("tokens", "sentences", "hedging_cues", "attribution_cues", "quotes")) {
      assertEquals(DataTypes.IntegerType, features.apply(f).dataType(), f);
    }
    assertEquals(DataTypes.DoubleType, features.apply("reliability").dataType());
    assertEquals(DataTypes.DoubleType, features.apply("hedging_cues_per_100_sentences").dataType());
    assertEquals(DataTypes.DoubleType, features.apply("attribution_cues_per_1k_tokens").dataType());
    List<String> names = List.of(features.fieldNames());
    int writer = names.indexOf("first_person_cues");
    assertTrue(writer > names.indexOf("negated_cues_per_1k_tokens"), "writer columns come after the older ones");
    assertEquals(DataTypes.IntegerType, features.apply("intensifier_cues").dataType());
    assertEquals(DataTypes.DoubleType, features.apply("transparency_lines_per_100_sentences").dataType());

    StructType outlets = table(out, "outlet_scores", SAMPLE_DATE).schema();
    assertEquals(DataTypes.IntegerType, outlets.apply("articles").dataType());
    assertEquals(DataTypes.DoubleType, outlets.apply("reliability").dataType());
    assertEquals(DataTypes.DoubleType, outlets.apply("mean_hedging_cues").dataType());

    StructType evidence = table(out, "cue_evidence", SAMPLE_DATE).schema();
    for (String f : List.of("id", "outlet", "sentence", "cue", "category")) {
      assertEquals(DataTypes.StringType, evidence.apply(f).dataType(), f);
    }
    assertEquals(DataTypes.IntegerType, evidence.apply("sentence_index").dataType());

    StructType rejected = table(out, "rejected", SAMPLE_DATE).schema();
    assertEquals(List.of("source", "id", "reason", "raw", "run_date"), List.of(rejected.fieldNames()));
  }

  @Test
  void sampleScoresAreInRangeAndEvidenceIsReadable(@TempDir Path out) {
    score("data/sample", out, SAMPLE_DATE);
    List<Row> outlets = table(out, "outlet_scores", SAMPLE_DATE).collectAsList();
    assertEquals(5, outlets.size());
    for (Row r : outlets) {
      double score = r.getAs("reliability");
      assertTrue(score > 0 && score < 100, r.toString());
      assertEquals(1, (int) r.getAs("articles"));
    }
    Dataset<Row> evidence = table(out, "cue_evidence", SAMPLE_DATE);
    List<Row> unclear =
        evidence
            .where("id = '000_7146862e6537c051' and category = 'uncertainty'")
            .collectAsList();
    assertTrue(
        unclear.stream().anyMatch(r -> ((String) r.getAs("sentence")).contains("unclear whether Iran has delivered")),
        unclear.toString());
    Row according =
        evidence.where("id = '000_7146862e6537c051' and cue = 'according to'").orderBy("begin").first();
    assertTrue(((String) according.getAs("sentence")).contains("according to the intelligence report"));
  }

  @Test
  void rerunReplacesOnlyItsOwnDate(@TempDir Path in, @TempDir Path out) throws Exception {
    score("data/sample", out, SAMPLE_DATE);
    score(ArticleFixtures.badRecordsJsonl(in).toString(), out, BAD_DATE);
    RunManifest again = score("data/sample", out, SAMPLE_DATE);
    assertEquals(5, table(out, "article_features", SAMPLE_DATE).count());
    assertEquals(3, table(out, "article_features", BAD_DATE).count());
    assertEquals(7, table(out, "rejected", BAD_DATE).count());
    assertTrue(Files.exists(out.resolve("_runs/_manifests/" + SAMPLE_DATE + ".json")));
    assertTrue(Files.exists(out.resolve("_runs/_manifests/" + BAD_DATE + ".json")));
    assertFalse(Files.exists(out.resolve("_staging")), "staging area left behind");
    String manifest = Files.readString(out.resolve("_runs/_manifests/" + SAMPLE_DATE + ".json"));
    assertTrue(manifest.contains(again.attemptId()), "the rerun's manifest replaced the first one");
    long succeeded =
        spark.read().parquet(out.resolve("_runs").toString())
            .where("cast(run_date as string) = '" + SAMPLE_DATE + "' and status = 'succeeded'")
            .count();
    assertEquals(2, succeeded, "both runs of the date are in the history");
  }

  @Test
  void csvAndParquetInputsReadTheSameContract(@TempDir Path in, @TempDir Path out) throws Exception {
    Path csv = in.resolve("articles.csv");
    Files.writeString(
        csv,
        "id,url,text,title\n"
            + "c1,https://www.example.com/a,\"" + ArticleFixtures.CAREFUL_TEXT.replace("\"", "\"\"") + "\",A\n"
            + "c2,https://news.example.net/b,\"Line one.\nLine two, said Smith.\",B\n");
    RunManifest fromCsv = scoreShort(csv.toString(), out.resolve("csv"));
    assertEquals(RunManifest.Counts.of(2, 2, 0), fromCsv.counts());

    Path parquet = in.resolve("articles.parquet");
    spark.read().parquet(out.resolve("csv/article_features").toString())
        .selectExpr("id", "outlet", "url", "title", "'Officials said it may rain. Nothing else.' as text",
            "published")
        .write().parquet(parquet.toString());
    RunManifest fromParquet = scoreShort(parquet.toString(), out.resolve("pq"));
    assertEquals(RunManifest.Counts.of(2, 2, 0), fromParquet.counts());
  }

  @Test
  void unknownProfileFeatureFailsBeforeSparkWork(@TempDir Path in, @TempDir Path out) throws Exception {
    Path profile = in.resolve("p.json");
    Files.writeString(
        profile,
        "{\"name\":\"p\",\"intercept\":0,\"features\":[{\"name\":\"vibes_per_100_sentences\",\"weight\":1,"
            + "\"center\":0,\"scale\":1}],\"outlet\":{\"prior_articles\":3,\"min_articles\":5}}");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoreJob.run(
                    spark,
                    ScoreOptions.builder()
                        .input("data/sample")
                        .output(out.toString())
                        .profile(profile)
                        .runDate(SAMPLE_DATE)
                        .build()));
    assertTrue(e.getMessage().contains("vibes_per_100_sentences"), e.getMessage());
    assertFalse(Files.exists(out.resolve("article_features")));
  }

  @Test
  void accountingMismatchCommitsNothingAndIsRecorded(@TempDir Path out) throws Exception {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ScoreJob.run(
                    spark,
                    ScoreOptions.builder().input("data/sample").output(out.toString()).runDate(SAMPLE_DATE).build(),
                    analysed -> analysed.limit(4)));
    assertTrue(e.getMessage().contains("read 5 records but scored 4 and rejected 0"), e.getMessage());
    assertFalse(Files.exists(out.resolve("article_features")), "nothing may be committed");
    List<io.credence.io.RunRecord> history =
        new io.credence.io.RunHistory(
                new org.apache.hadoop.fs.Path(out.toString()), spark.sparkContext().hadoopConfiguration())
            .readAll();
    assertEquals(1, history.size(), history.toString());
    assertEquals(io.credence.io.RunRecord.FAILED, history.get(0).status());
    assertTrue(history.get(0).error().contains("read 5 records but scored 4 and rejected 0"), history.toString());
  }
}
