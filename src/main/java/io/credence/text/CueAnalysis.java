package io.credence.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The cues found in one article: counts per category, every hit, and the article's size in sentences and tokens. */
public record CueAnalysis(int sentences, int tokens, Map<CueCategory, Integer> counts, List<CueHit> hits) {

  /** The count of one category (zero when absent). */
  public int count(CueCategory category) {
    return counts.getOrDefault(category, 0);
  }

  /** Hedges, uncertainty statements and hearsay together: the contract's {@code hedging_cues}. */
  public int hedgingCues() {
    int sum = 0;
    for (CueCategory c : CueCategory.values()) {
      if (c.isHedging()) {
        sum += count(c);
      }
    }
    return sum;
  }

  static Map<CueCategory, Integer> emptyCounts() {
    Map<CueCategory, Integer> m = new EnumMap<>(CueCategory.class);
    for (CueCategory c : CueCategory.values()) {
      m.put(c, 0);
    }
    return m;
  }
}
