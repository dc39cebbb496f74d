package io.credence.text;

import java.util.Locale;

/** The families of cues credence counts; each becomes an integer column {@code <column>} in article features. */
public enum CueCategory {
  /** Epistemic hedges: may, might, could, possibly, appears, suggests. */
  HEDGE("hedge_cues"),
  /** Statements that something is unknown: "unclear whether", "it is not known". */
  UNCERTAINTY("uncertainty_cues"),
  /** Hearsay and weasel wording: "reportedly", "allegedly", "it is believed". */
  HEARSAY("hearsay_cues"),
  /** Attribution verbs and "according to", when the source is not anonymous. */
  ATTRIBUTION("attribution_cues"),
  /** Attributions to unnamed sources: "officials said", "a person familiar with". */
  ANONYMOUS_SOURCE("anonymous_source_cues"),
  /** Loaded or sensational words: "killer", "bloody", "slams". */
  LOADED("loaded_cues"),
  /** Direct quotations of four words or more. */
  QUOTE("quotes");

  private final String column;

  CueCategory(String column) {
    this.column = column;
  }

  /** The article-features column that counts this category. */
  public String column() {
    return column;
  }

  /** The lower-case name used in lexicon files and in cue evidence. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a lexicon label such as {@code anonymous_source}. */
  public static CueCategory fromLabel(String label) {
    for (CueCategory c : values()) {
      if (c.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown cue category '" + label + "'");
  }

  /** Whether this category counts towards the contract's {@code hedging_cues}. */
  public boolean isHedging() {
    return this == HEDGE || this == UNCERTAINTY || this == HEARSAY;
  }
}
