package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.CommittedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link WriterCues.PhraseSearch#spans} finds exactly the spans that {@link Matcher#find()} finds with the
 * media-citation and transparency patterns: on every line of the committed news text and the seeds, on random strings
 * built from the patterns' own words (so that a word added to a pattern but not to the openings shows here), and, when
 * {@code ../shared/dev} exists, on every development article.
 */
class WriterCuesSearchTest {

  private static final List<WriterCues.PhraseSearch> SEARCHES =
      List.of(WriterCues.MEDIA_SEARCH, WriterCues.TRANSPARENCY_SEARCH);

  private static List<String> find(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> gated(WriterCues.PhraseSearch search, String text) {
    List<String> out = new ArrayList<>();
    for (int[] span : search.spans(text)) {
      out.add(span[0] + "-" + span[1]);
    }
    return out;
  }

  /** Checks {@code text} with both patterns; returns how many matches it has. */
  private static int agree(String text, String where) {
    return agree(text, where, new int[SEARCHES.size()]);
  }

  /** Checks {@code text} with both patterns, adds each one's matches to {@code perPattern}, returns their sum. */
  private static int agree(String text, String where, int[] perPattern) {
    int matches = 0;
    for (int i = 0; i < SEARCHES.size(); i++) {
      WriterCues.PhraseSearch search = SEARCHES.get(i);
      List<String> want = find(search.pattern(), text);
      String name = i == 0 ? "media citation" : "transparency line";
      assertEquals(want, gated(search, text), () -> name + " spans differ on " + where + ": '" + text + "'");
      perPattern[i] += want.size();
      matches += want.size();
    }
    return matches;
  }

  @Test
  void committedNewsTextGivesTheSameSpans() throws IOException {
    int matches = 0;
    for (String t : CommittedText.newsLines()) {
      matches += agree(t, "committed text");
    }
    assertTrue(matches > 0, "the committed text cites media somewhere: " + matches);
  }

  /** The words of the patterns in the order they are written; "[Aa]ccording" gives "according". */
  private static List<String> patternWords() {
    List<String> words = new ArrayList<>();
    for (WriterCues.PhraseSearch search : SEARCHES) {
      String text = search.pattern().pattern().replace("(?i)", " ").replace("\\b", " ");
      text = text.replaceAll("\\[([A-Z])([a-z])\\]", "$2");
      for (String w : text.split("[^A-Za-z']+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    words.addAll(List.of("Zoe", "McDonald", "Times", "Timesx", "x", "1", "_"));
    return words;
  }

  /** A word of the patterns in one of three cases, or a run of up to four that follow each other in a pattern. */
  private static String fragment(List<String> words, Random rnd) {
    int first = rnd.nextInt(words.size());
    int count = rnd.nextBoolean() ? 1 : 1 + rnd.nextInt(4);
    String run = String.join(" ", words.subList(first, Math.min(words.size(), first + count)));
    return switch (rnd.nextInt(6)) {
      case 0 -> run.toLowerCase(Locale.ROOT);
      case 1 -> run.toUpperCase(Locale.ROOT);
      case 2 -> Character.toUpperCase(run.charAt(0)) + run.substring(1);
      default -> run;
    };
  }

  private static final String[] GLUE = {
    " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "", ", ", ": ", "'s ", "\u2019s ", ". ", "\n", "_", "1",
    "\u00e9", "\u212a", "\u017f", "  ", "-"
  };

  @Test
  void stringsOfThePatternsOwnWordsGiveTheSameSpans() {
    List<String> words = patternWords();
    Random rnd = new Random(21);
    int[] matches = new int[SEARCHES.size()];
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      if (rnd.nextInt(4) == 0) {
        b.append(GLUE[rnd.nextInt(GLUE.length)]);
      }
      for (int k = rnd.nextInt(14); k >= 0; k--) {
        b.append(fragment(words, rnd)).append(GLUE[rnd.nextInt(GLUE.length)]);
      }
      agree(b.toString(), "random string " + i, matches);
    }
    assertTrue(matches[0] > 1_000 && matches[1] > 1_000, "the random strings hold matches of both patterns: "
        + java.util.Arrays.toString(matches));
  }

  /**
   * Matches that open with a word the search passes over unless the right word follows ("the", "in", "this", "an"):
   * each continuation the patterns allow, in three cases, so that a follower missing from the search shows here.
   */
  @Test
  void matchesAfterTheFilteredOpeningsGiveTheSameSpans() {
    List<String> phrases =
        List.of(
            "the state media reported", "the local media reported", "The Hill reported", "the Times reported",
            "the New York Times reported", "the Associated Press reported", "The Zoe Times obtained",
            "in a report by Reuters", "In an interview with Fox News", "in a story in The Hill",
            "This story has been updated", "this article was corrected", "this report was amended",
            "An earlier version of this story has been corrected", "an earlier version of this article was corrected");
    for (String phrase : phrases) {
      for (String variant :
          List.of(phrase, phrase.toLowerCase(Locale.ROOT), phrase.toUpperCase(Locale.ROOT),
              Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1))) {
        agree("x " + variant + " y", "phrase '" + variant + "'");
      }
      assertTrue(agree("x " + phrase + " y", "phrase") > 0, "'" + phrase + "' is a match");
    }
  }

  @Test
  void everyDevelopmentArticleGivesTheSameSpans() throws IOException {
    int matches = 0;
    for (CommittedText.DevArticle a : CommittedText.devArticles()) {
      matches += agree(a.text(), a.where());
    }
    assertTrue(matches > 0, "the development articles cite media somewhere: " + matches);
  }
}
