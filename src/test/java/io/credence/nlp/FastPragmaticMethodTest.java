package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSentenceExtractor;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass steps of {@link FastPragmaticMethod} give exactly what Spark NLP's own steps give, on random strings
 * drawn from the characters their regexes test (symbols included).
 */
class FastPragmaticMethodTest {

  private static final PragmaticSymbols$ SYMBOLS = PragmaticSymbols$.MODULE$;

  private static final RandomStrings STRINGS = new RandomStrings(12,
      ".", ".", ".", ".", "1", "23", "a", "Z", "_", " ", "\n", "\t", "\u2028", ")", "(", ";", ";", "'s", "'", "Co",
      "KG", "p", "m", "a.m", "P.M", "U.S", "x", "\u00e9", "\u0663", ",", SYMBOLS.NUM_INDICATOR(), SYMBOLS.ABBREVIATOR(),
      SYMBOLS.PROTECTION_MARKER_OPEN(), SYMBOLS.PROTECTION_MARKER_CLOSE(), SYMBOLS.BREAK_INDICATOR(), SYMBOLS.DOT(),
      SYMBOLS.MULT_PERIOD(), SYMBOLS.ELLIPSIS_INDICATOR(), "  ", "A", "I");

  @Test
  void numbersAgreeWithSparkNlp() {
    STRINGS.assertAgree("numbers", t -> new PragmaticContentFormatter(t).formatNumbers().finish(),
        FastPragmaticMethod::numbers, 1);
  }

  @Test
  void multiplePeriodsAgreeWithSparkNlp() {
    STRINGS.assertAgree("multiple periods", t -> new PragmaticContentFormatter(t).formatMultiplePeriods().finish(),
        FastPragmaticMethod::multiplePeriods, 2);
  }

  @Test
  void basicBreakersAgreeWithSparkNlp() {
    STRINGS.assertAgree("basic breakers", t -> new PragmaticContentFormatter(t).formatBasicBreakers().finish(),
        FastPragmaticMethod::basicBreakers, 3);
  }

  @Test
  void extractionAgreesWithSparkNlp() {
    Random rnd = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      String source = STRINGS.next(rnd);
      // Symbolise the way the detector does, then add stray markers and breaks to exercise protection.
      String symbolised = new FastPragmaticMethod(true, true).symbolise(source);
      if (rnd.nextBoolean()) {
        symbolised = STRINGS.next(rnd) + symbolised + STRINGS.next(rnd);
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
