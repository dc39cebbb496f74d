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

  @BeforeAll
  static void start() {
    analyzer = new ArticleAnalyzer(ArticleSegmenter.create(SparkTestSession.get()), CueMatcher.standard(), 1);
  }

  private static Row input(String id, String title, String text, String author) {
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
        new Object[] {id, "example.org", null, title, text, null, author, "test", false, null, null}, schema);
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
    assertEquals(0, (int) out.getAs(ArticleFeatures.BYLINE));
    assertEquals(12, (int) out.getAs("headline_words"));
    assertEquals(2, (int) out.getAs("headline_clickbait_cues"));
    assertTrue((int) out.getAs("anonymous_source_cues") >= 1, out.toString());
    assertTrue(evidence(out).stream().anyMatch(r -> "named_person".equals(r.getString(4))));
  }
}
