package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Source typing on {@code credence/attribution_sentences.tsv}: sentences labelled by hand (seeds, invented and
 * news-style sentences written for the file) with the source type of one attribution cue. Prints the accuracy per
 * source type and requires at least {@value #REQUIRED} for each.
 */
class AttributionTypingTest {

  static final double REQUIRED = 0.95;

  private static final CueMatcher MATCHER = CueMatcher.standard();

  private record Labelled(SourceType expected, String cue, String text) {}

  @Test
  void everySourceTypeIsRightAtLeast95PercentOfTheTime() throws IOException {
    List<Labelled> rows = read();
    assertTrue(rows.size() >= 150, "labelled sentences: " + rows.size());
    Map<SourceType, int[]> byType = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Labelled row : rows) {
      SourceType found = typeOf(row);
      int[] c = byType.computeIfAbsent(row.expected(), k -> new int[2]);
      c[1]++;
      if (found == row.expected()) {
        c[0]++;
      } else {
        misses.add(row.expected().label() + " <- " + (found == null ? "no cue '" + row.cue() + "' among " + cues(row)
            : found.label()) + ": " + row.text());
      }
    }
    StringBuilder report = new StringBuilder("source typing on " + rows.size() + " labelled sentences\n");
    for (Map.Entry<SourceType, int[]> e : byType.entrySet()) {
      report.append(String.format(java.util.Locale.ROOT, "%-14s %3d / %3d  %.3f%n", e.getKey().label(),
          e.getValue()[0], e.getValue()[1], (double) e.getValue()[0] / e.getValue()[1]));
    }
    System.out.print(report);
    misses.forEach(m -> System.out.println("  miss " + m));
    for (Map.Entry<SourceType, int[]> e : byType.entrySet()) {
      double accuracy = (double) e.getValue()[0] / e.getValue()[1];
      assertTrue(accuracy >= REQUIRED, report + String.join("\n", misses));
    }
    assertTrue(byType.keySet().containsAll(
        List.of(SourceType.NAMED_PERSON, SourceType.INSTITUTIONAL, SourceType.MEDIA, SourceType.ANONYMOUS)));
  }

  /** The source type of the row's cue in the last sentence: the first attribution hit with that phrase. */
  private static SourceType typeOf(Labelled row) {
    String[] sentences = row.text().split(" \\| ");
    List<Sentence> article = PlainTokens.article(sentences);
    CueAnalysis a = MATCHER.analyze(String.join(" ", sentences), article);
    int last = sentences.length - 1;
    for (CueHit h : a.hits()) {
      if (h.sentenceIndex() == last && h.category().isAttribution() && h.cue().equals(row.cue())) {
        return h.sourceType();
      }
    }
    return null;
  }

  private static List<String> cues(Labelled row) {
    String[] sentences = row.text().split(" \\| ");
    return MATCHER.analyze(String.join(" ", sentences), PlainTokens.article(sentences)).hits().stream()
        .filter(h -> h.category().isAttribution())
        .map(CueHit::cue)
        .toList();
  }

  private static List<Labelled> read() throws IOException {
    List<Labelled> rows = new ArrayList<>();
    try (InputStream in = AttributionTypingTest.class.getResourceAsStream("/credence/attribution_sentences.tsv")) {
      assertTrue(in != null, "attribution_sentences.tsv is missing from the test resources");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertTrue(f.length == 3, "three tab-separated fields expected: " + line);
        rows.add(new Labelled(SourceType.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)), f[1], f[2]));
      }
    }
    return rows;
  }
}
