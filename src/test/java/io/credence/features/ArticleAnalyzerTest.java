package io.credence.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.nlp.ArticleSegmenter;
import io.credence.testing.SparkTestSession;
import io.credence.text.CueMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/** The analysed row of real seed articles: boilerplate kept as evidence, offsets, headline and byline signals. */
class ArticleAnalyzerTest {

  static ArticleAnalyzer analyzer;
  static ArticleSegmenter segmenter;

  @BeforeAll
  static void start() {
    segmenter = ArticleSegmenter.create(SparkTestSession.get());
    analyzer = new ArticleAnalyzer(segmenter, CueMatcher.standard(), 1);
  }

  private static Row input(String id, String title, String text, String author) {
    return input(id, title, text, author, "test");
  }

  private static Row input(String id, String title, String text, String author, String source) {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("author", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("truncated", DataTypes.BooleanType)
            .add("raw", DataTypes.StringType)
            .add("reject_reason", DataTypes.StringType);
    return new GenericRowWithSchema(
        new Object[] {id, "example.org", null, title, text, null, author, source, false, null, null}, schema);
  }

  private static Row analyse(Row in) {
    Row out = analyzer.analyse(in);
    return new GenericRowWithSchema(
        JavaConverters.seqAsJavaList(out.toSeq()).toArray(), ArticleFeatures.analysedSchema());
  }

  private static List<Row> evidence(Row out) {
    return JavaConverters.seqAsJavaList(out.getSeq(out.fieldIndex(ArticleFeatures.EVIDENCE)));
  }

  @Test
  void seed003BoilerplateIsCountedAndKeptWithOriginalOffsets() throws Exception {
    String text = Files.readString(Path.of("data/sample/003_804411f5e4707af4.txt"), StandardCharsets.UTF_8);
    Row out = analyse(input("003", "", text, "Micaela Burrow"));
    assertNull(out.getAs("reject_reason"));
    assertEquals(7, (int) out.getAs("boilerplate_lines"));
    List<Row> boilerplate = evidence(out).stream().filter(r -> r.getString(3).equals("boilerplate")).toList();
    assertEquals(7, boilerplate.size());
    for (Row r : evidence(out)) {
      int begin = r.getInt(6);
      int end = r.getInt(7);
      assertTrue(begin >= 0 && end <= text.length() && begin < end, r.toString());
      if (r.isNullAt(0)) {
        assertEquals(text.substring(begin, end), r.getString(1));
      }
    }
    assertTrue(boilerplate.stream().anyMatch(r -> r.getString(1).equals("Font Size:")));
    assertTrue(evidence(out).stream().noneMatch(r -> !r.isNullAt(0) && r.getString(1).contains("Getty")));
    assertEquals(1, (int) out.getAs(ArticleFeatures.BYLINE));
    assertNull(out.getAs("headline_words"), "empty title gives null headline features");
    assertTrue((int) out.getAs("named_source_cues") >= 5, out.toString());
    assertTrue((int) out.getAs("attributed_quotes") >= 4, out.toString());
  }

  @Test
  void seed004HeadlineAndAnonymousSourcing() throws Exception {
    String text = Files.readString(Path.of("data/sample/004_8f44b10b6658a6cd.txt"), StandardCharsets.UTF_8);
    Row out = analyse(input("004", "Iran sends killer drones to target Ukrainians in Vladimir Putin’s bloody war",
        text, null));
    assertTrue((int) out.getAs("boilerplate_lines") >= 16, out.toString());
    assertEquals(1, (int) out.getAs(ArticleFeatures.BYLINE), "no author field, but the page's byline line");
    assertEquals(12, (int) out.getAs("headline_words"));
    assertEquals(2, (int) out.getAs("headline_clickbait_cues"));
    assertTrue((int) out.getAs("anonymous_source_cues") >= 1, out.toString());
    assertTrue(evidence(out).stream().anyMatch(r -> "named_person".equals(r.getString(4))));
  }

  @Test
  void pageStructureLinesAreSentencesOfTheirOwnAndTheHeadlineTitlesATextArticle() throws Exception {
    String text = Files.readString(Path.of("data/sample/003_804411f5e4707af4.txt"), StandardCharsets.UTF_8);
    Row out = analyse(input("003", null, text, null, "file:/in/003_804411f5e4707af4.txt"));
    assertEquals("Iran Sending Hundreds Of Armed Drones To Russia", out.getAs("title"));
    assertEquals(8, (int) out.getAs("headline_words"));
    assertEquals(1, (int) out.getAs(ArticleFeatures.BYLINE));
    assertEquals(0, (int) out.getAs(ArticleFeatures.DATELINE));
    String body = io.credence.text.Boilerplate.standard().strip(text).body();
    io.credence.text.PageStructure page = io.credence.text.PageStructure.of(body, io.credence.text.SourceWords.standard());
    assertTrue(page.lines().size() >= 3, page.lines().toString());
    for (io.credence.text.Sentence sentence : PageSegmentation.segment(segmenter, body, page)) {
      for (io.credence.text.PageStructure.Line line : page.lines()) {
        boolean inside = sentence.begin() >= line.begin() && sentence.end() <= line.end();
        boolean apart = sentence.end() <= line.begin() || sentence.begin() >= line.end();
        assertTrue(inside || apart, "sentence '" + sentence.text() + "' crosses the " + line.kind() + " line");
      }
    }
    assertTrue(evidence(out).stream().anyMatch(r -> "Iran Sending Hundreds Of Armed Drones To Russia".equals(r.getString(1))));
    assertTrue(evidence(out).stream().anyMatch(r -> r.getString(1).startsWith("Iran is fast-tracking the transfer")));
    Row json = analyse(input("003", null, text, null, "file:/in/articles.jsonl"));
    assertNull(json.getAs("title"), "only text-format articles take their headline line as title");
    String dated = "WASHINGTON (Reuters) - The minister said the talks would resume.";
    assertEquals(1, (int) analyse(input("d", null, dated, null)).getAs(ArticleFeatures.DATELINE));
  }

  /**
   * The sample run's evidence, article by article: no sentence crosses a structural line of its page, and no evidence
   * sentence holds a headline or byline line together with other text (issue 14: "no evidence sentence in the sample
   * run spans a headline or byline").
   */
  @Test
  void noSampleSentenceSpansAHeadlineOrByline() throws Exception {
    List<Path> files;
    try (java.util.stream.Stream<Path> listed = Files.list(Path.of("data/sample"))) {
      files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, files.size(), files.toString());
    int headlines = 0;
    int bylines = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Row out = analyse(input(file.getFileName().toString(), null, text, null, "file:/in/" + file.getFileName()));
      String body = io.credence.text.Boilerplate.standard().strip(text).body();
      io.credence.text.PageStructure page =
          io.credence.text.PageStructure.of(body, io.credence.text.SourceWords.standard());
      for (io.credence.text.Sentence sentence : PageSegmentation.segment(segmenter, body, page)) {
        for (io.credence.text.PageStructure.Line line : page.lines()) {
          boolean inside = sentence.begin() >= line.begin() && sentence.end() <= line.end();
          boolean apart = sentence.end() <= line.begin() || sentence.begin() >= line.end();
          assertTrue(inside || apart, file + ": sentence '" + sentence.text() + "' crosses the " + line.kind() + " line");
        }
      }
      List<String> marked = new java.util.ArrayList<>();
      String title = out.getAs("title");
      if (title != null) {
        marked.add(title);
      }
      for (io.credence.text.PageStructure.Line line : page.lines()) {
        if (line.kind() == io.credence.text.PageStructure.Kind.HEADLINE) {
          headlines++;
          marked.add(body.substring(line.begin(), line.end()).strip());
        } else if (line.kind() == io.credence.text.PageStructure.Kind.BYLINE) {
          bylines++;
          marked.add(body.substring(line.begin(), line.end()).strip());
        }
      }
      for (Row evidence : evidence(out)) {
        String sentence = evidence.getString(1);
        for (String line : marked) {
          assertTrue(
              sentence.strip().equals(line) || !sentence.contains(line),
              file + ": evidence sentence '" + sentence + "' runs the line '" + line + "' into other text");
        }
      }
    }
    // The two chrome-laden pages (003, 004) have a headline and a byline line each; the test must see them.
    assertTrue(headlines >= 2 && bylines >= 2, "headlines " + headlines + ", bylines " + bylines);
  }
}
