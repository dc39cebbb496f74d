package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jobs/spark-defaults.conf carries the settings a cluster run depends on, in the form spark-submit reads. */
class SparkDefaultsTest {

  static Map<String, String> defaults() throws IOException {
    Map<String, String> conf = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("jobs/spark-defaults.conf"), StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] kv = trimmed.split("\\s+", 2);
      assertEquals(2, kv.length, "no value in: " + line);
      assertEquals(null, conf.put(kv[0], kv[1]), "set twice: " + kv[0]);
    }
    return conf;
  }

  @Test
  void everyExecutorAndTheDriverGetTheJava17Openings() throws IOException {
    Map<String, String> conf = defaults();
    List<String> opens = Files.readAllLines(Path.of("jobs/java17-opens.txt"), StandardCharsets.UTF_8);
    for (String key : List.of("spark.driver.extraJavaOptions", "spark.executor.extraJavaOptions")) {
      List<String> options = List.of(conf.get(key).split("\\s+"));
      for (String open : opens) {
        if (!open.isBlank()) {
          assertTrue(options.contains(open.strip()), key + " lacks " + open);
        }
      }
    }
  }

  /** The pom's surefire argLine ({@code spark.add-opens}) carries the same list: this test JVM was started with it. */
  @Test
  void theTestJvmGetsTheJava17Openings() throws IOException {
    List<String> arguments = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (String open : Files.readAllLines(Path.of("jobs/java17-opens.txt"), StandardCharsets.UTF_8)) {
      if (!open.isBlank()) {
        assertTrue(arguments.contains(open.strip()), "surefire's argLine (pom.xml spark.add-opens) lacks " + open);
      }
    }
  }

  @Test
  void kryoZstdAndAdaptiveExecutionAreOn() throws IOException {
    Map<String, String> conf = defaults();
    assertEquals("org.apache.spark.serializer.KryoSerializer", conf.get("spark.serializer"));
    assertEquals("zstd", conf.get("spark.sql.parquet.compression.codec"));
    assertEquals("true", conf.get("spark.sql.adaptive.enabled"));
    assertEquals("true", conf.get("spark.sql.adaptive.coalescePartitions.enabled"));
    assertTrue(Integer.parseInt(conf.get("spark.sql.shuffle.partitions")) > 0);
  }
}
