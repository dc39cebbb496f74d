package io.credence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Escaping and cue mark-up for the report: every piece of data goes through {@link #esc} on its way to the page. */
final class Html {

  /** Sentences longer than this are shown as a window around their first marked cue. */
  static final int SENTENCE_CHARS = 600;

  private Html() {}

  /** {@code s}, cut to {@code max} characters with an ellipsis when it is longer. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The first 12 hex digits of a hash (a profile's sha256), as the report and the summary name it; null: empty. */
  static String shortHash(String sha) {
    return sha == null ? "" : sha.substring(0, Math.min(12, sha.length()));
  }

  /** {@code s} as HTML text or attribute value ({@code & < > " '} escaped); null as an empty string. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The sentence as escaped HTML with each occurrence of a cue wrapped in {@code <mark>}: white space collapsed,
   * matched case-insensitively with curly quotes and apostrophes folded to straight ones, at word boundaries, longest
   * cue first and never overlapping (a quote is recorded by its first 60 characters, which are marked). A sentence
   * longer than {@link #SENTENCE_CHARS} is cut around its first mark.
   */
  static String marked(String sentence, List<String> cues) {
    String text = String.join(" ", sentence.strip().split("\\s+"));
    String folded = fold(text);
    boolean[] taken = new boolean[text.length()];
    List<int[]> marks = new ArrayList<>();
    List<String> byLength = new ArrayList<>(cues);
    byLength.sort((a, b) -> Integer.compare(b.length(), a.length()));
    for (String cue : byLength) {
      String c = fold(String.join(" ", cue.strip().split("\\s+")));
      if (c.isEmpty()) {
        continue;
      }
      // A quote is recorded by its first 60 characters, which may end inside a word.
      boolean quote = c.charAt(0) == '"' || c.charAt(0) == '\'';
      for (int at = folded.indexOf(c); at >= 0; at = folded.indexOf(c, at + 1)) {
        int end = at + c.length();
        if (boundary(folded, at, c, true) && (quote || boundary(folded, end, c, false)) && free(taken, at, end)) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          marks.add(new int[] {at, end});
        }
      }
    }
    marks.sort((a, b) -> Integer.compare(a[0], b[0]));
    int from = 0;
    int to = text.length();
    if (text.length() > SENTENCE_CHARS) {
      int first = marks.isEmpty() ? 0 : marks.get(0)[0];
      from = Math.max(0, Math.min(first - SENTENCE_CHARS / 3, text.length() - SENTENCE_CHARS));
      to = from + SENTENCE_CHARS;
    }
    StringBuilder b = new StringBuilder();
    if (from > 0) {
      b.append("…");
    }
    int pos = from;
    for (int[] m : marks) {
      if (m[0] < from || m[1] > to) {
        continue;
      }
      b.append(esc(text.substring(pos, m[0]))).append("<mark>").append(esc(text.substring(m[0], m[1])))
          .append("</mark>");
      pos = m[1];
    }
    b.append(esc(text.substring(pos, to)));
    if (to < text.length()) {
      b.append("…");
    }
    return b.toString();
  }

  /** Lower case and straight quotes, character by character (so offsets stay those of {@code s}). */
  private static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      out[i] =
          switch (c) {
            case '\u2018', '\u2019', '\u02bc' -> '\'';
            case '\u201c', '\u201d' -> '"';
            default -> c;
          };
    }
    return new String(out);
  }

  /** A cue that starts (or ends) with a letter or digit must not continue a word of the text there. */
  private static boolean boundary(String text, int at, String cue, boolean start) {
    char edge = start ? cue.charAt(0) : cue.charAt(cue.length() - 1);
    if (!Character.isLetterOrDigit(edge)) {
      return true;
    }
    int neighbour = start ? at - 1 : at;
    return neighbour < 0 || neighbour >= text.length() || !Character.isLetterOrDigit(text.charAt(neighbour));
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code 12.3} with one decimal, or an en dash for null or NaN. */
  static String num(Double v) {
    return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%.1f", v);
  }
}
