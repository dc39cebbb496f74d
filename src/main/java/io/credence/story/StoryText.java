package io.credence.story;

import io.credence.text.SourceWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the story comparison reads text, in plain Java: words (lower-case runs of letters and digits, possessive
 * {@code 's} dropped), their crude stems, content stems (no function words), word shingles, the text outside quotation
 * marks, and whether a text names an outlet.
 */
public final class StoryText {

  /** Stems are cut to this many characters after suffix stripping ("Ukrainians" and "Ukraine" both give "ukrain"). */
  public static final int STEM_LENGTH = 6;

  private static final String QUOTE_MARKS = "\"\u201C\u201D\u00AB\u00BB\u201E\uFF02";

  private StoryText() {}

  /** Lower-case words of {@code text}: maximal runs of letters and digits; a trailing {@code 's} is dropped. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > b) {
        words.add(text.substring(b, i).toLowerCase(Locale.ROOT));
        // "Putin's" / "Putin’s": skip the apostrophe and the s so they do not become a word.
        if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
            && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
          i += 2;
        }
      }
    }
    return words;
  }

  /**
   * A crude stem: {@code -ing}, {@code -ed}, {@code -es}, {@code -s} stripped when three characters remain, then cut to
   * {@link #STEM_LENGTH} characters. Not a linguistic stemmer: it only has to make inflections of one word meet.
   */
  public static String stem(String word) {
    String w = word;
    if (w.length() >= 6 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() >= 5 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() >= 5 && w.endsWith("es") && !w.endsWith("ses")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
  }

  /** The distinct stems of {@code text}'s content words: not function words, three characters or more, a letter. */
  public static Set<String> contentStems(String text, SourceWords words) {
    return new LinkedHashSet<>(contentStemList(text, words));
  }

  /** How many of {@code a}'s elements {@code b} has. */
  public static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      n += b.contains(s) ? 1 : 0;
    }
    return n;
  }

  /** The stems of {@code text}'s content words with repeats, in order (term frequencies for topic vectors). */
  public static List<String> contentStemList(String text, SourceWords words) {
    List<String> stems = new ArrayList<>();
    for (String w : words(text)) {
      if (isContent(w, words)) {
        stems.add(stem(w));
      }
    }
    return stems;
  }

  private static boolean isContent(String w, SourceWords words) {
    if (w.length() < 3 || words.isFunctionWord(w)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The distinct {@code k}-word shingles of {@code words}, each as the words joined by a space. */
  public static Set<String> shingles(List<String> words, int k) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + k <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + k)));
    }
    return out;
  }

  /**
   * {@code text} with every quoted span removed (between a pair of double quotation marks of any form; an unclosed
   * quote runs to the end). Two outlets that quote the same speaker have not copied each other.
   */
  public static String outsideQuotes(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean inQuote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QUOTE_MARKS.indexOf(c) >= 0) {
        inQuote = !inQuote;
        b.append(' ');
      } else if (!inQuote) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The name an article would credit {@code outlet} by: its first domain label, letters and digits only
   * ({@code dailycaller.com} → {@code dailycaller}, {@code mirror.co.uk} → {@code mirror}); null when under 3
   * characters.
   */
  public static String creditKey(String outlet) {
    if (outlet == null) {
      return null;
    }
    String first = outlet.toLowerCase(Locale.ROOT);
    int dot = first.indexOf('.');
    if (dot > 0) {
      first = first.substring(0, dot);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < first.length(); i++) {
      if (Character.isLetterOrDigit(first.charAt(i))) {
        b.append(first.charAt(i));
      }
    }
    return b.length() < 3 ? null : b.toString();
  }

  /**
   * Whether {@code words} name {@code key} ({@link #creditKey}) as one to three consecutive whole words: "Daily
   * Caller" and "dailycaller.com" name {@code dailycaller}; "sometimes" does not name {@code time}.
   */
  public static boolean names(List<String> words, String key) {
    if (key == null) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      StringBuilder joined = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 3); j++) {
        joined.append(words.get(j));
        if (joined.length() > key.length()) {
          break;
        }
        if (joined.length() == key.length() && joined.toString().equals(key)) {
          return true;
        }
      }
    }
    return false;
  }
}
