package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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

  private static String random(Random rnd, String alphabet, int maxLength) {
    int n = rnd.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void betweenScanAgreesWithTheRegexes() {
    Random rnd = new Random(7);
    int protectedCount = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = random(rnd, ALPHABET, 24);
      boolean expected = terminatorBetweenByRegex(text);
      assertEquals(expected, PragmaticShortcuts.terminatorBetween(text), () -> "on '" + text + "'");
      protectedCount += expected ? 1 : 0;
    }
    assertTrue(protectedCount > 1000, "the random strings exercise both answers: " + protectedCount);
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
    Random rnd = new Random(19);
    int protectedCount = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = random(rnd, ALPHABET, 24);
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

  @Test
  void betweenScanEdgeCases() {
    assertTrue(PragmaticShortcuts.terminatorBetween("He said 'no. never' then left"));
    assertTrue(PragmaticShortcuts.terminatorBetween("'''.'"));
    // Apostrophes pair up like quotes in the detector's rule, so this period counts as protected.
    assertTrue(PragmaticShortcuts.terminatorBetween("It's the council's plan. It's done."));
    assertFalse(PragmaticShortcuts.terminatorBetween("It's the plan. Done."));
    assertTrue(PragmaticShortcuts.terminatorBetween("The \"U.S.\" team"));
    assertFalse(PragmaticShortcuts.terminatorBetween("The \"U.S.\u00e9\" team"));
    assertTrue(PragmaticShortcuts.terminatorBetween("see (p. 4) and [sic.]"));
    assertFalse(PragmaticShortcuts.terminatorBetween("see () and [] and \"\""));
  }

  @Test
  void listPrecheckAgreesWithTheRegexes() {
    Random rnd = new Random(11);
    String alphabet = "0123456789..)(-- \n\r\u2028\tabzs1";
    int fired = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = random(rnd, alphabet, 16);
      boolean expected = PAREN_LIST.matcher(text).find() || NUMBER_LIST.matcher(text).find();
      assertEquals(expected, PragmaticShortcuts.listRuleFires(text), () -> "on '" + text + "'");
      fired += expected ? 1 : 0;
    }
    assertTrue(fired > 1000, "the random strings exercise both answers: " + fired);
    assertTrue(PragmaticShortcuts.listRuleFires("-4x) item"), "the leading '-' rule needs no period");
  }

  @Test
  void titleScanAgreesWithTheRegex() {
    Random rnd = new Random(13);
    String[] parts = {"Gen", "Reps", "Rep", "Sen", "Lt", "x", "Gen.", ".", " ", "\n", "\r\n", "\r", "\u2028", "\u0085",
        "(", "a", "G", "\t", "Pres"};
    int titled = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(6); k >= 0; k--) {
        b.append(parts[rnd.nextInt(parts.length)]);
      }
      String text = b.toString();
      boolean expected = TITLE_AT_END.matcher(text).find();
      assertEquals(expected, ArticleSegmenter.titleAtEnd(text), () -> "on '" + text.replace("\n", "\\n") + "'");
      titled += expected ? 1 : 0;
    }
    assertTrue(titled > 1000, "the random strings exercise both answers: " + titled);
  }
}
