package io.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The function-word look-up of a run of letters in the text agrees with lower-casing the word and a map look-up. */
class LanguageGuessTest {

  private static final String[] PARTS = {
    "the", "The", "THE", "a", "I", "de", "Der", "für", "été", "è", "e", "s", "x", "Q", "an", "AND", "ist", "het",
    "\u0130", "\u00df", "\u212a", "in", "on"
  };

  @Test
  void wordsInTheTextAreLookedUpAsTheirLowerCase() {
    Random rnd = new Random(23);
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder("1 ");
      int start = b.length();
      for (int k = rnd.nextInt(3); k >= 0; k--) {
        b.append(PARTS[rnd.nextInt(PARTS.length)]);
      }
      int end = b.length();
      String text = b.append(" 2").toString();
      String word = text.substring(start, end);
      int want = LanguageGuess.languagesOf(word);
      assertEquals(want, LanguageGuess.languagesOf(text, start, end), () -> "languages differ for '" + word + "'");
      found += want != 0 ? 1 : 0;
    }
    assertTrue(found > 20_000, "many of the words are function words: " + found);
  }
}
