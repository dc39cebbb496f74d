package io.credence.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.credence.job.SynthJob;
import io.credence.job.SynthOptions;
import io.credence.testing.CommittedText;
import io.credence.testing.SparkTest;
import io.credence.text.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * Proves the segmentation shortcuts exact: {@link ArticleSegmenter} must give the same sentences (text and offsets) and
 * the same tokens as Spark NLP's default SentenceDetector followed by its Tokenizer over each sentence (with the one
 * deliberate difference, titles such as "Gen." joined to the name after them), on the seeds, synthetic articles, the
 * benchmark's news articles (real sentences, abbreviations and all), hand-written hard cases and, when
 * {@code ../shared/dev} exists, every development article (the test skips that part cleanly without it); and with the
 * shortcuts off (another Spark NLP version) the segmenter still gives Spark NLP's output.
 */
class SegmentationEquivalenceTest extends SparkTest {

  /** Hard cases: abbreviations, numbers, lists, quotes, brackets, odd punctuation and white space. */
  static final List<String> HARD_CASES =
      List.of(
          "Dr. Smith met U.S. officials on Monday. They said nothing.",
          "Gen. Mark Milley said the U.S. economy would recover. Mr. Smith disagreed on Jan. 5 in Washington.",
          "The talks resumed Jan. 5, officials said. Sen. Warren, D-Mass., objected; Rep. Jones did not.",
          "Prof. Lee arrived at 5 p.m. on Friday. The meeting ended at 9 a.m. the next day.",
          "Acme Co. KG filed. Acme Inc. filed too. See No. 5 and p. 12 of the report, e.g. the annex, i.e. this one.",
          "It cost $5.5 million. Then 1. item and 12. more. Growth was 3.2% in 2017. Prices rose 4.",
          "“It’s over.” He left. Then; they went!  Next?\n\nNew para\nline two. End",
          "“Is it true?” she asked. “No!” he said. Wow! really. What?! Yes?? no.",
          "Don't 'go home. Now' he said. Iran's drones. Russia's army. The \"big. deal\" was done.",
          "x (a) y. See (b) z. (This is it.) [Really. True.] He said (in 2019) that it worked.",
          "Wait... What happened.... Nothing. Hmm.. ok. Visit example.com. Or www.example.org today.",
          "The temperature was 40°. 5 degrees more. A. Smith and J. R. Tolkien wrote. I. The end.",
          "  Leading and trailing spaces.   \n\n\n  Spaced   out.   ",
          "Non\u00A0breaking\u00A0space. Tab\there.\r\nWindows line.\r\n\r\nNext para.",
          "Odd\u2187break char. Control\u0001char. Ellipsis\u2026 and more.",
          "He said: “Go now,” and left.\nA line\n\n\n  Spaced   out.   ",
          "1. First item\n2. Second item\n3. Third item",
          "U.S.-backed forces advanced. The St. Louis office (St. Louis, Mo.) closed. Ms. Park said so.",
          "He called it 'a joke'. Then he left. A 'b|c? D' e. Dr. 'No'; x.",
          "Trailing",
          "",
          "...");

  static ArticleSegmenter segmenter;
  static SentenceDetector detector;
  static TokenizerModel tokenizer;

  @BeforeAll
  static void start() {
    segmenter = ArticleSegmenter.create(spark);
    // Spark NLP's own annotators, built as the segmenter builds them; the test compares their output with it.
    ArticleSegmenter plain = ArticleSegmenter.create(spark, false);
    detector = plain.detector();
    tokenizer = plain.tokenizerModel();
  }

  /** Spark NLP's own output, the way the naive pipeline computes it: detector, then Tokenizer per sentence. */
  static List<Sentence> sparkNlp(String text) {
    List<com.johnsnowlabs.nlp.annotators.common.Sentence> nonEmpty = new ArrayList<>();
    for (com.johnsnowlabs.nlp.annotators.common.Sentence s : detector.tag(text)) {
      if (!s.content().isBlank()) {
        nonEmpty.add(
            new com.johnsnowlabs.nlp.annotators.common.Sentence(
                s.content(), s.start(), s.end(), nonEmpty.size(), scala.Option.empty()));
      }
    }
    List<TokenizedSentence> tokenized =
        JavaConverters.seqAsJavaList(tokenizer.tag(JavaConverters.asScalaBuffer(nonEmpty).toSeq()));
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < nonEmpty.size(); i++) {
      com.johnsnowlabs.nlp.annotators.common.Sentence s = nonEmpty.get(i);
      List<io.credence.text.Token> tokens = new ArrayList<>();
      for (IndexedToken t : tokenized.get(i).indexedTokens()) {
        tokens.add(new io.credence.text.Token(t.token(), t.begin(), t.end() + 1));
      }
      out.add(new Sentence(i, s.content(), s.start(), s.end() + 1, tokens));
    }
    return out;
  }

  static List<String> reference(String text) {
    return format(ArticleSegmenter.joinTitles(text, sparkNlp(text)));
  }

  static List<String> ours(String text) {
    return format(segmenter.segment(text));
  }

  static List<String> format(List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    for (Sentence s : sentences) {
      StringBuilder line = new StringBuilder();
      line.append(s.index()).append(" [").append(s.begin()).append(',').append(s.end()).append(") ").append(s.text());
      for (io.credence.text.Token t : s.tokens()) {
        line.append(" |").append(t.text()).append('@').append(t.begin()).append('-').append(t.end());
      }
      out.add(line.toString());
    }
    return out;
  }

  static void assertSame(String text) {
    assertEquals(reference(text), ours(text), () -> "segmentation differs from Spark NLP on: " + text);
  }

  @Test
  void hardCasesMatchSparkNlp() {
    for (String text : HARD_CASES) {
      assertSame(text);
    }
  }

  @Test
  void seedsMatchSparkNlp() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        assertSame(Files.readString(f));
      }
    }
  }

  @Test
  void syntheticArticlesMatchSparkNlpAndTakeThePlainRoute(@TempDir Path dir) throws IOException {
    SynthJob.run(new SynthOptions(3, 40, 11L, dir.toString(), null, 1, 1000));
    ObjectMapper json = new ObjectMapper();
    Map<ArticleSegmenter.Route, Long> before = segmenter.routes();
    int articles = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(f)) {
          assertSame(json.readTree(line).get("text").asText());
          articles++;
        }
      }
    }
    assertEquals(120, articles);
    long plain = segmenter.routes().get(ArticleSegmenter.Route.PLAIN) - before.get(ArticleSegmenter.Route.PLAIN);
    assertTrue(plain > 0, "some synthetic articles take the plain route");
  }

  @Test
  void newsArticlesMatchSparkNlp() throws IOException {
    Map<ArticleSegmenter.Route, Long> before = segmenter.routes();
    List<String> texts = io.credence.job.NewsCorpus.texts(Path.of("."), 300, 5L);
    for (String text : texts) {
      assertSame(text);
    }
    long detector = segmenter.routes().get(ArticleSegmenter.Route.DETECTOR) - before.get(ArticleSegmenter.Route.DETECTOR);
    assertTrue(detector > 200, "news articles take the dictionary route: " + detector);
  }

  @Test
  void everyDevelopmentArticleMatchesSparkNlp() throws IOException {
    for (CommittedText.DevArticle a : CommittedText.devArticles()) {
      // Whole text, no pieces: the shortcuts against the detector on exactly the same input.
      assertEquals(reference(a.text()), format(segmenter.segment(a.text(), Integer.MAX_VALUE, Integer.MAX_VALUE)),
          () -> "segmentation differs from Spark NLP on " + a.where());
    }
  }

  @Test
  void withoutTheShortcutsTheSegmenterIsSparkNlp() throws IOException {
    ArticleSegmenter plain = ArticleSegmenter.create(spark, false);
    List<String> texts = new ArrayList<>(HARD_CASES);
    texts.addAll(io.credence.job.NewsCorpus.texts(Path.of("."), 20, 9L));
    for (String text : texts) {
      assertEquals(reference(text), format(plain.segment(text)), () -> "shortcuts off, differs on: " + text);
    }
    assertEquals(0, plain.routes().get(ArticleSegmenter.Route.PLAIN));
  }

  @Test
  void abbreviationsKeepTheirSentenceTogether() {
    List<Sentence> s =
        segmenter.segment("Gen. Mark Milley met Mr. Smith and Dr. Jones on Jan. 5 in the U.S. capital. It rained.");
    assertEquals(2, s.size());
    assertEquals("It rained.", s.get(1).text());
  }

  @Test
  void titlesAreTheOnlyDifferenceFromTheDefaultDetector() {
    String text = "Gen. Mark Milley spoke. Sen. Warren replied. The Gen. Z voters left.";
    assertEquals(6, sparkNlp(text).size());
    List<Sentence> s = segmenter.segment(text);
    assertEquals(List.of("Gen. Mark Milley spoke.", "Sen. Warren replied.", "The Gen. Z voters left."),
        s.stream().map(Sentence::text).toList());
    assertEquals(2, s.get(2).index());
  }

  @Test
  void everyRouteIsTakenOnItsKindOfDocument() {
    assertNotNull(PragmaticShortcuts.plainBreaks("Officials said so. “We will,” she said. It is unclear; maybe!"));
    assertNull(PragmaticShortcuts.plainBreaks("Mr. Smith said so."));
    assertNull(PragmaticShortcuts.plainBreaks("It grew 3.5 percent."));
    assertNull(PragmaticShortcuts.plainBreaks("It ended... Then (a) list."));
    assertTrue(PragmaticShortcuts.dictionaryAbbreviationMayFire("Mr. Smith said so."));
    assertTrue(PragmaticShortcuts.dictionaryAbbreviationMayFire("in the U.S. economy"));
    assertTrue(!PragmaticShortcuts.dictionaryAbbreviationMayFire("It grew 3.5 percent. A. Smith said."));
  }
}
