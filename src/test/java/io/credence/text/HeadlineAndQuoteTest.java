package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineAndQuoteTest {

  private static Headline headline(String title) {
    return Headline.of(title, PlainTokens.sentence(title).tokens(), CueMatcher.standard(), SourceWords.standard());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          BREAKING BOMBSHELL: You Won't Believe What Obama Did!! | 8 | 2 | 2
          Iran to supply Russia with drones, says US             | 8 | 1 | 0
          """)
  void headlineCounts(String title, int words, int allCapsWords, int exclamationsAndQuestions) {
    Headline h = headline(title);
    assertEquals(words, h.words());
    assertEquals(allCapsWords, h.allCapsWords());
    assertEquals(exclamationsAndQuestions, h.exclamationsAndQuestions());
  }

  @Test
  void clickbaitHeadlinePacksALotInTheTitle() {
    Headline h = headline("BREAKING BOMBSHELL: You Won't Believe What Obama Did!!");
    assertTrue(h.clickbaitCues() >= 3, h.toString());
    assertEquals(1.0, h.capitalizedShare(), 1e-9);
  }

  @Test
  void plainHeadline() {
    Headline h = headline("Iran to supply Russia with drones, says US");
    assertEquals(0, h.clickbaitCues());
    assertEquals(2.0 / 8, h.stopwordShare(), 1e-9);
  }

  @Test
  void emptyTitleHasNullFeaturesNotZeros() {
    Headline h = headline("   ");
    assertNull(h.words());
    assertNull(h.stopwordShare());
    assertEquals(Headline.NONE, Headline.of(null, List.of(), CueMatcher.standard(), SourceWords.standard()));
  }

  @Test
  void quotesSpanSentencesAndNest() {
    String text = "“It was late. We said “stop” twice, and he said \"no way at all\" again,” she said.";
    List<QuoteFinder.Span> q = QuoteFinder.find(text);
    assertEquals(1, q.size(), q.toString());
    assertEquals(text.indexOf("” she"), q.get(0).end() - 1);
  }

  @Test
  void mixedStraightAndCurlyQuotesPair() {
    String text = "“It's unlikely Iran even has that many drones in its fleet,\" he tweeted. \"We are operating"
        + " without air superiority,” he said.";
    List<QuoteFinder.Span> q = QuoteFinder.find(text);
    assertEquals(2, q.size(), q.toString());
    assertTrue(text.substring(q.get(0).begin(), q.get(0).end()).endsWith("fleet,\""));
  }

  @Test
  void quoteContinuedAfterAnAttributionIsAttributed() {
    String text = "“Russian forces have been losing drones in large numbers,” Kofman said. “They are probably interested in"
        + " Iranian loitering munitions.”";
    String first = "“Russian forces have been losing drones in large numbers,” Kofman said.";
    String second = "“They are probably interested in Iranian loitering munitions.”";
    CueAnalysis a = CueMatcher.standard().analyze(text, PlainTokens.article(first, second));
    assertEquals(2, a.structure(CueAnalysis.ATTRIBUTED_QUOTES));
    assertEquals(0, a.structure(CueAnalysis.ORPHAN_QUOTES));
    assertEquals(1, a.structure(CueAnalysis.ATTRIBUTED_UNCERTAINTY), a.hits().toString());
  }

  @Test
  void quoteInItsOwnParagraphWithoutSpeakerIsAnOrphan() {
    String first = "The senator spoke on Monday.";
    String second = "“This is the worst deal in history and everyone knows it.”";
    String text = first + "\n" + second;
    List<Sentence> sentences =
        List.of(PlainTokens.sentence(0, first, 0), PlainTokens.sentence(1, second, first.length() + 1));
    CueAnalysis a = CueMatcher.standard().analyze(text, sentences);
    assertEquals(1, a.structure(CueAnalysis.ORPHAN_QUOTES));
  }
}
