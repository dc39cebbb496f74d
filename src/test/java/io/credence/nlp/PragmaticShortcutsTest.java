package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written scans behind the segmentation shortcuts agree with the regexes they replace, on random strings
 * drawn from the characters those regexes care about, and on named edge cases.
 */
class PragmaticShortcutsTest {

  private static final String ALPHABET = "'''\"\"[]()..!?;,aZz19_- -  \n\r\t\u00e9\u2019\u201d\u2028GenSRp|";

  /** The title rule as a regex, as ArticleSegmenter first wrote it. */
  private static final Pattern TITLE_AT_END =
      Pattern.compile(
          "(?:^|\\s)(?:Gen|Sen|Gov|Rep|Reps|Sens|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Rev|Fr|Supt|Det|Atty|Hon|Pres)\\.$");

  /**
   * The quote and bracket protection rules the scan implements: the detector's (PragmaticContentFormatter
   * .formatBetweenPunctuations) as older Spark NLP wrote them, with {@code |} added to the single-quote class. Spark
   * NLP 5.5.3 narrows the single-quote rule ({@code (?<=\s|^)'[\w\s?!\.,|'\w]+'(?:\W)}); that the scan covers
   * every terminator it protects is checked against the detector itself below.
   */
  private static final Pattern[] BETWEEN =
      new Pattern[] {
        Pattern.compile("'[\\w\\s?!\\.,|']+'"),
        Pattern.compile("\"[\\w\\s?!\\.,]+\""),
        Pattern.compile("\\[[\\w\\s?!\\.,]+\\]"),
        Pattern.compile("\\([\\w\\s?!\\.,]+\\)")
      };

  /** The detector's list rules, verbatim (PragmaticContentFormatter.formatLists). */
  private static final Pattern PAREN_LIST = Pattern.compile("(\\()[a-z]+\\)|^[a-z]+\\)");
  private static final Pattern NUMBER_LIST =
      Pattern.compile(
          "\\s\\d{1,2}\\.\\s|^\\d{1,2}\\.\\s|\\s\\d{1,2}\\.\\)|^\\d{1,2}\\.\\)|\\s\\-\\d{1,2}\\.\\s|^\\-\\d{1,2}\\.\\s|"
              + "s\\-\\d{1,2}\\.\\)|^\\-\\d{1,2}(.\\))");

  /** Whether a match of a quote or bracket rule, found the regex way, covers a terminator. */
  private static boolean terminatorBetweenByRegex(String text) {
    for (Pattern pattern : BETWEEN) {
      Matcher m = pattern.matcher(text);
      // The single-quote rule of 5.5.3 ends in (?:\W): the character after the closing quote counts as covered.
      int past = pattern == BETWEEN[0] ? 1 : 0;
      while (m.find()) {
        for (int i = m.start(); i < Math.min(text.length(), m.end() + past); i++) {
          char c = text.charAt(i);
          if (c == '.' || c == '!' || c == '?' || c == ';') {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Strings of up to {@code maxLength} characters drawn from {@code alphabet}, seeded. */
  private static Supplier<String> randomStrings(long seed, String alphabet, int maxLength) {
    Random rnd = new Random(seed);
    return () -> {
      int n = rnd.nextInt(maxLength + 1);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      return b.toString();
    };
  }

  /**
   * Asserts that {@code scan} answers as {@code regex} on 200,000 strings of {@code strings}, and that the regex says
   * yes often enough for both answers to be exercised.
   */
  private static void agreesOnRandomStrings(
      Supplier<String> strings, Predicate<String> regex, Predicate<String> scan) {
    int yes = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = strings.get();
      boolean expected = regex.test(text);
      assertEquals(expected, scan.test(text), () -> "on '" + text.replace("\n", "\\n") + "'");
      yes += expected ? 1 : 0;
    }
    assertTrue(yes > 1000, "the random strings exercise both answers: " + yes);
  }

  @Test
  void betweenScanAgreesWithTheRegexes() {
    agreesOnRandomStrings(
        randomStrings(7, ALPHABET, 24),
        PragmaticShortcutsTest::terminatorBetweenByRegex,
        PragmaticShortcuts::terminatorBetween);
  }

  /** Whether Spark NLP's own between-punctuation rules put a terminator inside protection markers. */
  private static boolean terminatorProtectedBySparkNlp(String text) {
    String marked = PragmaticContentFormatter$.MODULE$.formatBetweenPunctuationsFactory().transformWithSymbolicRules(text);
    char open = PragmaticSymbols$.MODULE$.PROTECTION_MARKER_OPEN().charAt(0);
    char close = PragmaticSymbols$.MODULE$.PROTECTION_MARKER_CLOSE().charAt(0);
    int depth = 0;
    for (char c : marked.toCharArray()) {
      depth += c == open ? 1 : c == close ? -1 : 0;
      if (depth > 0 && (c == '.' || c == '!' || c == '?' || c == ';')) {
        return true;
      }
    }
    return false;
  }

  @Test
  void betweenScanCoversTheDetectorsOwnRules() {
    Supplier<String> strings = randomStrings(19, ALPHABET, 24);
    int protectedCount = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = strings.get();
      if (terminatorProtectedBySparkNlp(text)) {
        protectedCount++;
        assertTrue(PragmaticShortcuts.terminatorBetween(text), () -> "not covered: '" + text + "'");
      }
    }
    assertTrue(protectedCount > 1000, "the random strings exercise the rules: " + protectedCount);
    assertTrue(PragmaticShortcuts.terminatorBetween("a 'b|c? D' e"), "'|' belongs to the single-quote class");
    assertTrue(terminatorProtectedBySparkNlp("He called it 'a joke'. Then he left."));
    assertTrue(PragmaticShortcuts.terminatorBetween("He called it 'a joke'. Then he left."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He said 'no. never' then left",
        "'''.'",
        // Apostrophes pair up like quotes in the detector's rule, so this period counts as protected.
        "It's the council's plan. It's done.",
        "The \"U.S.\" team",
        "see (p. 4) and [sic.]"
      })
  void betweenScanProtects(String text) {
    assertTrue(PragmaticShortcuts.terminatorBetween(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"It's the plan. Done.", "The \"U.S.\u00e9\" team", "see () and [] and \"\""})
  void betweenScanLeavesUnprotected(String text) {
    assertFalse(PragmaticShortcuts.terminatorBetween(text));
  }

  @Test
  void listPrecheckAgreesWithTheRegexes() {
    agreesOnRandomStrings(
        randomStrings(11, "0123456789..)(-- \n\r\u2028\tabzs1", 16),
        text -> PAREN_LIST.matcher(text).find() || NUMBER_LIST.matcher(text).find(),
        PragmaticShortcuts::listRuleFires);
    assertTrue(PragmaticShortcuts.listRuleFires("-4x) item"), "the leading '-' rule needs no period");
  }

  @Test
  void titleScanAgreesWithTheRegex() {
    Random rnd = new Random(13);
    String[] parts = {"Gen", "Reps", "Rep", "Sen", "Lt", "x", "Gen.", ".", " ", "\n", "\r\n", "\r", "\u2028", "\u0085",
        "(", "a", "G", "\t", "Pres"};
    Supplier<String> strings =
        () -> {
          StringBuilder b = new StringBuilder();
          for (int k = rnd.nextInt(6); k >= 0; k--) {
            b.append(parts[rnd.nextInt(parts.length)]);
          }
          return b.toString();
        };
    agreesOnRandomStrings(strings, text -> TITLE_AT_END.matcher(text).find(), ArticleSegmenter::titleAtEnd);
  }
}
