package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.ingest.LanguageGuess;
import io.credence.ingest.Mojibake;
import io.credence.ingest.TextContent;
import io.credence.testing.SparkTestSession;
import io.credence.text.CueAnalysis;
import io.credence.text.CueMatcher;
import io.credence.text.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Adversarial article text must cost about what a normal article of the same size costs: every per-article step (the
 * ingest checks, Spark NLP segmentation, cue and quote matching) on each input is compared with the same steps on
 * ordinary news prose of equal length. The bound is a generous ratio, never absolute time, and each side takes the
 * best of two runs so that a busy machine does not decide the result.
 */
class AdversarialTextTest {

  /** How many times slower than normal prose an adversarial article may be. */
  static final double MAX_RATIO = 10.0;

  static final String PROSE =
      "The city council voted on Tuesday to delay the new bus depot, officials said. It is unclear whether the"
          + " project will go ahead this year, according to a spokesperson for the mayor. \u201cWe need more time to"
          + " look at the costs,\u201d the council leader told reporters after the meeting.\n\n";

  /**
   * The same prose with an honorific, so that it takes Spark NLP's full detector rather than the plain-text route (see
   * {@link ArticleSegmenter.Route}); the baseline for adversaries that take that route too.
   */
  static final String PROSE_WITH_TITLE = PROSE.replace("officials said", "Mr. Jones said");

  static ArticleSegmenter segmenter;
  static CueMatcher matcher;

  @BeforeAll
  static void start() {
    segmenter = ArticleSegmenter.create(SparkTestSession.get());
    matcher = CueMatcher.standard();
  }

  /** Everything the job does to one article's text, from the ingest checks to the cue counts. */
  static CueAnalysis perArticle(String raw) {
    String text = TextContent.truncateUtf8(Mojibake.repair(raw), 1L << 20);
    TextContent.isBinary(text);
    LanguageGuess.guess(text);
    List<Sentence> sentences = segmenter.segment(text);
    return matcher.analyze(text, sentences);
  }

  static String prose(String prose, int length) {
    return prose.repeat(length / prose.length() + 1).substring(0, length);
  }

  static long bestNanos(String text, int runs) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      perArticle(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }

  static String nested(int depth) {
    return "(".repeat(depth) + "officials said" + ")".repeat(depth);
  }

  static String longSentence(int tokens) {
    StringBuilder s = new StringBuilder("Officials said");
    for (int i = 0; i < tokens; i++) {
      s.append(i % 7 == 0 ? " and the" : " council").append(i % 13 == 0 ? "," : "");
    }
    return s.append('.').toString();
  }

  @Test
  void adversarialArticlesCostAboutWhatNormalOnesDo() {
    Map<String, String> adversaries = new LinkedHashMap<>();
    adversaries.put("100k repeated quote characters", "\"".repeat(100_000));
    adversaries.put("100k curly opening quotes", "\u201C".repeat(100_000));
    adversaries.put("50k nested parentheses", nested(50_000));
    adversaries.put("a 10k-token sentence", longSentence(10_000));
    adversaries.put("25k one-word sentences", "Go. ".repeat(25_000));
    adversaries.put("5k sentences with an abbreviation", "Dr. Smith went home. ".repeat(5_000));
    adversaries.put("1 MB without spaces or punctuation", "abcdefghij".repeat(100_000));
    bestNanos(prose(PROSE, 50_000), 2);
    bestNanos(prose(PROSE_WITH_TITLE, 50_000), 2);
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, String> e : adversaries.entrySet()) {
      String text = e.getValue();
      int runs = text.length() > 500_000 ? 1 : 2;
      String baseline = text.startsWith("Dr.") ? PROSE_WITH_TITLE : PROSE;
      long normal = bestNanos(prose(baseline, text.length()), runs);
      long adversarial = bestNanos(text, runs);
      double ratio = (double) adversarial / normal;
      report.append(String.format("%s: %.2f x normal (%d chars)%n", e.getKey(), ratio, text.length()));
      assertTrue(ratio < MAX_RATIO, e.getKey() + " took " + ratio + " x a normal article of the same size\n" + report);
    }
    System.out.print(report);
  }
}
