package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {

  @Test
  void ordinaryArticleIsOnePiece() {
    String article = "First sentence. Second sentence!\n\nA new paragraph? Yes.".repeat(20);
    assertEquals(List.of(0), TextChunks.starts(article, TextChunks.MAX_CHARS, TextChunks.MAX_MARKS));
  }

  @Test
  void manySentencesAreCutAtParagraphBreaks() {
    String paragraph = "Go. ".repeat(30) + "\n\n";
    String text = paragraph.repeat(40);
    List<Integer> starts = TextChunks.starts(text, TextChunks.MAX_CHARS, 100);
    assertTrue(starts.size() > 10, starts.toString());
    for (int s : starts.subList(1, starts.size())) {
      assertEquals("\n\n", text.substring(s - 2, s), "cut at " + s);
    }
  }

  @Test
  void textWithoutBreaksIsCutAtSpacesOrHardWithinBounds() {
    String words = "word ".repeat(10_000);
    List<Integer> starts = TextChunks.starts(words, 1000, 100);
    assertTrue(starts.size() >= 50, "50,000 characters in pieces of at most 1,000: " + starts.size());
    for (int i = 1; i < starts.size(); i++) {
      int length = starts.get(i) - starts.get(i - 1);
      assertTrue(length > 0 && length <= 1000, "piece " + i + " has " + length);
      assertEquals(' ', words.charAt(starts.get(i) - 1));
    }
    String solid = "\uD83D\uDE00".repeat(3000);
    List<Integer> hard = TextChunks.starts(solid, 1001, 100);
    assertTrue(hard.size() >= 6, "6,000 characters in pieces of at most 1,001: " + hard.size());
    for (int s : hard) {
      assertTrue(!Character.isLowSurrogate(solid.charAt(s)), "surrogate pair split at " + s);
    }
  }
}
