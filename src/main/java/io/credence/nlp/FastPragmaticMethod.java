package io.credence.nlp;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.collection.JavaConverters;

/**
 * Spark NLP's {@code DefaultPragmaticMethod} (what the default SentenceDetector runs), exact and cheaper. The
 * dictionary-abbreviation step is {@link DictionaryAbbreviations}' linear scan instead of the detector's look-behind
 * regexes, and the number, multiple-period and basic-breaker steps are one-pass scans of their few simple regexes;
 * the abbreviation and between-punctuation steps run Spark NLP's rules one by one, each only where a scan shows it
 * may match ({@link GatedRules}); every other formatting step is Spark NLP's own. The steps run in the order {@code
 * DefaultPragmaticMethod} calls them in 5.5.3 (lists, numbers, abbreviations, punctuation, multiple periods, geo-locations, ellipses,
 * between-punctuation, question and exclamation marks, basic breakers), and one of Spark NLP's is skipped when its
 * regexes cannot match the text as it stands (for each step, a scan for a character pattern every match of its
 * regexes contains). The symbolised text is then split as {@code PragmaticSentenceExtractor.pull} splits it, in one pass
 * instead of its look-ahead per break (which reads to the next protection marker or the end of the text, so is
 * quadratic in the sentences). Proven against the detector by {@code SegmentationEquivalenceTest}, the scans by
 * {@code DictionaryAbbreviationsTest} and {@code FastPragmaticMethodTest}; used only on the Spark NLP version it was
 * proven on ({@link SparkNlpVersion}).
 */
final class FastPragmaticMethod implements Serializable {

  private static final char BREAK = symbol(PragmaticSymbols$.MODULE$.BREAK_INDICATOR());
  private static final char OPEN = symbol(PragmaticSymbols$.MODULE$.PROTECTION_MARKER_OPEN());
  private static final char CLOSE = symbol(PragmaticSymbols$.MODULE$.PROTECTION_MARKER_CLOSE());
  private static final char NUM = symbol(PragmaticSymbols$.MODULE$.NUM_INDICATOR());
  private static final char MULT_PERIOD = symbol(PragmaticSymbols$.MODULE$.MULT_PERIOD());
  private static final char DOT = symbol(PragmaticSymbols$.MODULE$.DOT());
  private static final char SEMICOLON = symbol(PragmaticSymbols$.MODULE$.SEMICOLON());

  /** What each symbol stands for in the output ({@code PragmaticSymbols.symbolRecovery}), by character. */
  private static final Map<Character, String> RECOVERY = recovery();

  /** The lowest character in {@link #RECOVERY}: text below it (ASCII and most of Unicode) needs no look-up. */
  private static final char LOWEST_RECOVERED = java.util.Collections.min(RECOVERY.keySet());

  private final boolean useAbbreviations;
  private final boolean detectLists;
  private transient DictionaryAbbreviations dictionary;
  private transient Steps steps;

  /**
   * The rule steps run rule by rule where a scan shows a rule may match ({@link GatedRules}): the two halves of {@code
   * formatAbbreviations(false)} (its special-abbreviation protections, then its standard rules with the abbreviator
   * symbol), {@code formatBetweenPunctuations} and {@code formatLists(true)}.
   */
  private static final class Steps {
    private static final PragmaticContentFormatter$ FORMATTER = PragmaticContentFormatter$.MODULE$;

    final GatedRules specialAbbreviations = GatedRules.symbolic(FORMATTER.specialAbbrFactory());
    final GatedRules standardAbbreviations =
        GatedRules.withSymbol(FORMATTER.stdAbbrFactory(), PragmaticSymbols$.MODULE$.ABBREVIATOR());
    final GatedRules betweenPunctuations = GatedRules.symbolic(FORMATTER.formatBetweenPunctuationsFactory());
    /** {@code formatLists(true)}: its factory's rules. */
    final GatedRules lists = GatedRules.symbolic(FORMATTER.formatListsFactory());
  }

  FastPragmaticMethod(boolean useAbbreviations, boolean detectLists) {
    this.useAbbreviations = useAbbreviations;
    this.detectLists = detectLists;
  }

  /** The sentences of {@code text} exactly as the detector's pragmatic method gives them (ends inclusive). */
  List<Sentence> extractBounds(String text) {
    return pull(symbolise(text), text);
  }

  /** The text with the detector's symbols, as {@code PragmaticContentFormatter} leaves it for the extractor. */
  String symbolise(String text) {
    if (steps == null) {
      steps = new Steps();
    }
    String listed = detectLists ? steps.lists.apply(text) : text;
    String wip = steps.standardAbbreviations.apply(steps.specialAbbreviations.apply(numbers(listed)));
    if (useAbbreviations) {
      if (dictionary == null) {
        dictionary = DictionaryAbbreviations.fromSparkNlp();
      }
      wip = dictionary.apply(wip);
    }
    PragmaticContentFormatter f = new PragmaticContentFormatter(wip);
    if (wip.indexOf('!') >= 0 || wip.indexOf('?') >= 0) {
      f.formatPunctuations();
    }
    f = new PragmaticContentFormatter(multiplePeriods(f.finish()));
    if (f.finish().contains("\u00b0.")) {
      f.formatGeoLocations();
    }
    if (f.finish().contains("...")) {
      f.formatEllipsisRules();
    }
    wip = steps.betweenPunctuations.apply(f.finish());
    f = new PragmaticContentFormatter(wip);
    if (wip.contains("?'") || wip.contains("?\"")) {
      f.formatQuotationMarkInQuotation();
    }
    if (wip.indexOf('!') >= 0) {
      f.formatExclamationPoint();
    }
    return basicBreakers(f.finish());
  }

  /**
   * {@code formatNumbers} (5.5.3) in one pass: a {@code .} becomes {@code NUM_INDICATOR} under any of its rules
   * {@code (?<=\d)\.(?=\d)}, {@code \.(?=\d)}, {@code (?<=\d)\.(?=\S)}, {@code (?<=^\d)\.(?=(\s\S)|\))} and
   * {@code (?<=^\d\d)\.(?=(\s\S)|\))}. The rules run one after the other, but none of their look-arounds can tell a
   * {@code .} from the symbol that replaces it (both are neither digit, white space nor {@code )}), so deciding every
   * dot on the text as it came in is the same.
   */
  static String numbers(String s) {
    int n = s.length();
    char[] out = null;
    for (int p = s.indexOf('.'); p >= 0; p = s.indexOf('.', p + 1)) {
      boolean digitBefore = p > 0 && isDigit(s.charAt(p - 1));
      boolean hasNext = p + 1 < n;
      char next = hasNext ? s.charAt(p + 1) : 0;
      boolean fire = (hasNext && isDigit(next)) || (digitBefore && hasNext && !PragmaticShortcuts.isSpace(next));
      if (!fire && (p == 1 || p == 2) && isDigit(s.charAt(0)) && (p == 1 || isDigit(s.charAt(1)))) {
        fire = next == ')'
            || (hasNext && PragmaticShortcuts.isSpace(next) && p + 2 < n && !PragmaticShortcuts.isSpace(s.charAt(p + 2)));
      }
      if (fire) {
        out = replace(s, out, p, NUM);
      }
    }
    return out == null ? s : new String(out);
  }

  /** {@code formatMultiplePeriods} (5.5.3) in one pass: {@code (?<=\w)\.(?=\w)} becomes {@code MULT_PERIOD}. */
  static String multiplePeriods(String s) {
    int n = s.length();
    char[] out = null;
    for (int p = s.indexOf('.'); p >= 0; p = s.indexOf('.', p + 1)) {
      if (p > 0 && p + 1 < n && isWord(s.charAt(p - 1)) && isWord(s.charAt(p + 1))) {
        out = replace(s, out, p, MULT_PERIOD);
      }
    }
    return out == null ? s : new String(out);
  }

  /** {@code formatBasicBreakers} (5.5.3) in one pass: each {@code .} and {@code ;} becomes its symbol and a break. */
  static String basicBreakers(String s) {
    StringBuilder b = null;
    int from = 0;
    for (int p = 0; p < s.length(); p++) {
      char c = s.charAt(p);
      if (c == '.' || c == ';') {
        if (b == null) {
          b = new StringBuilder(s.length() + 64);
        }
        b.append(s, from, p).append(c == '.' ? DOT : SEMICOLON).append(BREAK);
        from = p + 1;
      }
    }
    return b == null ? s : b.append(s, from, s.length()).toString();
  }

  private static char[] replace(String s, char[] out, int p, char symbol) {
    char[] o = out == null ? s.toCharArray() : out;
    o[p] = symbol;
    return o;
  }

  /**
   * {@code PragmaticSentenceExtractor.pull} (5.5.3) in one pass: split at every break symbol whose next protection
   * marker is not a closing one, drop the remaining break symbols, recover the symbols' characters, drop empty pieces,
   * trim each and find it in the source from the end of the previous one.
   */
  static List<Sentence> pull(String symbolised, String source) {
    int n = symbolised.length();
    boolean[] split = new boolean[n];
    boolean closeAhead = false;
    for (int i = n - 1; i >= 0; i--) {
      char c = symbolised.charAt(i);
      if (c == CLOSE) {
        closeAhead = true;
      } else if (c == OPEN) {
        closeAhead = false;
      } else if (c == BREAK) {
        split[i] = !closeAhead;
      }
    }
    List<Sentence> out = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int last = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || split[i]) {
        if (piece.length() > 0) {
          String content = piece.toString().trim();
          int start = source.indexOf(content, last);
          Sentence s = new Sentence(content, start, start + content.length() - 1, out.size(), scala.Option.empty());
          out.add(s);
          last = s.end() + 1;
          piece.setLength(0);
        }
        continue;
      }
      char c = symbolised.charAt(i);
      if (c == BREAK) {
        continue;
      }
      String recovered = c < LOWEST_RECOVERED ? null : RECOVERY.get(c);
      if (recovered == null) {
        piece.append(c);
      } else {
        piece.append(recovered);
      }
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isWord(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
  }

  private static char symbol(String s) {
    if (s.length() != 1) {
      throw new IllegalStateException("Spark NLP's pragmatic symbol is not one character: '" + s + "'");
    }
    return s.charAt(0);
  }

  private static Map<Character, String> recovery() {
    Map<Character, String> out = new HashMap<>();
    JavaConverters.mapAsJavaMap(PragmaticSymbols$.MODULE$.symbolRecovery()).forEach((k, v) -> out.put(symbol(k), v));
    if (out.containsKey(BREAK)) {
      throw new IllegalStateException("Spark NLP's break symbol has a recovery: the extractor has changed");
    }
    return out;
  }
}
