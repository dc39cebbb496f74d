package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthJobTest {

  private static SynthOptions options(Path dir, int outlets, int perOutlet, int perFile) {
    return new SynthOptions(outlets, perOutlet, 7L, dir.toString(), LocalDate.of(2024, 1, 1), 3, perFile);
  }

  @Test
  void sameSeedGivesIdenticalBytes(@TempDir Path a, @TempDir Path b) throws Exception {
    assertEquals(12, SynthJob.run(options(a, 3, 4, 100)));
    SynthJob.run(options(b, 3, 4, 100));
    assertArrayEquals(Files.readAllBytes(a.resolve("articles-00000.jsonl")), Files.readAllBytes(b.resolve("articles-00000.jsonl")));
    assertArrayEquals(Files.readAllBytes(a.resolve(SynthJob.TRUTH_FILE)), Files.readAllBytes(b.resolve(SynthJob.TRUTH_FILE)));
  }

  @Test
  void addingAnOutletLeavesTheOthersUnchanged(@TempDir Path a, @TempDir Path b) throws Exception {
    SynthJob.run(options(a, 2, 5, 100));
    SynthJob.run(options(b, 3, 5, 100));
    List<String> two = Files.readAllLines(a.resolve("articles-00000.jsonl"));
    List<String> three = Files.readAllLines(b.resolve("articles-00000.jsonl"));
    assertEquals(two, three.subList(0, two.size()));
  }

  @Test
  void articlesFollowTheInputContractAndRotateFiles(@TempDir Path dir) throws Exception {
    SynthJob.run(options(dir, 2, 5, 4));
    assertTrue(Files.exists(dir.resolve("articles-00002.jsonl")));
    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("articles-00000.jsonl")).get(0));
    for (String field : List.of("id", "outlet", "url", "title", "text", "published")) {
      assertTrue(first.hasNonNull(field), field);
    }
    assertTrue(first.get("text").asText().length() > 1500, "an article is a few KB of text");
    List<String> truth = Files.readAllLines(dir.resolve(SynthJob.TRUTH_FILE));
    assertEquals(3, truth.size());
    assertTrue(truth.get(1).startsWith(SynthJob.outletName(0) + ","));
  }

  @Test
  void plantedReliabilitySpansTheScale() {
    SynthJob.Traits careful = new SynthJob.Traits(1, 0, 0, 0, 1);
    SynthJob.Traits careless = new SynthJob.Traits(0, 1, 1, 1, 0);
    assertEquals(100.0, careful.reliability(), 1e-9);
    assertEquals(0.0, careless.reliability(), 1e-9);
  }

  @Test
  void badOptionsNameTheValue(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> options(dir, 0, 5, 4));
    assertTrue(e.getMessage().contains("--outlets must be > 0, got 0"), e.getMessage());
  }
}
