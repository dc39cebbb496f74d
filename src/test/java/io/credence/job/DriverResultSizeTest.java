package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunManifest;
import io.credence.testing.SparkTestSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No driver bottleneck: the score job runs under a {@code spark.driver.maxResultSize} far smaller than its articles
 * and evidence, so it cannot be collecting them to the driver. Runs in its own JVM (tag {@code own-session}) because
 * the limit is fixed when the JVM's first SparkContext starts.
 */
@Tag(SparkTestSession.OWN_SESSION)
class DriverResultSizeTest {

  static final String LIMIT = "256k";
  static final int ARTICLES = 600;
  static final LocalDate DATE = LocalDate.of(2022, 7, 20);
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.builder().config("spark.driver.maxResultSize", LIMIT).getOrCreate();
    assertEquals(LIMIT, spark.sparkContext().getConf().get("spark.driver.maxResultSize"),
        "this class must start the JVM's first SparkContext; run it in the own-session surefire execution");
  }

  /** Articles whose text and evidence carry random codes, so that compression cannot shrink them below the limit. */
  static Path articles(Path dir) throws IOException {
    Random random = new Random(7);
    Path file = dir.resolve("articles.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
          String code = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
          text.append(
              String.format(
                  "According to the %s report, officials said it is unclear whether %d units were delivered. ",
                  code, random.nextInt(1000)));
        }
        out.write(
            String.format(
                "{\"id\":\"a%d\",\"outlet\":\"outlet-%d.org\",\"text\":\"%s\",\"published\":\"2022-07-12\"}%n",
                i, i % 7, text.toString().trim()));
      }
    }
    return file;
  }

  @Test
  void scoringNeverCollectsArticlesOrEvidenceToTheDriver(@TempDir Path in, @TempDir Path out) throws IOException {
    Path input = articles(in);
    RunManifest manifest =
        ScoreJob.run(spark, ScoreOptions.builder().input(input.toString()).output(out.toString()).runDate(DATE).build());
    assertEquals(RunManifest.Counts.of(ARTICLES, ARTICLES, 0), manifest.counts());
    assertEquals(7, manifest.outlets());

    // The control: collecting the evidence the job just wrote does exceed the limit, so the limit was in force.
    SparkException e =
        assertThrows(
            SparkException.class,
            () -> spark.read().parquet(out.resolve("cue_evidence").toString()).collectAsList());
    assertTrue(e.getMessage().contains("spark.driver.maxResultSize"), e.getMessage());
  }
}
