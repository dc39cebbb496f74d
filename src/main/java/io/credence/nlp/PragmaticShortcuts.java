package io.credence.nlp;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticDictionaries$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scala.collection.JavaConverters;

/**
 * Cheap, exact pre-checks on the rules of Spark NLP's pragmatic SentenceDetector (5.5.3, default settings).
 *
 * <p>{@link #dictionaryAbbreviationMayFire} says whether any dictionary abbreviation rule could fire; when it cannot,
 * the detector with {@code useAbbreviations=false} gives identical output. {@link #plainBreaks} returns the sentence
 * breaks of a "plain" document, one on which no protecting rule (abbreviations, numbers, lists, ellipses,
 * punctuation between quotes or brackets, exclamation rules) can touch a sentence terminator, so that the detector
 * would break after every {@code .} and {@code ;} and after every {@code [!?]+} run followed by white space or the
 * end; for any other document it returns {@code null} and the detector must run. Both are proven against the detector
 * by {@code SegmentationEquivalenceTest}; the hand-written rule scans against the detector's regexes by
 * {@code PragmaticShortcutsTest}.
 */
final class PragmaticShortcuts {

  /** Dictionary abbreviations as the detector's regexes spell them, lower-cased; {@code .} matches any character. */
  private static final String[] ABBREVIATIONS = dictionary();

  /** Characters the detector uses as internal markers; a document containing one always goes to the detector. */
  private static final BitSet SYMBOLS = symbols();

  private PragmaticShortcuts() {}

  /** The white space of Java regexes ({@code \s} without UNICODE_CHARACTER_CLASS), as the detector's rules see it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * True when a dictionary abbreviation rule could fire: some {@code .} is preceded by white space (or the start) and
   * an abbreviation. Ignores the rules' look-aheads, so it may say true where no rule fires, never the reverse.
   */
  static boolean dictionaryAbbreviationMayFire(String text) {
    for (int p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
      if (abbreviationBefore(text, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean abbreviationBefore(String text, int p) {
    for (String abbr : ABBREVIATIONS) {
      int start = p - abbr.length();
      if (start < 0 || (start > 0 && !isSpace(text.charAt(start - 1)))) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < abbr.length() && match; i++) {
        char a = abbr.charAt(i);
        char c = text.charAt(start + i);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        match = a == '.' || a == c;
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /**
   * The break offsets (exclusive ends of the raw pieces) the detector would produce on a plain document, or
   * {@code null} when the document is not plain and the detector must run.
   */
  static int[] plainBreaks(String text) {
    int n = text.length();
    List<Integer> breaks = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      char c = text.charAt(p);
      if (c < ' ' ? !isSpace(c) : SYMBOLS.get(c)) {
        return null;
      }
      if (c == ';') {
        breaks.add(p + 1);
      } else if (c == '.') {
        if (!plainPeriod(text, p)) {
          return null;
        }
        breaks.add(p + 1);
      } else if (c == '!' || c == '?') {
        int end = p;
        boolean exclamation = false;
        while (end < n && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
          exclamation = text.charAt(end) == '!';
          end++;
        }
        if (p == 0 || isSpace(text.charAt(p - 1))) {
          return null;
        }
        char after = end < n ? text.charAt(end) : 0;
        if (after == '\'' || after == '"' || after == '$' || after == ',') {
          return null;
        }
        if (end == n || isSpace(after)) {
          if (exclamation && end + 1 < n && text.charAt(end + 1) >= 'a' && text.charAt(end + 1) <= 'z') {
            return null;
          }
          breaks.add(end);
        } else if (exclamation) {
          return null;
        }
        p = end - 1;
      }
    }
    if (listRuleFires(text) || terminatorBetween(text)) {
      return null;
    }
    int[] out = new int[breaks.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = breaks.get(i);
    }
    return out;
  }

  /** A {@code .} that no rule protects: it ends a word and is followed by white space, a closing quote or the end. */
  private static boolean plainPeriod(String text, int p) {
    if (p == 0) {
      return false;
    }
    char prev = text.charAt(p - 1);
    char next = p + 1 < text.length() ? text.charAt(p + 1) : ' ';
    boolean closingQuote = next == '\u201D' || next == '\u2019';
    if (!isSpace(next) && !closingQuote) {
      return false;
    }
    if (Character.isDigit(prev) && (closingQuote || shortNumberBefore(text, p))) {
      return false;
    }
    if (prev == '°' || prev == '.' || (prev >= 'A' && prev <= 'Z' && (p < 2 || isSpace(text.charAt(p - 2))))) {
      return false;
    }
    if (p >= 2 && text.startsWith("Co", p - 2)) {
      return false;
    }
    return !abbreviationBefore(text, p);
  }

  /** One or two digits (optionally after '-') directly before {@code p}: list and start-of-line number rules. */
  private static boolean shortNumberBefore(String text, int p) {
    int start = p;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && text.charAt(start - 1) == '-') {
      start--;
    }
    return p - start <= 3 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
  }

  /**
   * Whether one of the detector's list rules matches somewhere in {@code text}, checked by hand exactly as its regexes
   * ({@code PragmaticContentFormatter.formatLists}; kept verbatim in the test that compares the two) would match:
   * {@code (\()[a-z]+\)|^[a-z]+\)} and the eight number-list alternatives around {@code \d{1,2}\.}.
   */
  static boolean listRuleFires(String text) {
    return letterListFires(text) || numberListFires(text);
  }

  static boolean letterListFires(String text) {
    int n = text.length();
    int start = 0;
    while (start < n && isLower(text.charAt(start))) {
      start++;
    }
    if (start > 0 && start < n && text.charAt(start) == ')') {
      return true;
    }
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      int q = p + 1;
      while (q < n && isLower(text.charAt(q))) {
        q++;
      }
      if (q > p + 1 && q < n && text.charAt(q) == ')') {
        return true;
      }
    }
    return false;
  }

  static boolean numberListFires(String text) {
    int n = text.length();
    if (n > 0 && text.charAt(0) == '-') {
      // ^\-\d{1,2}(.\)) : one or two digits, any character but a line terminator, then ')'.
      for (int k = 1; k <= 2 && 1 + k <= n && isDigit(text.charAt(k)); k++) {
        if (2 + k < n && !isLineTerminator(text.charAt(1 + k)) && text.charAt(2 + k) == ')') {
          return true;
        }
      }
    }
    for (int p = text.indexOf('.'); p >= 0 && p + 1 < n; p = text.indexOf('.', p + 1)) {
      boolean spaceAfter = isSpace(text.charAt(p + 1));
      boolean parenAfter = text.charAt(p + 1) == ')';
      if (!spaceAfter && !parenAfter) {
        continue;
      }
      for (int d = p - 1; d >= 0 && d >= p - 2 && isDigit(text.charAt(d)); d--) {
        if (d == 0 || isSpace(text.charAt(d - 1))) {
          return true;
        }
        if (text.charAt(d - 1) == '-') {
          if (d - 1 == 0 ? spaceAfter : isSpace(text.charAt(d - 2)) ? spaceAfter : text.charAt(d - 2) == 's' && parenAfter) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A line terminator of Java regexes (without UNIX_LINES): what {@code .} does not match and {@code $} may precede. */
  static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Whether a quote or bracket protection rule covers a terminator (it would then not break there). Scans for the
   * rules' matches in one pass each, exactly as {@code Matcher.find} would find them (the regexes are kept in
   * {@code PragmaticShortcutsTest} as the specification and compared with the scans).
   */
  static boolean terminatorBetween(String text) {
    return terminatorBetween(text, '\'', '\'', true)
        || terminatorBetween(text, '"', '"', false)
        || terminatorBetween(text, '[', ']', false)
        || terminatorBetween(text, '(', ')', false);
  }

  /**
   * Successive leftmost matches of {@code open [\w\s?!.,]+ close} (the class also holds {@code close} and {@code |}
   * when {@code closeInClass}, and then the greedy run backs off to its last {@code close}); true when one contains a
   * terminator, for single quotes counting the character after the match too.
   */
  private static boolean terminatorBetween(String text, char open, char close, boolean closeInClass) {
    int n = text.length();
    int i = text.indexOf(open);
    while (i >= 0) {
      int j = i + 1;
      while (j < n && inBetweenClass(text.charAt(j), close, closeInClass)) {
        j++;
      }
      int end = -1;
      if (closeInClass) {
        int k = text.lastIndexOf(close, j - 1);
        if (k >= i + 2) {
          end = k + 1;
        }
      } else if (j > i + 1 && j < n && text.charAt(j) == close) {
        end = j + 1;
      }
      if (end < 0) {
        i = text.indexOf(open, i + 1);
        continue;
      }
      // Spark NLP 5.5.3's single-quote rule ends in (?:\W), which takes the character after the closing quote
      // ("'a joke'." protects that period): for single quotes the covered span reaches one character further.
      int covered = closeInClass ? Math.min(n, end + 1) : end;
      for (int p = i + 1; p < covered; p++) {
        char c = text.charAt(p);
        if (c == '.' || c == '!' || c == '?' || c == ';') {
          return true;
        }
      }
      i = text.indexOf(open, end);
    }
    return false;
  }

  /**
   * {@code [\w\s?!\.,]} in Java's default (ASCII) classes, plus {@code close} when it belongs to the class; for
   * single quotes ({@code closeInClass}) also {@code |}, which Spark NLP 5.5.3's rule
   * {@code (?<=\s|^)'[\w\s?!\.,|'\w]+'(?:\W)} admits (its look-behind and trailing {@code \W} only narrow the
   * matches, so the scan stays a cover of that rule).
   */
  private static boolean inBetweenClass(char c, char close, boolean closeInClass) {
    return (closeInClass && c == '|')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || isSpace(c)
        || c == '?'
        || c == '!'
        || c == '.'
        || c == ','
        || (closeInClass && c == close);
  }

  private static String[] dictionary() {
    PragmaticDictionaries$ d = PragmaticDictionaries$.MODULE$;
    Set<String> all = new LinkedHashSet<>();
    for (scala.collection.Iterable<String> set :
        List.of(d.ABBREVIATIONS(), d.PREPOSITIVE_ABBREVIATIONS(), d.NUMBER_ABBREVIATIONS())) {
      for (String a : JavaConverters.asJavaIterable(set)) {
        all.add(a.toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (String a : all) {
      if (!a.matches("[a-z.]+")) {
        throw new IllegalStateException("Unexpected abbreviation rule in Spark NLP's dictionary: " + a);
      }
    }
    return all.toArray(new String[0]);
  }

  private static BitSet symbols() {
    BitSet chars = new BitSet(65536);
    try {
      for (Method m : PragmaticSymbols$.class.getMethods()) {
        if (m.getParameterCount() == 0 && m.getReturnType() == String.class) {
          for (char c : ((String) m.invoke(PragmaticSymbols$.MODULE$)).toCharArray()) {
            if (c > 127) {
              chars.set(c);
            }
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read Spark NLP's pragmatic symbols", e);
    }
    if (chars.isEmpty()) {
      throw new IllegalStateException("Spark NLP's pragmatic symbols were not found");
    }
    return chars;
  }
}
