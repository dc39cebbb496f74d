package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static String only(String text) {
    List<QuoteFinder.Span> spans = QuoteFinder.find(text);
    assertEquals(1, spans.size(), text + " -> " + spans);
    return text.substring(spans.get(0).begin(), spans.get(0).end());
  }

  @Test
  void everyQuoteVariantIsRecognised() {
    String words = "we will not resign today";
    for (String[] marks :
        new String[][] {
          {"\u201C", "\u201D"}, {"\u201E", "\u201D"}, {"\u201F", "\u201D"}, {"\u00AB", "\u00BB"},
          {"\u2018", "\u2019"}, {"\u201A", "\u2019"}, {"\u2039", "\u203A"}, {"\"", "\""}, {"\uFF02", "\uFF02"},
          {"\u300C", "\u300D"}, {"\u300E", "\u300F"}
        }) {
      String quote = marks[0] + words + marks[1];
      assertEquals(quote, only("She said: " + quote + " and left."), marks[0] + marks[1]);
    }
  }

  @Test
  void apostropheInsideASingleQuoteDoesNotCloseIt() {
    assertEquals(
        "\u2018It\u2019s not over, we\u2019ll fight on\u2019",
        only("He said \u2018It\u2019s not over, we\u2019ll fight on\u2019 to the crowd."));
  }

  @Test
  void repeatedQuoteCharactersStayLinear() {
    assertEquals(0, QuoteFinder.find("\"".repeat(100_000)).size());
    assertEquals(0, QuoteFinder.find("\u2018".repeat(100_000)).size());
  }
}
