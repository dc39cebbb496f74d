package io.credence.ingest;

/**
 * Cheap, linear checks on article text before any NLP: binary or mostly non-text content, and cutting text to a byte
 * cap at a character boundary. Only a bounded prefix is inspected, so a check costs the same on any input size.
 */
public final class TextContent {

  /** Characters inspected by {@link #isBinary}. */
  public static final int SAMPLE_CHARS = 65_536;

  /** Share of control, replacement, private-use or unpaired-surrogate characters above which text is binary. */
  public static final double MAX_JUNK_SHARE = 0.05;

  /** Share of letters among non-space characters below which text is "mostly not text" (base64, hex, symbols). */
  public static final double MIN_LETTER_SHARE = 0.30;

  /** The letter-share rule applies only to samples with at least this many non-space characters. */
  public static final int MIN_CHARS_FOR_LETTER_SHARE = 200;

  private static final byte JUNK = 1;
  private static final byte VISIBLE = 2;
  private static final byte LETTER = 4;

  /** What the general rules below say of each ASCII character, tabulated once (the common case, one lookup). */
  private static final byte[] ASCII_KIND = asciiKinds();

  private TextContent() {}

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      boolean visible = !Character.isWhitespace(c) && !Character.isSpaceChar(c);
      kinds[c] =
          (byte) ((isJunk(c) ? JUNK : 0) | (visible ? VISIBLE : 0) | (visible && Character.isLetter(c) ? LETTER : 0));
    }
    return kinds;
  }

  /**
   * True when the first {@link #SAMPLE_CHARS} characters look like binary data rather than prose: more than {@link
   * #MAX_JUNK_SHARE} of them are control characters (other than tab, line and page breaks), U+FFFD (bytes that were
   * not UTF-8), private-use or unpaired surrogates; or, over at least {@link #MIN_CHARS_FOR_LETTER_SHARE} non-space
   * characters, fewer than {@link #MIN_LETTER_SHARE} are letters (number dumps, symbol runs). Shorter text is left to
   * the {@code no_words} and {@code too_short} checks.
   */
  public static boolean isBinary(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int n = Math.min(text.length(), SAMPLE_CHARS);
    int junk = 0;
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        byte kind = ASCII_KIND[c];
        junk += kind & JUNK;
        visible += (kind & VISIBLE) >> 1;
        letters += (kind & LETTER) >> 2;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = text.codePointAt(i);
        visible++;
        if (Character.isLetter(cp)) {
          letters++;
        } else if (Character.getType(cp) == Character.PRIVATE_USE || !Character.isDefined(cp)) {
          junk++;
        }
        i++;
        continue;
      }
      if (isJunk(c)) {
        junk++;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        visible++;
        if (Character.isLetter(c)) {
          letters++;
        }
      }
    }
    if (junk > MAX_JUNK_SHARE * n) {
      return true;
    }
    return visible >= MIN_CHARS_FOR_LETTER_SHARE && letters < MIN_LETTER_SHARE * visible;
  }

  private static boolean isJunk(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      return false;
    }
    return Character.isISOControl(c)
        || c == '\uFFFD'
        || Character.isSurrogate(c)
        || Character.getType(c) == Character.PRIVATE_USE
        || !Character.isDefined(c);
  }

  /**
   * The longest prefix of {@code text} that fits in {@code maxBytes} of UTF-8, never splitting a character, and ending
   * at the last white space of its final 1,000 characters when there is one (so no word is cut in half).
   * Returns {@code text} itself when it fits.
   */
  public static String truncateUtf8(String text, long maxBytes) {
    if (text == null) {
      return null;
    }
    long bytes = 0;
    int end = 0;
    while (end < text.length()) {
      char c = text.charAt(end);
      int width;
      int chars = 1;
      if (c < 0x80) {
        width = 1;
      } else if (c < 0x800) {
        width = 2;
      } else if (Character.isHighSurrogate(c) && end + 1 < text.length() && Character.isLowSurrogate(text.charAt(end + 1))) {
        width = 4;
        chars = 2;
      } else {
        width = 3;
      }
      if (bytes + width > maxBytes) {
        break;
      }
      bytes += width;
      end += chars;
    }
    if (end == text.length()) {
      return text;
    }
    for (int i = end - 1; i > 0 && i >= end - 1000; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return text.substring(0, i);
      }
    }
    return text.substring(0, end);
  }
}
