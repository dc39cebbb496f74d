package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSentenceExtractor;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The one-pass steps of {@link FastPragmaticMethod} give exactly what Spark NLP's own steps give, on random strings
 * drawn from the characters their regexes test (symbols included), and a skipped step would have changed nothing.
 */
class FastPragmaticMethodTest {

  private static final PragmaticSymbols$ SYMBOLS = PragmaticSymbols$.MODULE$;

  private static final String[] PARTS = {
    ".", ".", ".", ".", "1", "23", "a", "Z", "_", " ", "\n", "\t", "\u2028", ")", "(", ";", ";", "'s", "'", "Co",
    "KG", "p", "m", "a.m", "P.M", "U.S", "x", "\u00e9", "\u0663", ",", SYMBOLS.NUM_INDICATOR(), SYMBOLS.ABBREVIATOR(),
    SYMBOLS.PROTECTION_MARKER_OPEN(), SYMBOLS.PROTECTION_MARKER_CLOSE(), SYMBOLS.BREAK_INDICATOR(), SYMBOLS.DOT(),
    SYMBOLS.MULT_PERIOD(), SYMBOLS.ELLIPSIS_INDICATOR(), "  ", "A", "I"
  };

  private static String random(Random rnd) {
    StringBuilder b = new StringBuilder();
    for (int k = rnd.nextInt(12); k >= 0; k--) {
      b.append(PARTS[rnd.nextInt(PARTS.length)]);
    }
    return b.toString();
  }

  private static void agree(String name, UnaryOperator<String> sparkNlp, UnaryOperator<String> scan, int seed) {
    Random rnd = new Random(seed);
    int changed = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = random(rnd);
      String want = sparkNlp.apply(text);
      assertEquals(want, scan.apply(text), () -> name + " differs on '" + text.replace("\n", "\\n") + "'");
      changed += want.equals(text) ? 0 : 1;
    }
    assertTrue(changed > 5_000, name + ": the random strings exercise both answers: " + changed);
  }

  @Test
  void numbersAgreeWithSparkNlp() {
    agree("numbers", t -> new PragmaticContentFormatter(t).formatNumbers().finish(), FastPragmaticMethod::numbers, 1);
  }

  @Test
  void multiplePeriodsAgreeWithSparkNlp() {
    agree("multiple periods", t -> new PragmaticContentFormatter(t).formatMultiplePeriods().finish(),
        FastPragmaticMethod::multiplePeriods, 2);
  }

  @Test
  void basicBreakersAgreeWithSparkNlp() {
    agree("basic breakers", t -> new PragmaticContentFormatter(t).formatBasicBreakers().finish(),
        FastPragmaticMethod::basicBreakers, 3);
  }

  @Test
  void abbreviationStepIsSkippedOnlyWhereItChangesNothing() {
    Random rnd = new Random(4);
    int checked = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = random(rnd);
      if (!FastPragmaticMethod.abbreviationRulesMayMatch(text)) {
        assertEquals(text, new PragmaticContentFormatter(text).formatAbbreviations(false).finish(),
            () -> "skipped but changes '" + text.replace("\n", "\\n") + "'");
        checked++;
      }
    }
    assertTrue(checked > 5_000, "the random strings skip the step often enough: " + checked);
  }

  @Test
  void extractionAgreesWithSparkNlp() {
    Random rnd = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      String source = random(rnd);
      // Symbolise the way the detector does, then add stray markers and breaks to exercise protection.
      String symbolised = new FastPragmaticMethod(true, true).symbolise(source);
      if (rnd.nextBoolean()) {
        symbolised = random(rnd) + symbolised + random(rnd);
      }
      String s = symbolised;
      List<String> want = describe(List.of(new PragmaticSentenceExtractor(s, source).pull()));
      assertEquals(want, describe(FastPragmaticMethod.pull(s, source)), () -> "extraction differs on '" + s + "'");
    }
  }

  private static List<String> describe(List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.add(s.content() + "@" + s.start() + "-" + s.end());
    }
    return out;
  }
}
