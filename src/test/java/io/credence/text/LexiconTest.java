package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

  @Test
  void standardLexiconLoadsEveryFamily() {
    Lexicon lexicon = Lexicon.standard();
    Set<CueCategory> seen = EnumSet.noneOf(CueCategory.class);
    for (Cue cue : lexicon.cues()) {
      if (cue.counts()) {
        seen.add(cue.category());
      }
      assertFalse(cue.tokens().isEmpty(), cue.phrase());
      assertFalse(cue.source().isBlank(), "no source for " + cue.phrase());
    }
    assertEquals(EnumSet.complementOf(EnumSet.of(CueCategory.QUOTE, CueCategory.BOILERPLATE)), seen);
    assertTrue(lexicon.cues().size() > 600, "lexicon has " + lexicon.cues().size() + " entries");
  }

  @Test
  void everyLexiconFileLoadsWithoutDuplicates() {
    for (String file : Lexicon.ALL_FILES) {
      List<LexiconFile.Row> rows = LexiconFile.read(file);
      assertFalse(rows.isEmpty(), file);
      Set<String> phrases = new HashSet<>();
      for (LexiconFile.Row row : rows) {
        List<String> tokens =
            file.equals(Boilerplate.FILE)
                ? Boilerplate.tokenize(row.phrase()).stream().map(Boilerplate.LineToken::form).toList()
                : Lexicon.tokensOf(row.phrase());
        assertTrue(phrases.add(String.join(" ", tokens)), row.origin() + " repeats " + row.phrase());
      }
    }
    assertTrue(SourceWords.standard().isFunctionWord("the"));
    assertEquals(SourceWords.WordClass.ANONYMOUS, SourceWords.standard().classOf("officials"));
    assertDoesNotThrow(() -> new Boilerplate(LexiconFile.read(Boilerplate.FILE)));
  }

  @Test
  void contextWordsAreSingleTokens() {
    for (String file : List.of(SourceWords.FILE, SourceWords.FUNCTION_WORDS_FILE)) {
      for (LexiconFile.Row row : LexiconFile.read(file)) {
        assertEquals(1, Lexicon.tokensOf(row.phrase()).size(), row.origin() + ": " + row.phrase());
      }
    }
  }

  @Test
  void duplicateCueIsRejectedWithBothSources() {
    List<Cue> cues = Lexicon.parse(List.of("said\tattribution\t1\tA", "Said\thedge\t1\tB"), "test.tsv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(cues));
    assertTrue(e.getMessage().contains("'Said' is listed twice"), e.getMessage());
  }

  @Test
  void malformedLineNamesFileAndLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(List.of("# c", "said attribution"), "x.tsv"));
    assertTrue(e.getMessage().startsWith("x.tsv:2:"), e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class, () -> Lexicon.parse(List.of("said\tattribution\theavy\tA"), "x.tsv"));
    assertTrue(e.getMessage().contains("weight 'heavy'"), e.getMessage());
  }

  @Test
  void unknownCategoryIsAnErrorNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(List.of("said\tgossip\t1\tA"), "x.tsv"));
    assertTrue(e.getMessage().startsWith("x.tsv:1:"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"300", "1,000", "$5", "3.5%", "hundreds"})
  void numberPlaceholderMatchesNumerals(String token) {
    assertTrue(CueTrie.isNumber(token));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990s-era", "people"})
  void numberPlaceholderLeavesOtherTokens(String token) {
    assertFalse(CueTrie.isNumber(token));
  }
}
