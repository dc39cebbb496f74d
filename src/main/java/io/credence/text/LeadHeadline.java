package io.credence.text;

/**
 * The headline of an article that arrives without a title: pages and text files often open with it as a line of its
 * own. Reading the body's lines from the top (boilerplate already blanked), short label lines ("World", a byline, a
 * section name) are skipped; the first line of {@value #MIN_WORDS} to {@value #MAX_WORDS} words that does not end like a
 * sentence is the headline; a line that ends like a sentence first means the article starts with its text and has no
 * headline line.
 */
public final class LeadHeadline {

  /** Fewest words of a headline line; shorter lines are labels and are skipped. */
  public static final int MIN_WORDS = 4;

  /** Most words of a headline line. */
  public static final int MAX_WORDS = 25;

  private static final String SENTENCE_END = ".!?:;,\"'\u201D\u2019)";

  private LeadHeadline() {}

  /**
   * A headline line: its text (trimmed) and the offset in the body just after it; the lines before it are labels, so
   * the article's text starts after {@code end}.
   */
  public record Line(String text, int end) {}

  /** The headline line of {@code body}, or {@code null} when it opens with its text. */
  public static Line of(String body) {
    if (body == null) {
      return null;
    }
    int start = 0;
    while (start < body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      String line = body.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
        return null;
      }
      int words = words(line);
      if (words > MAX_WORDS) {
        return null;
      }
      if (words >= MIN_WORDS) {
        return new Line(line, end);
      }
    }
    return null;
  }

  private static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean letter = Character.isLetterOrDigit(line.charAt(i));
      words += letter && !inWord ? 1 : 0;
      inWord = letter || (inWord && line.charAt(i) == '\'');
    }
    return words;
  }
}
