package io.credence.ingest;

import java.util.Locale;

/** Why a record was not scored; the lower-case code is what the {@code rejected} table's {@code reason} holds. */
public enum RejectReason {
  /** The line or row could not be parsed in the input format (bad JSON, wrong CSV column count). */
  MALFORMED_RECORD,
  /** {@code text} is missing, empty or only white space. */
  MISSING_TEXT,
  /** There is no {@code outlet} and no {@code url} to derive one from. */
  MISSING_OUTLET,
  /** There is no {@code outlet}, and {@code url} has no host to derive one from. */
  UNPARSEABLE_URL,
  /** {@code published} is present but not a date credence can read. */
  UNPARSEABLE_PUBLISHED,
  /** Spark NLP found no word in the text: no token has a letter or digit (only punctuation or symbols). */
  NO_WORDS,
  /** Segmentation or cue matching failed on this record; {@code raw} names the error. */
  ANALYSIS_FAILED;

  /** The code written to {@code rejected.reason}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
