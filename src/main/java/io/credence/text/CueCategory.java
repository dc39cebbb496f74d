package io.credence.text;

import java.util.Locale;

/** The families of cues credence counts; each becomes an integer column {@code <column>} in article features. */
public enum CueCategory {
  /** Epistemic hedges: might, possibly, appears to, suggests, "may be", "could have". */
  HEDGE("hedge_cues"),
  /** Bare modal auxiliaries (may, could) whose reading is epistemic or root (permission, ability): counted apart. */
  MODAL("modal_cues"),
  /** Approximators: "up to 300", "several hundred", "roughly", "an estimated". */
  APPROXIMATOR("approximator_cues"),
  /** Statements that something is unknown: "unclear whether", "could not be independently verified". */
  UNCERTAINTY("uncertainty_cues"),
  /** Hearsay: "reportedly", "allegedly", "it is believed", "some say". */
  HEARSAY("hearsay_cues"),
  /** Weasel wording: vague quantifiers and passives standing in for a source ("many", "is widely regarded"). */
  WEASEL("weasel_cues"),
  /** Boosters and certainty markers: "clearly", "undoubtedly", "proof that". */
  BOOSTER("booster_cues"),
  /** Attribution verbs and "according to", when the source is not anonymous. */
  ATTRIBUTION("attribution_cues"),
  /** Attributions to unnamed sources: "officials said", "a person familiar with". */
  ANONYMOUS_SOURCE("anonymous_source_cues"),
  /** Loaded or sensational words: "killer", "bloody", "slams". */
  LOADED("loaded_cues"),
  /** The writer's own stance: "I think", "in my opinion", "OPINION:". */
  OPINION("opinion_cues"),
  /** Clickbait and call-to-action chrome left in the body: "Sign up", "READ:", "you won't believe". */
  CLICKBAIT("clickbait_cues"),
  /** Direct quotations of four words or more. */
  QUOTE("quotes"),
  /** Lines stripped as boilerplate before analysis (subscription prompts, photo credits, licensing footers). */
  BOILERPLATE("boilerplate_lines");

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
    return this == HEDGE || this == UNCERTAINTY || this == HEARSAY || this == WEASEL;
  }

  /** Whether a hit of this category attributes a claim to a source. */
  public boolean isAttribution() {
    return this == ATTRIBUTION || this == ANONYMOUS_SOURCE;
  }

  /** Whether a negation just before a hit reverses it ("it is not unclear", "did not say", "not clearly"). */
  public boolean isNegatable() {
    return this == UNCERTAINTY || this == BOOSTER || this == ATTRIBUTION || this == ANONYMOUS_SOURCE;
  }
}
