package io.credence.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in article text: curly, low-9, guillemet and straight double quotes. A quote left open at a
 * paragraph break ends there, as multi-paragraph quotes do in news copy. Runs in one linear pass.
 */
public final class QuoteFinder {

  /** Quotes shorter than this many words are scare quotes ("hundreds"), not quotations. */
  public static final int MIN_WORDS = 4;

  private QuoteFinder() {}

  /** One quotation span, {@code end} exclusive and including the quote marks. */
  public record Span(int begin, int end, int words) {}

  /** All quotation spans of at least {@link #MIN_WORDS} words, in text order. */
  public static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (isOpening(c)) {
          open = i;
        }
      } else if (isClosing(c) || c == '"') {
        add(spans, text, open, i + 1);
        open = -1;
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        add(spans, text, open, i);
        open = -1;
      }
    }
    if (open >= 0) {
      add(spans, text, open, text.length());
    }
    return spans;
  }

  private static boolean isOpening(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
  }

  private static boolean isClosing(char c) {
    return c == '\u201D' || c == '\u00BB';
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
