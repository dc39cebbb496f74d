package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.SparkTestSession;
import io.credence.text.Cue;
import io.credence.text.Lexicon;
import io.credence.text.LexiconFile;
import io.credence.text.Sentence;
import io.credence.text.SourceWords;
import io.credence.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cue must be matchable: its tokens must equal the normalised tokens Spark NLP's Tokenizer produces for the
 * phrase itself ("#" replaced by a number), and every context word must be a single Spark NLP token. Boilerplate rules
 * are matched on lines by Boilerplate's own tokeniser, which their loader applies to each phrase.
 */
class LexiconTokenizationTest {

  private static List<String> sparkForms(ArticleSegmenter segmenter, String phrase) {
    List<String> forms = new ArrayList<>();
    for (Sentence s : segmenter.segment(phrase)) {
      for (Token t : s.tokens()) {
        forms.add(t.normalized());
      }
    }
    return forms;
  }

  @Test
  void everyCueMatchesTheTokenizersOutput() {
    ArticleSegmenter segmenter = ArticleSegmenter.create(SparkTestSession.get());
    List<String> unmatchable = new ArrayList<>();
    int checked = 0;
    for (Cue cue : Lexicon.standard().cues()) {
      List<String> expected = new ArrayList<>();
      for (String t : cue.tokens()) {
        expected.add(t.equals(Lexicon.NUMBER) ? "300" : t);
      }
      List<String> actual = sparkForms(segmenter, String.join(" ", expected));
      if (!actual.equals(expected)) {
        unmatchable.add(cue.phrase() + " -> " + actual);
      }
      checked++;
    }
    for (String file : List.of(SourceWords.FILE, SourceWords.FUNCTION_WORDS_FILE)) {
      for (LexiconFile.Row row : LexiconFile.read(file)) {
        List<String> actual = sparkForms(segmenter, row.phrase());
        if (!actual.equals(List.of(Lexicon.tokensOf(row.phrase()).get(0)))) {
          unmatchable.add(row.origin() + " " + row.phrase() + " -> " + actual);
        }
        checked++;
      }
    }
    assertTrue(checked > 900, "checked " + checked);
    assertEquals(List.of(), unmatchable, "cues the tokenizer can never produce");
  }
}
