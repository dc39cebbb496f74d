package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.SparkTest;
import io.credence.text.Sentence;
import io.credence.text.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleSegmenterTest extends SparkTest {

  static ArticleSegmenter segmenter;

  @BeforeAll
  static void start() {
    segmenter = ArticleSegmenter.create(spark);
  }

  @Test
  void offsetsOfSentencesAndTokensIndexTheText() throws Exception {
    String text = Files.readString(Path.of("data/sample/000_7146862e6537c051.txt"));
    List<Sentence> sentences = segmenter.segment(text);
    assertTrue(sentences.size() > 10, "sentences: " + sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertEquals(i, s.index());
      assertEquals(s.text(), text.substring(s.begin(), s.end()));
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.begin(), t.end()));
      }
    }
    assertTrue(
        sentences.stream()
            .anyMatch(s -> s.text().startsWith("It’s unclear whether Iran has delivered any of these UAVs")),
        "the uncertainty sentence of seed 000 is its own sentence");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    List<Sentence> s = segmenter.segment("Dr. Smith met U.S. officials on Monday. They said nothing.");
    assertEquals(2, s.size());
    assertEquals("Dr. Smith met U.S. officials on Monday.", s.get(0).text());
  }

  @Test
  void whitespaceOnlyTextHasNoSentences() {
    assertEquals(List.of(), segmenter.segment("   \n\n  "));
  }
}
