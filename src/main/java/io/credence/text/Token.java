package io.credence.text;

/**
 * One token of a sentence, with character offsets into the article text ({@code end} exclusive). A value, equal by
 * text and offsets; its {@link #normalized} form is computed once, on first use (the cue matcher, the writer cues
 * and the headline check all read it).
 */
public final class Token implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final String EDGE_MARKS = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E,.;:!?()[]";

  private final String text;
  private final int begin;
  private final int end;
  private transient String normalized;

  public Token(String text, int begin, int end) {
    this.text = java.util.Objects.requireNonNull(text, "token text");
    this.begin = begin;
    this.end = end;
  }

  /** The token as Spark NLP's tokenizer gives it. */
  public String text() {
    return text;
  }

  /** Offset of its first character in the article text. */
  public int begin() {
    return begin;
  }

  /** Offset just past its last character in the article text. */
  public int end() {
    return end;
  }

  /**
   * The form cues are written in: lower case, typographic apostrophes folded to ASCII, and quote marks or
   * punctuation glued to either edge removed (Spark NLP keeps {@code “Our} and {@code information,”} whole). A token
   * that is only punctuation keeps its marks.
   */
  public String normalized() {
    String n = normalized;
    if (n == null) {
      n = normalize(text);
      normalized = n;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.begin == begin && t.end == end && t.text.equals(text);
  }

  @Override
  public int hashCode() {
    return (text.hashCode() * 31 + begin) * 31 + end;
  }

  @Override
  public String toString() {
    return "Token[text=" + text + ", begin=" + begin + ", end=" + end + "]";
  }

  /** Whether the token is a word: it has a letter or a digit (punctuation and symbols are not words). */
  public boolean isWord() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token's first letter is upper case ("Sullivan", "“Our"); false for a token without letters. */
  public boolean isCapitalised() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return Character.isUpperCase(text.charAt(i));
      }
    }
    return false;
  }

  /** Whether a quotation mark is glued to this token or is this token. */
  public boolean hasQuoteMark() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
        return true;
      }
    }
    return false;
  }

  /** Whether the token ends a clause: it is, or ends with, one of {@code . ; : ! ?}. */
  public boolean endsClause() {
    char last = text.charAt(text.length() - 1);
    return last == '.' && text.length() == 1 || last == ';' || last == ':' || last == '!' || last == '?';
  }

  /** Whether the token is, or ends with, a comma (possibly followed by a closing quote mark). */
  public boolean endsWithComma() {
    int i = text.length() - 1;
    while (i > 0 && EDGE_MARKS.indexOf(text.charAt(i)) >= 0 && text.charAt(i) != ',') {
      i--;
    }
    return text.charAt(i) == ',';
  }

  static String normalize(String raw) {
    return isPlainLowerCase(raw) ? raw : normalizeInFull(raw);
  }

  /** The normal form: lower case (root locale), curly apostrophes straightened, edge marks stripped. */
  static String normalizeInFull(String raw) {
    String s = raw.toLowerCase(java.util.Locale.ROOT);
    if (s.indexOf('\u2019') >= 0 || s.indexOf('\u2018') >= 0) {
      s = s.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    int b = 0;
    int e = s.length();
    while (b < e && EDGE_MARKS.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && EDGE_MARKS.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return b == e ? s : s.substring(b, e);
  }

  /**
   * Whether {@code raw} is its own normal form without the general path: ASCII with no capital letter (so lower-casing
   * and the apostrophe replacement leave it as it is) and no edge mark at either end.
   */
  private static boolean isPlainLowerCase(String raw) {
    int n = raw.length();
    if (n == 0 || EDGE_MARKS.indexOf(raw.charAt(0)) >= 0 || EDGE_MARKS.indexOf(raw.charAt(n - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
