package io.credence.nlp;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticDictionaries$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.util.List;
import java.util.Locale;
import scala.collection.JavaConverters;

/**
 * The dictionary-abbreviation step of Spark NLP's pragmatic sentence detector as one linear scan over the dots of the
 * text. In Spark NLP 5.5.3 that step ({@code PragmaticContentFormatter.formatAbbreviations(true)}, the rules of
 * {@code PragmaticContentFormatter$.dictAbbrFactory}) is six regexes, applied one after the other, each replacing every
 * {@code .} it matches with the {@code ABBREVIATOR} symbol. Each regex opens with a look-behind over an alternation of
 * the dictionary (prepositive, number or general abbreviations), which the regex engine tries at every position of the
 * document: that is where the detector spends most of its time on news text. In the order the detector applies them,
 * a {@code .} is replaced when it follows, case-insensitively, an abbreviation of the set that begins the text or
 * follows white space, and is followed by:
 * <ol>
 *   <li>prepositive: white space;
 *   <li>prepositive: {@code :} and a digit;
 *   <li>number: white space and a digit;
 *   <li>number: white space and {@code (};
 *   <li>general: {@code .} (one still a dot after rules 1–4), {@code :}, {@code -} (only after white space) or
 *       {@code ?}, or white space and then a lower-case letter, a digit, {@code I} and white space, {@code I'm} or
 *       {@code I'll};
 *   <li>general: {@code ,}.
 * </ol>
 * Only the look-ahead of rule 5 can see what an earlier rule replaced (its {@code \.}); look-behinds read letters,
 * white space and any character for the dictionary's {@code .}, which replacements do not change, and within one
 * rule the regex reads the text as it was before that rule. So one pass deciding rules 1–4 at every dot, then rule 5
 * and 6, gives the detector's result. {@code PragmaticShortcutsTest} compares this scan with the detector's own rules
 * on random strings, and {@code SegmentationEquivalenceTest} the whole detector on real text.
 */
final class DictionaryAbbreviations {

  private static final char ABBREVIATOR = symbol();

  private final String[] prepositive;
  private final String[] number;
  private final String[] general;

  private DictionaryAbbreviations(String[] prepositive, String[] number, String[] general) {
    this.prepositive = prepositive;
    this.number = number;
    this.general = general;
  }

  /** The scan over the dictionaries of the Spark NLP on the class path. */
  static DictionaryAbbreviations fromSparkNlp() {
    PragmaticDictionaries$ d = PragmaticDictionaries$.MODULE$;
    return new DictionaryAbbreviations(
        lower(d.PREPOSITIVE_ABBREVIATIONS()), lower(d.NUMBER_ABBREVIATIONS()), lower(d.ABBREVIATIONS()));
  }

  private static String[] lower(scala.collection.Seq<String> abbreviations) {
    List<String> list = JavaConverters.seqAsJavaList(abbreviations);
    String[] out = new String[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i).toLowerCase(Locale.ROOT);
      if (!out[i].matches("[a-z.]+")) {
        throw new IllegalStateException("Unexpected abbreviation in Spark NLP's dictionary: " + list.get(i));
      }
    }
    return out;
  }

  private static char symbol() {
    String s = PragmaticSymbols$.MODULE$.ABBREVIATOR();
    if (s.length() != 1) {
      throw new IllegalStateException("Spark NLP's ABBREVIATOR symbol is not one character: '" + s + "'");
    }
    return s.charAt(0);
  }

  /** {@code text} with every dot the dictionary rules protect replaced by the detector's ABBREVIATOR symbol. */
  String apply(String text) {
    int n = text.length();
    int first = text.indexOf('.');
    if (first < 0) {
      return text;
    }
    // Rules 1-4 decided at every dot first: rule 5's look-ahead sees their replacements.
    boolean[] early = new boolean[n];
    for (int p = first; p >= 0; p = text.indexOf('.', p + 1)) {
      early[p] = earlyRules(text, p);
    }
    char[] out = null;
    for (int p = first; p >= 0; p = text.indexOf('.', p + 1)) {
      if (early[p] || lateRules(text, p, early)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[p] = ABBREVIATOR;
      }
    }
    return out == null ? text : new String(out);
  }

  private boolean earlyRules(String text, int p) {
    int n = text.length();
    char next = p + 1 < n ? text.charAt(p + 1) : 0;
    int after = after(text, p, prepositive);
    if (after != 0) {
      if (p + 1 < n && PragmaticShortcuts.isSpace(next)) {
        return true;
      }
      if (next == ':' && p + 2 < n && isDigit(text.charAt(p + 2))) {
        return true;
      }
    }
    if (after(text, p, number) != 0 && p + 1 < n && PragmaticShortcuts.isSpace(next)) {
      if (p + 2 < n && isDigit(text.charAt(p + 2))) {
        return true;
      }
      int q = p + 1;
      while (q < n && PragmaticShortcuts.isSpace(text.charAt(q))) {
        q++;
      }
      return q < n && text.charAt(q) == '(';
    }
    return false;
  }

  private boolean lateRules(String text, int p, boolean[] early) {
    int where = after(text, p, general);
    if (where == 0) {
      return false;
    }
    int n = text.length();
    if (p + 1 >= n) {
      return false;
    }
    char next = text.charAt(p + 1);
    if (next == ',' || next == ':' || next == '?' || (next == '.' && !early[p + 1])) {
      return true;
    }
    if (next == '-' && (where & AFTER_SPACE) != 0) {
      return true;
    }
    if (!PragmaticShortcuts.isSpace(next) || p + 2 >= n) {
      return false;
    }
    char c = text.charAt(p + 2);
    if ((c >= 'a' && c <= 'z') || isDigit(c)) {
      return true;
    }
    if (c != 'I' || p + 3 >= n) {
      return false;
    }
    char d = text.charAt(p + 3);
    return PragmaticShortcuts.isSpace(d)
        || (d == '\'' && (text.startsWith("m", p + 4) || text.startsWith("ll", p + 4)));
  }

  private static final int AFTER_SPACE = 1;
  private static final int AT_START = 2;

  /**
   * Whether the dot at {@code p} follows an abbreviation of {@code set}: {@link #AFTER_SPACE} when one follows white
   * space, {@link #AT_START} when one begins the text, 0 when neither.
   */
  private static int after(String text, int p, String[] set) {
    int where = 0;
    for (String abbr : set) {
      int start = p - abbr.length();
      if (start < 0 || !matches(text, start, abbr)) {
        continue;
      }
      if (start == 0) {
        where |= AT_START;
      } else if (PragmaticShortcuts.isSpace(text.charAt(start - 1))) {
        where |= AFTER_SPACE;
      }
    }
    return where;
  }

  /** Case-insensitive (ASCII) match of {@code abbr} at {@code start}, its {@code .} matching any non-terminator. */
  private static boolean matches(String text, int start, String abbr) {
    for (int i = 0; i < abbr.length(); i++) {
      char a = abbr.charAt(i);
      char c = text.charAt(start + i);
      if (a == '.') {
        if (PragmaticShortcuts.isLineTerminator(c)) {
          return false;
        }
      } else if (c != a && !(c >= 'A' && c <= 'Z' && c + 32 == a)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
