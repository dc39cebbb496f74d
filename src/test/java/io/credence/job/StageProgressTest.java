package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunManifest;
import io.credence.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class StageProgressTest {

  @Test
  void eachStepRunsUnderADescribedJobGroupAndPrintsOneLine() {
    SparkSession spark = SparkTestSession.get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Map<String, Long> stages = RunManifest.stages();
    StageProgress progress = StageProgress.begin(spark, "credence score 2026-01-15", out);
    try {
      progress.step(stages, "read", () -> spark.range(200_000));
      long read = progress.step(stages, "read", () -> spark.range(200_000).count());
      String[] description = new String[1];
      long analysed =
          progress.step(
              stages,
              "analyse",
              () -> {
                description[0] = spark.sparkContext().getLocalProperty("spark.job.description");
                return spark.range(read).count();
              });
      progress.step(stages, "commit", () -> null);
      assertEquals(200_000L, analysed);
      assertEquals("credence score 2026-01-15: analyse 200,000 articles (validate, segment, find cues)", description[0]);
    } finally {
      StageProgress.end();
    }
    assertNull(spark.sparkContext().getLocalProperty("spark.job.description"));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).matches("credence score 2026-01-15: read and count the input: 200,000 records, done in .*"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("credence score 2026-01-15: analyse 200,000 articles"), lines.get(1));
    assertTrue(lines.get(2).startsWith("credence score 2026-01-15: commit the night: done in "), lines.get(2));
    assertEquals(List.of("read", "analyse", "commit"), List.copyOf(stages.keySet()));
    assertTrue(StageProgress.current().step(stages, "other", () -> 1L) == 1L, "outside a run steps still run");
  }

  @Test
  void durationsReadAsAPersonWritesThem() {
    assertEquals("850 ms", StageProgress.duration(850));
    assertEquals("4.2 s", StageProgress.duration(4_230));
    assertEquals("3m 07s", StageProgress.duration(187_000));
    assertEquals("1h 02m", StageProgress.duration(3_720_000));
  }
}
