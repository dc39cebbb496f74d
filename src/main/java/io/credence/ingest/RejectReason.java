package io.credence.ingest;

import java.util.Locale;

/** Why a record was not scored; the lower-case code is what the {@code rejected} table's {@code reason} holds. */
public enum RejectReason {
  /** The line or row could not be parsed in the input format (bad JSON, wrong CSV column count). */
  MALFORMED_RECORD,
  /** {@code text} is missing, empty or only white space (and there is no {@code text_html} to extract it from). */
  MISSING_TEXT,
  /** The text is binary or mostly not text: control or replacement characters, or hardly any letters. */
  BINARY_CONTENT,
  /** There is no {@code outlet} and no {@code url} to derive one from. */
  MISSING_OUTLET,
  /** There is no {@code outlet}, and {@code url} has no host to derive one from. */
  UNPARSEABLE_URL,
  /** {@code published} is present but not a date credence can read. */
  UNPARSEABLE_PUBLISHED,
  /**
   * {@code published} is a date, but outside {@link PublishedDates#EARLIEST} to the run date plus {@link
   * PublishedDates#FUTURE_DAYS} ({@code 0001-11-30}, {@code 9999-12-31}).
   */
  IMPLAUSIBLE_PUBLISHED,
  /** The text's language, by {@link LanguageGuess}, is not one that {@code --languages} allows. */
  LANGUAGE_UNSUPPORTED,
  /** Another record of this run has the same {@code id} and was kept (see {@link ArticleValidator}). */
  DUPLICATE_ID,
  /** Spark NLP found no word in the text: no token has a letter or digit (only punctuation or symbols). */
  NO_WORDS,
  /** The text has fewer words than {@code --min-tokens}. */
  TOO_SHORT,
  /**
   * The text's structure makes rates meaningless (a sentence of over 1,000 words, one word over half the text, cue
   * density beyond real news); see {@link io.credence.text.DegenerateText}. {@code raw} says which.
   */
  DEGENERATE_TEXT,
  /** Segmentation or cue matching failed on this record; {@code raw} names the error. */
  ANALYSIS_FAILED;

  /** The code written to {@code rejected.reason}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
