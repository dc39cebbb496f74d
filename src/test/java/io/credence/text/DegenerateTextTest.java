package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The degenerate-text limits on plain strings: real articles pass, each kind of degenerate text is caught. */
class DegenerateTextTest {

  private static final CueMatcher MATCHER = CueMatcher.standard();

  /** Sentences split at ". " and the like (a crude stand-in for Spark NLP, enough for word counts). */
  private static String reason(String text) {
    List<String> parts = new ArrayList<>();
    for (String p : text.split("(?<=[.!?])\\s+")) {
      if (!p.isBlank()) {
        parts.add(p);
      }
    }
    List<Sentence> sentences = PlainTokens.article(parts.toArray(new String[0]));
    return DegenerateText.reason(sentences, MATCHER.analyze(String.join(" ", parts), sentences));
  }

  @Test
  void theSampleArticlesAreNotDegenerate() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        List<String> parts = List.of(text.split("(?<=[.!?])\\s+"));
        List<Sentence> sentences = PlainTokens.article(parts.toArray(new String[0]));
        CueAnalysis a = MATCHER.analyze(String.join(" ", parts), sentences);
        long words =
            sentences.stream().flatMap(s -> s.tokens().stream())
                .filter(Token::isWord).count();
        int cues = a.hedgingCues() + a.count(CueCategory.ATTRIBUTION) + a.count(CueCategory.ANONYMOUS_SOURCE);
        System.out.printf("DegenerateTextTest: %s: %d words, %.2f cues per 100 words%n", f.getFileName(), words,
            100.0 * cues / words);
        assertNull(DegenerateText.reason(sentences, a), f.toString());
      }
    }
  }

  @Test
  void cueWordsWithoutPunctuationAreOneHugeSentence() {
    String text = "reportedly officials said it is unclear whether sources told allegedly ".repeat(3000);
    String why = reason(text);
    assertTrue(why != null && why.contains("without a sentence break"), why);
  }

  @Test
  void oneWordRepeatedIsCaught() {
    String why = reason("Buffalo buffalo buffalo buffalo buffalo buffalo buffalo buffalo the city. ".repeat(40));
    assertTrue(why != null && why.contains("'buffalo'"), why);
  }

  @Test
  void theRepeatedShareIsCountedExactlyAndWithoutCase() {
    // 201 of 400 words (more than half) and 200 of 400 (exactly half); the word is written in three cases, and the
    // other words come first, so the repeated one is not ahead from the start.
    String over = reason(words(199) + " " + "Ohio ohio ".repeat(100) + "OHIO.");
    assertTrue(over != null && over.contains("'ohio' is 201 of 400 words"), over);
    assertNull(reason(words(200) + " " + "Ohio ohio ".repeat(100)));
  }

  /** {@code n} distinct words of letters, in sentences of ten. */
  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append('w').append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(i % 10 == 9 ? ". " : " ");
    }
    return b.toString().strip();
  }

  @Test
  void cueDensityBeyondRealTextIsCaught() {
    String why = reason("Reportedly, allegedly, officials said it is unclear, sources told reporters. ".repeat(40));
    assertTrue(why != null && why.contains("per 100"), why);
  }

  @Test
  void ordinaryRepetitiveProseIsNot() {
    String sentence = "The council met on Monday and the mayor said the budget would be published in March. ";
    assertNull(reason(sentence.repeat(30)));
  }
}
