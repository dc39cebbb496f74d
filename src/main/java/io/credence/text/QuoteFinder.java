package io.credence.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in article text: curly, low-9, guillemet, straight and full-width double quotes, curly,
 * low-9 and angle single quotes, and CJK corner brackets, with quotes inside quotes kept inside their outer quotation.
 * A right single quote followed by a letter is an apostrophe (it’s), not a close. A straight quote opens when it follows white space or an opening bracket
 * and is followed by a non-space, and closes otherwise, so mixed pairs (“…") work. A quote left open at a line break
 * ends there, as multi-paragraph quotes do in news copy (scraped text often has one line per paragraph). Runs in one
 * linear pass.
 */
public final class QuoteFinder {

  /** Quotes shorter than this many words are scare quotes ("hundreds"), not quotations. */
  public static final int MIN_WORDS = 4;

  private QuoteFinder() {}

  /** One quotation span, {@code end} exclusive and including the quote marks. */
  public record Span(int begin, int end, int words) {}

  /** All outermost quotation spans of at least {@link #MIN_WORDS} words, in text order. */
  public static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && depth > 0) {
        add(spans, text, open, i);
        open = -1;
        depth = 0;
        continue;
      }
      boolean opening;
      if (c == '\u201C' || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u2018' || c == '\u201A'
          || c == '\u2039' || c == '\u300C' || c == '\u300E') {
        opening = true;
      } else if (c == '\u201D' || c == '\u00BB' || c == '\u203A' || c == '\u300D' || c == '\u300F') {
        opening = false;
      } else if (c == '\u2019') {
        if (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          continue;
        }
        opening = false;
      } else if (c == '"' || c == '\uFF02') {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014-".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
        opening = depth == 0 || (before && after);
      } else {
        continue;
      }
      if (opening) {
        if (depth == 0) {
          open = i;
        }
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth == 0) {
          add(spans, text, open, i + 1);
          open = -1;
        }
      }
    }
    if (depth > 0) {
      add(spans, text, open, n);
    }
    return spans;
  }

  private static void add(List<Span> spans, String text, int begin, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = begin; i < end; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    if (words >= MIN_WORDS) {
      spans.add(new Span(begin, end, words));
    }
  }
}
