package io.credence.text;

import java.util.List;

/**
 * Headline signals after Horne &amp; Adali (2017), who found that fake news "packs a lot in the title": its length in
 * words, all-capitals words, the share of capitalised words and of function words, exclamation and question marks, and
 * clickbait or loaded cues. Every field is {@code null} when the article has no title.
 */
public record Headline(
    Integer words,
    Integer allCapsWords,
    Double capitalizedShare,
    Double stopwordShare,
    Integer exclamationsAndQuestions,
    Integer clickbaitCues) {

  /** The column names of the fields, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "headline_words",
          "headline_all_caps_words",
          "headline_capitalized_share",
          "headline_stopword_share",
          "headline_exclamations_questions",
          "headline_clickbait_cues");

  /** The features of an absent or blank title. */
  public static final Headline NONE = new Headline(null, null, null, null, null, null);

  /**
   * The features of a title given as its text and tokens; clickbait cues are the clickbait and loaded hits of {@code
   * matcher} over the tokens.
   */
  public static Headline of(String title, List<Token> tokens, CueMatcher matcher, SourceWords words) {
    if (title == null || title.isBlank()) {
      return NONE;
    }
    int wordCount = 0;
    int caps = 0;
    int capitalised = 0;
    int stop = 0;
    for (Token t : tokens) {
      if (!t.isWord()) {
        continue;
      }
      String s = t.text();
      int letters = 0;
      int upper = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          upper += Character.isUpperCase(c) ? 1 : 0;
        }
      }
      wordCount++;
      caps += letters >= 2 && upper == letters ? 1 : 0;
      capitalised += t.isCapitalised() ? 1 : 0;
      stop += words.isFunctionWord(t.normalized()) ? 1 : 0;
    }
    int marks = 0;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      marks += c == '!' || c == '?' ? 1 : 0;
    }
    int clickbait = 0;
    for (CueHit h : matcher.matchTokens(tokens)) {
      clickbait += h.category() == CueCategory.CLICKBAIT || h.category() == CueCategory.LOADED ? 1 : 0;
    }
    Double capShare = wordCount == 0 ? null : (double) capitalised / wordCount;
    Double stopShare = wordCount == 0 ? null : (double) stop / wordCount;
    return new Headline(wordCount, caps, capShare, stopShare, marks, clickbait);
  }

  /** The field values in {@link #COLUMNS} order. */
  public List<Object> values() {
    return java.util.Arrays.asList(
        words, allCapsWords, capitalizedShare, stopwordShare, exclamationsAndQuestions, clickbaitCues);
  }
}
