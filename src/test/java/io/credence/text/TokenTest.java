package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A token's normal form: the plain lower-case shortcut gives what the full normalisation gives. */
class TokenTest {

  private static final String[] PARTS = {
    "a", "z", "said", "Iran", "US", "I", "\u00e9", "\u0130", "\u00df", "'", "\u2019", "\u2018", "\"", "\u201c", ",",
    ".", ";", "(", ")", "[", "!", "?", "-", "1", "$", "%", "\u00ab", "_"
  };

  @Test
  void theShortcutAgreesWithTheFullNormalisation() {
    Random rnd = new Random(19);
    int plain = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(5); k >= 0; k--) {
        b.append(PARTS[rnd.nextInt(PARTS.length)]);
      }
      String raw = b.toString();
      assertEquals(Token.normalizeInFull(raw), Token.normalize(raw), () -> "normal forms differ for '" + raw + "'");
      plain += raw.equals(Token.normalize(raw)) ? 1 : 0;
    }
    assertTrue(plain > 5_000, "some tokens are their own normal form: " + plain);
  }

  @Test
  void normalFormsOfNewsTokens() {
    assertEquals("said", Token.normalize("said"));
    assertEquals("iran's", Token.normalize("Iran\u2019s"));
    assertEquals("officials", Token.normalize("\u201cofficials,"));
    assertEquals("u.s", Token.normalize("U.S."));
    assertEquals("", Token.normalize(""));
  }
}
