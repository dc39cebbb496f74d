package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import io.credence.testing.SparkTest;
import io.credence.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link CandidateTokenizer}'s shortcuts (the memo, and plain candidates taken whole) against Spark NLP's
 * Tokenizer with the job's settings: the same tokens, text and offsets, on random text built from letters, digits,
 * every default context character, other punctuation and white space.
 */
class CandidateTokenizerTest extends SparkTest {

  static TokenizerModel model;

  @BeforeAll
  static void start() {
    model = ArticleSegmenter.create(spark, false).tokenizerModel();
  }

  private static List<Token> tokens(CandidateTokenizer tokenizer, String text, int offset) {
    List<Token> out = new ArrayList<>();
    tokenizer.tokenize(text, offset, out);
    return out;
  }

  @Test
  void plainAndMemoisedCandidatesMatchSparkNlp() {
    CandidateTokenizer sparkNlp = new CandidateTokenizer(model, false);
    CandidateTokenizer fast = new CandidateTokenizer(model, true);
    // Letters and digits (plain candidates), each default context character, other marks, and breaks.
    RandomStrings strings =
        new RandomStrings(
            12, "a", "Z", "q", "word", "Iran", "US", "7", "2024", "x9", "0", ".", ",", ";", ":", "!", "?", "*", "-",
            "(", ")", "\"", "'", "$", "%", "/", "&", "\u2019", "\u201C", "\u00E9", " ", " ", "  ", "\n", "\t",
            "\u2187", "\u00A0");
    Random rnd = new Random(15);
    int plain = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = strings.next(rnd);
      int offset = rnd.nextInt(50);
      List<Token> want = tokens(sparkNlp, text, offset);
      assertEquals(want, tokens(fast, text, offset), () -> "tokens differ on '" + text.replace("\n", "\\n") + "'");
      plain += text.matches("\\W?[A-Za-z0-9]+\\W?") ? 1 : 0;
    }
    assertTrue(plain > 5_000, "the random strings include plain candidates: " + plain);
  }

  @Test
  void plainCandidatesSplitOffOneMarkEachSide() {
    CandidateTokenizer fast = new CandidateTokenizer(model, true);
    assertEquals(
        List.of(new Token("(", 10, 11), new Token("AP", 11, 13), new Token("2022", 14, 18), new Token("said", 19, 23),
            new Token(",", 23, 24), new Token("U.S", 25, 28), new Token(".", 28, 29)),
        tokens(fast, "(AP 2022 said, U.S.", 10));
  }
}
