package io.credence.text;

import java.util.List;

/**
 * One lexicon entry: its token sequence ({@code #} stands for any number), its category ({@code null} for a blocking
 * phrase such as "that said", which consumes its tokens so that no cue inside it fires), a weight hint for scoring
 * and the source it was curated from.
 */
public record Cue(String phrase, List<String> tokens, CueCategory category, double weight, String source)
    implements java.io.Serializable {

  /** Whether matching this entry records a hit, as opposed to blocking one. */
  public boolean counts() {
    return category != null;
  }
}
