package io.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import io.credence.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletScorerTest {

  static SparkSession spark;

  /** Two features: named attribution raises the score, loaded language lowers it. */
  static final String PROFILE =
      """
      {"format": 1, "name": "test", "version": "1", "intercept": 0.0,
       "features": [
         {"name": "attribution", "label": "named attribution", "transform": "log1p", "weight": 1.0, "center": 1.0, "scale": 0.5},
         {"name": "loaded", "label": "loaded language", "weight": -1.0, "center": 2.0, "scale": 2.0}],
       "outlet": {"prior_articles": 3, "min_articles": 5}}
      """;

  static final StructType ARTICLES =
      new StructType()
          .add("outlet", DataTypes.StringType)
          .add("attribution", DataTypes.DoubleType)
          .add("loaded", DataTypes.DoubleType);

  @BeforeAll
  static void start() {
    spark = SparkTestSession.get();
  }

  static ScoringProfile profile() {
    return ScoringProfile.parse(PROFILE.getBytes(StandardCharsets.UTF_8), "test");
  }

  /** {@code outlets} outlets of {@code articles} articles each; outlet quality varies, articles vary around it. */
  static List<Row> corpus(int outlets, int articles, long seed) {
    List<Row> rows = new ArrayList<>();
    for (int o = 0; o < outlets; o++) {
      SplittableRandom r = new SplittableRandom(seed * 31 + o);
      double quality = r.nextDouble();
      for (int a = 0; a < articles; a++) {
        rows.add(RowFactory.create(String.format("outlet-%02d", o), Math.max(0, 4 * quality + r.nextGaussian()),
            Math.max(0, 4 * (1 - quality) + 2 * r.nextGaussian())));
      }
    }
    return rows;
  }

  static Map<String, Row> score(List<Row> rows) {
    Dataset<Row> articles = spark.createDataFrame(rows, ARTICLES);
    Map<String, Row> out = new TreeMap<>();
    for (Row r : new OutletScorer(profile()).score(articles, List.of("attribution", "loaded")).collectAsList()) {
      out.put(r.getAs("outlet"), r);
    }
    return out;
  }

  @Test
  void addingAnUnrelatedOutletMovesNoOtherScoreByMoreThanThreePoints() {
    List<Row> base = corpus(20, 8, 1);
    Map<String, Row> before = score(base);
    List<Row> more = new ArrayList<>(base);
    for (int a = 0; a < 8; a++) {
      more.add(RowFactory.create("zz-extreme", 0.0, 12.0));
    }
    Map<String, Row> after = score(more);
    assertEquals(21, after.size());
    double worst = 0;
    for (String o : before.keySet()) {
      double b = before.get(o).getAs("reliability");
      double a = after.get(o).getAs("reliability");
      worst = Math.max(worst, Math.abs(b - a));
    }
    System.out.printf("stability: largest move %.3f points after adding one extreme outlet to 20%n", worst);
    // Outlets are shrunk on the logit scale, where an extreme outlet sits further from the corpus than on the 0-100
    // scale that saturates: the largest move is 2.3 points here (0.71 when outlets were shrunk on the 0-100 scale).
    assertTrue(worst <= 3.0, "an unrelated outlet moved a score by " + worst);
    assertTrue((double) after.get("zz-extreme").getAs("reliability") < 20, "the extreme outlet itself scores low");
  }

  @Test
  void fewArticlesCannotGiveAnExtremeScoreAndWidenTheInterval() {
    List<Row> rows = corpus(20, 10, 3);
    rows.add(RowFactory.create("tiny", 6.0, 0.0));
    rows.add(RowFactory.create("tiny", 6.0, 0.0));
    for (int a = 0; a < 10; a++) {
      rows.add(RowFactory.create("big", 6.0, 0.0));
    }
    Map<String, Row> s = score(rows);
    Row tiny = s.get("tiny");
    Row big = s.get("big");
    double tinyScore = tiny.getAs("reliability");
    assertEquals((double) tiny.getAs("reliability_unshrunk"), (double) big.getAs("reliability_unshrunk"), 1e-9);
    double bigScore = big.getAs("reliability");
    assertTrue(tinyScore < bigScore - 5, "2 articles are shrunk harder: " + tiny + big);
    assertTrue(tinyScore < (double) tiny.getAs("reliability_unshrunk"));
    double tinyWidth = (double) tiny.getAs("reliability_high") - (double) tiny.getAs("reliability_low");
    double bigWidth = (double) big.getAs("reliability_high") - (double) big.getAs("reliability_low");
    assertTrue(tinyWidth > bigWidth, tinyWidth + " vs " + bigWidth);
    for (Row r : s.values()) {
      double low = r.getAs("reliability_low");
      double high = r.getAs("reliability_high");
      double mid = r.getAs("reliability");
      assertTrue(0 <= low && low <= mid && mid <= high && high <= 100, r.toString());
    }
    assertEquals(ScoringProfile.INSUFFICIENT, tiny.getAs("band"));
    assertEquals("high", big.getAs("band"));
  }

  @Test
  void bandsFollowTheRatingScale() {
    OutletScorer scorer = new OutletScorer(profile());
    Dataset<Row> d =
        spark.createDataFrame(
            List.of(RowFactory.create(85.0, 9), RowFactory.create(80.0, 9), RowFactory.create(79.9, 9),
                RowFactory.create(60.0, 9), RowFactory.create(45.0, 9), RowFactory.create(39.9, 9),
                RowFactory.create(99.0, 4)),
            new StructType().add("r", DataTypes.DoubleType).add("n", DataTypes.IntegerType));
    List<String> bands =
        d.select(scorer.band(d.col("r"), d.col("n"))).collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(
        List.of("high", "high", "generally reliable", "generally reliable", "mixed", "low", "insufficient"), bands);
  }

  @Test
  void driversNameTheFeaturesThatMoveTheOutletAgainstTheCorpus() {
    List<Row> rows = corpus(20, 6, 4);
    for (int a = 0; a < 6; a++) {
      rows.add(RowFactory.create("sourced", 8.0, 0.5));
    }
    List<String> drivers = score(rows).get("sourced").getList(score(rows).get("sourced").fieldIndex("top_drivers"));
    assertEquals(2, drivers.size(), "one entry per profile feature, at most 3");
    assertTrue(drivers.get(0).matches("\\+ named attribution \\d+\\.\\dx corpus"), drivers.toString());
    assertTrue(drivers.get(1).startsWith("+ loaded language 0."), drivers.toString());
  }

  @Test
  void profileErrorsNameTheProblem() {
    ScoringProfile p = profile();
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> p.checkFeatures(List.of("attribution")));
    assertTrue(unknown.getMessage().contains("unknown feature(s) [loaded]"), unknown.getMessage());
    IllegalArgumentException transform =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringProfile.parse(PROFILE.replace("log1p", "sqrt").getBytes(StandardCharsets.UTF_8), "x"));
    assertTrue(transform.getMessage().contains("unknown transform 'sqrt'"), transform.getMessage());
    IllegalArgumentException format =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringProfile.parse(PROFILE.replace("\"format\": 1", "\"format\": 9")
                .getBytes(StandardCharsets.UTF_8), "x"));
    assertTrue(format.getMessage().contains("format 9"), format.getMessage());
  }

  @Test
  void shippedProfileIsCalibratedAndRoundTrips() {
    ScoringProfile standard = ScoringProfile.standard();
    assertEquals("default", standard.name());
    assertTrue(standard.document().calibration().get("cv").get("spearman").path("sd").isNumber(),
        "the default profile records its CV figures, with a spread over the repeats");
    assertNotNull(standard.document().link(), "the shipped profile carries a fitted calibration map");
    assertTrue(standard.document().link().slope() > 0, "the shipped calibration map is monotone");
    ScoringProfile again = ScoringProfile.of(standard.document());
    assertEquals(standard.features(), again.features());
    assertEquals(ScoringProfile.DEFAULT_BANDS, again.bands());
  }

  /** Issue #4's sanity check: the tabloid aggregator page (seed 004) does not outscore the wire rewrites. */
  @Test
  void tabloidSeedDoesNotOutscoreTheWireRewrites(@TempDir Path out) {
    LocalDate date = LocalDate.of(2022, 7, 15);
    ScoreJob.run(spark, ScoreOptions.builder().input("data/sample").output(out.toString()).runDate(date).build());
    Map<String, Double> score = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve("outlet_scores").toString()).collectAsList()) {
      score.put(r.getAs("outlet"), r.getAs("reliability"));
      assertEquals(ScoringProfile.INSUFFICIENT, r.getAs("band"), "one article each is below min_articles");
    }
    System.out.println("sample scores: " + score);
    assertTrue(score.get("mirror.co.uk") <= score.get("unknown-outlet-000"), score.toString());
    assertTrue(score.get("mirror.co.uk") <= score.get("unknown-outlet-002"), score.toString());
  }
}
