package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticContentFormatter$;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticSymbols$;
import com.johnsnowlabs.nlp.util.regex.RuleFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The linear dictionary-abbreviation scan gives exactly what Spark NLP's own dictionary rules
 * ({@code PragmaticContentFormatter$.dictAbbrFactory}, applied as the detector applies them) give, on random strings
 * built from the dictionary's abbreviations and the characters its look-arounds test, and on named cases.
 */
class DictionaryAbbreviationsTest {

  private static final DictionaryAbbreviations SCAN = DictionaryAbbreviations.fromSparkNlp();
  private static final RuleFactory RULES = PragmaticContentFormatter$.MODULE$.dictAbbrFactory();
  private static final String ABBREVIATOR = PragmaticSymbols$.MODULE$.ABBREVIATOR();

  private static final String[] PARTS = {
    "Dr", "dr", "MR", "Ms", "prof", "Mt", "st", "No", "no", "p", "P", "px", "u.s", "U.S", "U S", "e.g", "i.e", "etc",
    "Jan", "sept", "Sep", "col", "Lt", "inc", "vs", "co", "Co", "x", "ab", "I", "I'm", "I'll", "I'", "'m", "l",
    ".", ".", ".", ".", " ", " ", " ", "\t", "\n", "\r", "\u2028", "\u0085", "\u00a0", ":", "-", "?", ",", "(", ")",
    "1", "42", "a", "Z", "z", "\u212a", "\u017f", "\u0130", ABBREVIATOR, "'"
  };

  private static final String[] SEPARATORS = {"", " ", "\n", "\t", "x", "\u00a0"};

  private static String expected(String text) {
    return RULES.transformWithSymbol(ABBREVIATOR, text);
  }

  @Test
  void agreesWithTheDetectorsRulesOnRandomStrings() {
    Random rnd = new Random(17);
    int changed = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(5); k >= 0; k--) {
        // Mostly "separator, abbreviation, dot, what follows", so that the rules fire often; any part may be any.
        b.append(rnd.nextInt(4) == 0 ? PARTS[rnd.nextInt(PARTS.length)] : SEPARATORS[rnd.nextInt(SEPARATORS.length)]);
        b.append(PARTS[rnd.nextInt(PARTS.length)]);
        b.append(rnd.nextInt(4) == 0 ? PARTS[rnd.nextInt(PARTS.length)] : ".");
        b.append(PARTS[rnd.nextInt(PARTS.length)]);
      }
      String text = b.toString();
      String want = expected(text);
      assertEquals(want, SCAN.apply(text), () -> "on '" + text.replace("\n", "\\n").replace("\r", "\\r") + "'");
      changed += want.equals(text) ? 0 : 1;
    }
    assertTrue(changed > 10_000, "the random strings exercise both answers: " + changed);
  }

  @Test
  void namedCases() {
    for (String text :
        new String[] {
          "Dr. Smith", "dr.:12", "No. 5", "p. (see)", "U.S. officials", "e.g. this", "etc.. x", "Jan.-Feb.",
          "Mr.. x", "st.. a", "x Dr. I'm here", "x Dr. I'll go", "x Dr. I went", "-Dr.-", "Prof.,", "No.\n\t (",
          "the U.S.", "", ".", "Inc.?", "Mt. Everest"
        }) {
      assertEquals(expected(text), SCAN.apply(text), () -> "on '" + text + "'");
    }
  }
}
