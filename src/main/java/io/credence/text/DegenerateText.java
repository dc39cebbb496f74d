package io.credence.text;

import java.util.List;
import java.util.Locale;

/**
 * Articles whose structure makes per-sentence and per-token rates meaningless, rejected as {@code degenerate_text}
 * rather than scored: 200 KB of cue words without punctuation is one "sentence" with thousands of cues, and its rates
 * would put it at the top of any ranking. The limits are far beyond real news (a long real sentence has under 100
 * words; the commonest English word, "the", is about 6 to 7 % of running text; the five seed articles carry 2.4 to 4.8
 * hedging, attribution and anonymous-source cues per 100 words, as DegenerateTextTest prints; the density limit is set
 * well above that so that the cue-heavy synthetic articles of {@code credence synth} (not measured) stay clear).
 */
public final class DegenerateText {

  /** Words in one sentence beyond which the text has no sentence breaks to speak of. */
  public static final int MAX_SENTENCE_WORDS = 1000;

  /** Share of all words that one word may take, in texts of at least {@link #MIN_WORDS_FOR_SHARES} words. */
  public static final double MAX_REPEATED_SHARE = 0.5;

  /** Hedging, attribution and anonymous-source cues per 100 words beyond which the density is not real. */
  public static final double MAX_CUES_PER_100_WORDS = 30.0;

  /** The share and density tests apply from this many words on (a short text's rates are just noisy). */
  public static final int MIN_WORDS_FOR_SHARES = 200;

  private DegenerateText() {}

  /** Why the analysed text is degenerate (one readable phrase for {@code rejected.raw}), or {@code null}. */
  public static String reason(List<Sentence> sentences, CueAnalysis analysis) {
    int words = 0;
    int longest = 0;
    // Boyer and Moore's majority vote: a word with more than half of all words is the candidate left at the end.
    String candidate = null;
    int votes = 0;
    for (Sentence s : sentences) {
      int inSentence = 0;
      for (Token t : s.tokens()) {
        if (t.isWord()) {
          inSentence++;
          String word = t.text().toLowerCase(Locale.ROOT);
          if (votes == 0) {
            candidate = word;
            votes = 1;
          } else {
            votes += word.equals(candidate) ? 1 : -1;
          }
        }
      }
      words += inSentence;
      longest = Math.max(longest, inSentence);
    }
    if (longest > MAX_SENTENCE_WORDS) {
      return String.format(
          "degenerate text: a sentence of %d words (more than %d without a sentence break)", longest,
          MAX_SENTENCE_WORDS);
    }
    if (words < MIN_WORDS_FOR_SHARES) {
      return null;
    }
    int top = candidate == null ? 0 : occurrences(sentences, candidate);
    if (top > MAX_REPEATED_SHARE * words) {
      return String.format(
          "degenerate text: '%s' is %d of %d words (more than %.0f %%)", truncate(candidate), top, words,
          MAX_REPEATED_SHARE * 100);
    }
    int cues =
        analysis.hedgingCues()
            + analysis.count(CueCategory.ATTRIBUTION)
            + analysis.count(CueCategory.ANONYMOUS_SOURCE);
    double density = 100.0 * cues / words;
    if (density > MAX_CUES_PER_100_WORDS) {
      return String.format(
          "degenerate text: %d hedging, attribution and anonymous-source cues in %d words (%.1f per 100, more than"
              + " %.0f)", cues, words, density, MAX_CUES_PER_100_WORDS);
    }
    return null;
  }

  /** How many word tokens are {@code word}, compared lower-cased. */
  private static int occurrences(List<Sentence> sentences, String word) {
    int n = 0;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (t.isWord() && t.text().length() == word.length() && t.text().toLowerCase(Locale.ROOT).equals(word)) {
          n++;
        }
      }
    }
    return n;
  }

  private static String truncate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
