package io.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

  private static OutletRow outlet(int rank, String name, String band) {
    return new OutletRow(
        rank, name, 3 + rank, 90.0 - rank, 80.0 - rank, 95.0 - rank, band, List.of("+ direct quotes 1.8x corpus"),
        null, Map.of());
  }

  private static RunManifest manifest(Map<String, Long> rejected) {
    long r = rejected.values().stream().mapToLong(Long::longValue).sum();
    return new RunManifest(
        "2022-07-15", "a1", "succeeded", "0.1.0", "in", "jsonl", "default", "0123456789abcdef0123", "s", "f",
        RunManifest.Counts.of(30 + r, 30, r), rejected, 25, 30, new LinkedHashMap<>());
  }

  @Test
  void upToTwentyOutletsAreAllListedWithTheirBands() {
    List<OutletRow> outlets = new ArrayList<>();
    for (int i = 1; i <= RunSummary.ALL_UP_TO; i++) {
      outlets.add(outlet(i, "outlet-" + i + ".example", i % 2 == 0 ? "high" : "mixed"));
    }
    String text = new RunSummary(manifest(Map.of()), outlets, List.of("out/outlet_scores/run_date=2022-07-15"), "out")
        .render();
    for (OutletRow o : outlets) {
      assertTrue(text.contains(o.outlet()), o.outlet());
    }
    assertTrue(text.contains("rejected: none"), text);
    assertTrue(text.contains("out/outlet_scores/run_date=2022-07-15"), text);
    assertTrue(text.contains("jobs/credence report --output out --run-date 2022-07-15 --html"), text);
    String first = text.lines().filter(l -> l.contains("outlet-1.example")).findFirst().orElseThrow();
    assertTrue(first.matches("\\s+1\\s+outlet-1\\.example\\s+4\\s+89\\.0 \\(79\\.0-94\\.0\\)\\s+mixed\\s+\\+ direct.*"),
        first);
  }

  @Test
  void aboveTwentyOutletsTheTopAndBottomTenAreListed() {
    List<OutletRow> outlets = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      outlets.add(outlet(i, String.format("o%02d", i), "mixed"));
    }
    String text = new RunSummary(manifest(Map.of()), outlets, List.of(), "out").render();
    for (int i = 1; i <= 25; i++) {
      boolean shown = i <= 10 || i > 15;
      assertEquals(shown, text.contains(String.format("o%02d ", i)), "o" + i + " in\n" + text);
    }
    assertTrue(text.contains("(5 more outlets, ranked 11 to 15)"), text);
  }

  @Test
  void rejectedRecordsAreListedByReasonMostFirst() {
    Map<String, Long> rejected = new LinkedHashMap<>();
    rejected.put("missing_outlet", 2L);
    rejected.put("too_short", 5L);
    String text = new RunSummary(manifest(rejected), List.of(), List.of(), "out").render();
    assertTrue(text.contains("rejected: 7 (too_short 5, missing_outlet 2)"), text);
    assertTrue(text.contains("no outlet has an article in the window"), text);
    assertFalse(text.contains("rank"), text);
  }
}
