package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
    assertEquals(EnumSet.complementOf(EnumSet.of(CueCategory.QUOTE)), seen);
    assertTrue(lexicon.cues().size() > 300, "lexicon has " + lexicon.cues().size() + " entries");
  }

  @Test
  void duplicateCueIsRejectedWithBothSources() {
    List<Cue> cues =
        Lexicon.parse(List.of("said\tattribution\tA", "Said\thedge\tB"), "test.tsv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(cues));
    assertTrue(e.getMessage().contains("'Said' is listed twice"), e.getMessage());
  }

  @Test
  void malformedLineNamesFileAndLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(List.of("# c", "said attribution"), "x.tsv"));
    assertTrue(e.getMessage().startsWith("x.tsv:2:"), e.getMessage());
  }

  @Test
  void unknownCategoryIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(List.of("said\tgossip\tA"), "x.tsv"));
  }
}
