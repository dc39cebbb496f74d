package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random strings glued from a fixed set of parts (the characters and fragments a rule under test reacts to), and the
 * check that a fast step agrees with the Spark NLP step it replaces on 200,000 of them.
 */
final class RandomStrings {

  private final int maxParts;
  private final String[] parts;

  /** Strings of one to {@code maxParts} parts, each drawn from {@code parts} (repeat a part to weight it). */
  RandomStrings(int maxParts, String... parts) {
    this.maxParts = maxParts;
    this.parts = parts.clone();
  }

  String next(Random rnd) {
    StringBuilder b = new StringBuilder();
    for (int k = rnd.nextInt(maxParts); k >= 0; k--) {
      b.append(parts[rnd.nextInt(parts.length)]);
    }
    return b.toString();
  }

  /**
   * {@code fast} gives what {@code sparkNlp} gives on 200,000 strings drawn from {@code seed}, and Spark NLP's step
   * changes more than 5,000 of them (so both answers are exercised).
   */
  void assertAgree(String name, UnaryOperator<String> sparkNlp, UnaryOperator<String> fast, int seed) {
    Random rnd = new Random(seed);
    int changed = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = next(rnd);
      String want = sparkNlp.apply(text);
      assertEquals(want, fast.apply(text), () -> name + " differs on '" + text.replace("\n", "\\n") + "'");
      changed += want.equals(text) ? 0 : 1;
    }
    assertTrue(changed > 5_000, name + ": the random strings exercise both answers: " + changed);
  }
}
