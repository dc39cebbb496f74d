package io.credence.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long text into pieces for sentence detection. Spark NLP's SentenceDetector takes time quadratic in the number
 * of sentences it is given (10,000 one-word sentences take seconds; a 1 MB page of them would take most of an hour),
 * so text is detected piece by piece, each piece holding at most {@link #MAX_MARKS} sentence marks ({@code . ! ?} or a
 * line break) and {@link #MAX_CHARS} characters. Cuts fall on a paragraph break when one is in the second half of the
 * piece, else a line break, else after sentence-final punctuation and a space, else at a space, and only as a last
 * resort mid-word; a cut never splits a surrogate pair. A news article of ordinary length is one piece.
 */
final class TextChunks {

  /** The most characters in a piece. */
  static final int MAX_CHARS = 65_536;

  /** The most sentence marks in a piece. */
  static final int MAX_MARKS = 256;

  private TextChunks() {}

  /** The start offsets of the pieces of {@code text}; the first is 0, each piece ends where the next starts. */
  static List<Integer> starts(String text, int maxChars, int maxMarks) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int start = 0;
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        marks++;
      }
      if (marks > maxMarks || i + 1 - start > maxChars) {
        int cut = cut(text, start + (i + 1 - start) / 2, i);
        starts.add(cut);
        start = cut;
        marks = 0;
        i = cut - 1;
      }
    }
    return starts;
  }

  /** Whether the period at {@code dot} ends a short capitalised word ("Mr.", "Gen.", "Jan."), likely a title. */
  private static boolean afterTitle(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return dot - start <= 4 && dot > start && Character.isUpperCase(text.charAt(start));
  }

  /** The best cut in {@code [from, to]}: the end offset of the piece. */
  private static int cut(String text, int from, int to) {
    int line = -1;
    int sentence = -1;
    int space = -1;
    for (int i = to; i > from; i--) {
      char c = text.charAt(i - 1);
      if (c == '\n') {
        if (i >= 2 && text.charAt(i - 2) == '\n') {
          return i;
        }
        if (line < 0) {
          line = i;
        }
      } else if (Character.isWhitespace(c)) {
        if (sentence < 0 && i >= 2 && ".!?".indexOf(text.charAt(i - 2)) >= 0 && !afterTitle(text, i - 2)) {
          sentence = i;
        }
        if (space < 0) {
          space = i;
        }
      }
    }
    if (line >= 0) {
      return line;
    }
    if (sentence >= 0) {
      return sentence;
    }
    if (space >= 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
  }
}
