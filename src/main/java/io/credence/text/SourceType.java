package io.credence.text;

import java.util.Locale;

/** Who an attribution points to, decided from the words around it. */
public enum SourceType {
  /** A person by name or by a pronoun or title standing for one: "Jake Sullivan said", "said Kofman", "he added". */
  NAMED_PERSON,
  /** An organisation, office, document or spokesperson: "the White House said", "the Kremlin spokesman". */
  INSTITUTIONAL,
  /** Another outlet's reporting: "Reuters reported", "according to Politico", "Iranian state media said". */
  MEDIA,
  /** Unnamed people: "officials said", "a source familiar with", "experts say". */
  ANONYMOUS,
  /** No subject could be identified near the attribution. */
  UNRESOLVED;

  /** The lower-case name used in cue evidence. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
