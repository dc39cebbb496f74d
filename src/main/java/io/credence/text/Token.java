package io.credence.text;

/** One token of a sentence, with character offsets into the article text ({@code end} exclusive). */
public record Token(String text, int begin, int end) implements java.io.Serializable {

  /** The lower-cased form with typographic apostrophes folded to ASCII, as cues are written. */
  public String normalized() {
    return normalize(text);
  }

  static String normalize(String raw) {
    String s = raw.toLowerCase(java.util.Locale.ROOT);
    return s.indexOf('\u2019') >= 0 || s.indexOf('\u2018') >= 0
        ? s.replace('\u2019', '\'').replace('\u2018', '\'')
        : s;
  }
}
