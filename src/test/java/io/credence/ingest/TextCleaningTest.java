package io.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleaningTest {

  static final String ENGLISH =
      "The city council voted on Tuesday to delay the new bus depot, officials said. It is unclear whether the"
          + " project will go ahead this year, according to a spokesperson for the mayor.";

  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertEquals("the mayor\u2019s office", Mojibake.repair("the mayor\u00e2\u20ac\u2122s office"));
    assertEquals("\u201cWe need time,\u201d he said", Mojibake.repair("\u00e2\u20ac\u0153We need time,\u00e2\u20ac\u009d he said"));
    assertEquals("caf\u00e9 \u2014 na\u00efve", Mojibake.repair("caf\u00c3\u00a9 \u00e2\u20ac\u201d na\u00c3\u00afve"));
  }

  @Test
  void leavesCorrectTextAlone() {
    String text = "S\u00e3o Paulo, Z\u00fcrich, \u00c2ge, caf\u00e9 \u2014 \u201cquoted\u201d \u00c3 la carte";
    assertSame(text, Mojibake.repair(text));
    String ascii = "plain ASCII text";
    assertSame(ascii, Mojibake.repair(ascii));
  }

  @Test
  void binaryAndMostlyNonTextAreDetected() {
    assertTrue(TextContent.isBinary("\u0000\u0001\u0002 PNG " + "\u0003".repeat(50) + " IHDR"));
    assertTrue(TextContent.isBinary("\uFFFD".repeat(100) + " GIF89a"));
    assertTrue(TextContent.isBinary("137 80 78 71 13 10 26 10 ".repeat(20)));
    assertFalse(TextContent.isBinary(ENGLISH));
    assertFalse(TextContent.isBinary("... --- !!! ???"), "short symbol runs are left to no_words");
    assertFalse(TextContent.isBinary("\u0413\u043e\u0440\u043e\u0434 \u0441\u043e\u0432\u0435\u0442 ".repeat(30)));
  }

  @Test
  void truncatesAtACharacterBoundaryAndAWordEnd() {
    assertSame(ENGLISH, TextContent.truncateUtf8(ENGLISH, 10_000));
    String cut = TextContent.truncateUtf8(ENGLISH, 30);
    assertEquals("The city council voted on", cut);
    String euros = "\u20ac".repeat(10);
    assertEquals("\u20ac".repeat(3), TextContent.truncateUtf8(euros, 10));
    String emoji = "\uD83D\uDE00".repeat(5);
    assertEquals("\uD83D\uDE00\uD83D\uDE00", TextContent.truncateUtf8(emoji, 11));
  }

  @Test
  void guessesLanguageFromFunctionWords() {
    assertEquals("en", LanguageGuess.guess(ENGLISH));
    assertEquals("en", LanguageGuess.guess(ENGLISH.toUpperCase(java.util.Locale.ROOT)), "function words in any case");
    assertEquals(
        "de",
        LanguageGuess.guess(
            "Der Stadtrat hat am Dienstag beschlossen, den Bau des neuen Busdepots zu verschieben. Es ist noch nicht"
                + " klar, ob das Projekt in diesem Jahr fortgesetzt wird."));
    assertEquals(
        "es",
        LanguageGuess.guess(
            "El ayuntamiento decidi\u00f3 el martes aplazar la construcci\u00f3n de la nueva cochera de autobuses."
                + " No est\u00e1 claro si el proyecto seguir\u00e1 adelante este a\u00f1o."));
    assertEquals(LanguageGuess.UNKNOWN, LanguageGuess.guess("\u0413\u043e\u0440\u043e\u0434 \u0441\u043e\u0432\u0435\u0442 ".repeat(10)));
    assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.guess("Officials said it may rain."));
    String words = " lorem ipsum dolor amet sitx nonumy eirmod tempor ";
    assertEquals("es", LanguageGuess.guess("el el el" + words + "le le le"), "a tie goes to the language hit first");
    assertEquals("fr", LanguageGuess.guess("le le le" + words + "el el el"), "a tie goes to the language hit first");
    assertEquals(LanguageGuess.UNKNOWN, LanguageGuess.guess("Zusammenarbeitsvereinbarungen ".repeat(100)));
  }

  @Test
  void aShortEnglishSentenceWithFewFunctionWordsIsNotRejectedAsAnotherLanguage() {
    // 13 words, one of them listed ("the"): below MIN_SHARE, but well within chance for one English sentence.
    String sentence = "During the late 1960s, several groups used power trio instrumentation while adding vocalists.";
    assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.guess(sentence));
    assertEquals(
        LanguageGuess.UNDETERMINED,
        LanguageGuess.guess(
            "The line-up: Oliver Mandic, Zeljko Bebek, Momcilo Bajagic, Sladana Milosevic, Jura Stublic, Dado Topic."));
    // One Spanish article in a short English sentence does not make it Spanish.
    assertEquals(
        LanguageGuess.UNDETERMINED,
        LanguageGuess.guess("Alarcon wrote another popular short novel, El Capitan Veneno (Captain Poison), in 1881."));
    // The same share over a long text is evidence, not chance: at 190 words, 1 in 19 listed is another language.
    String words = "lorem ipsum dolor amet sitx nonumy eirmod tempor invidunt labore magna aliquyam erat diam voluptua"
        + " vero accusam justo duo ";
    assertEquals(LanguageGuess.UNKNOWN, LanguageGuess.guess(("the " + words).repeat(10)));
    // No hit at all in 20 words of a Latin-script language outside the lists: too short to rule English out.
    assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.guess("Zusammenarbeitsvereinbarungen ".repeat(20)));
    // Another script is another language, however short the text (from MIN_WORDS on).
    assertEquals(LanguageGuess.UNKNOWN, LanguageGuess.guess("\u0413\u043e\u0440\u043e\u0434 ".repeat(12)));
  }

  @Test
  void htmlKeepsTheArticleAndDropsThePageFurniture() {
    String html =
        "<html><head><style>p{}</style><script>var x = 'officials said';</script></head><body>"
            + "<nav>Home | Reportedly</nav><article><h1>Depot</h1><p>First  paragraph,\n officials said.</p>"
            + "<p>&ldquo;Second&rdquo;<br>line</p></article><footer>Allegedly</footer>"
            + "<img src=\"file:///etc/passwd\"></body></html>";
    assertEquals("Depot\n\nFirst paragraph, officials said.\n\n\u201cSecond\u201d\nline", HtmlText.extract(html));
    assertEquals("Body text only.", HtmlText.extract("<div>Body text only.</div><footer>x</footer>"));
  }

  @Test
  void languageGuessLetterTestIsCharacterIsLetter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isLetter(c), LanguageGuess.isLetter(c), "U+" + Integer.toHexString(c));
    }
  }
}
