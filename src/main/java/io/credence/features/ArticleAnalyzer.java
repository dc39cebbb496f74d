package io.credence.features;

import com.google.common.collect.Iterators;
import io.credence.ingest.RejectReason;
import io.credence.nlp.ArticleSegmenter;
import io.credence.text.Boilerplate;
import io.credence.text.CueAnalysis;
import io.credence.text.CueCategory;
import io.credence.text.CueHit;
import io.credence.text.CueMatcher;
import io.credence.text.DegenerateText;
import io.credence.text.Headline;
import io.credence.text.LeadHeadline;
import io.credence.text.PageStructure;
import io.credence.text.Sentence;
import io.credence.text.SourceWords;
import io.credence.text.WriterCues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/**
 * Turns each validated article into one analysed row in a single pass: boilerplate stripping, page structure (section
 * labels, headline, byline and dateline lines; {@link PageStructure}), Spark NLP segmentation of the body block by
 * block ({@link PageSegmentation}) and of the title, the {@code no_words} and {@code too_short} checks, cue matching,
 * the degenerate-text check ({@link DegenerateText}), headline and byline signals, and writer cues ({@link
 * WriterCues}). Rejected input passes through with its reason; an article without words, too short, degenerate or
 * that cannot be analysed becomes a rejected row too.
 */
public final class ArticleAnalyzer implements MapPartitionsFunction<Row, Row> {

  private static final org.apache.spark.sql.types.StructType ANALYSED = ArticleFeatures.analysedSchema();

  /** The columns an analysed row takes from its input record as they are (the title may be replaced). */
  private static final List<String> IDENTITY =
      List.of("id", "outlet", "url", "title", "published", "author", "source", "truncated");

  /** Longest sentence text kept in evidence, in characters. */
  public static final int SENTENCE_LIMIT = 2000;

  private final ArticleSegmenter segmenter;
  private final CueMatcher matcher;
  private final Boilerplate boilerplate;
  private final SourceWords words;
  private final int minWords;

  /** An analyzer that rejects articles with fewer than {@code minWords} word tokens as {@code too_short}. */
  public ArticleAnalyzer(ArticleSegmenter segmenter, CueMatcher matcher, int minWords) {
    this.segmenter = segmenter;
    this.matcher = matcher;
    this.boilerplate = Boilerplate.standard();
    this.words = SourceWords.standard();
    this.minWords = Math.max(1, minWords);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return Iterators.transform(input, this::analyse);
  }

  /** Input columns: {@code id, outlet, url, title, text, published, author, source, truncated, raw, reject_reason}. */
  Row analyse(Row in) {
    String reason = in.getAs("reject_reason");
    if (reason != null) {
      return reject(in, in.getAs("raw"), reason);
    }
    String text = in.getAs("text");
    try {
      Boilerplate.Stripped stripped = boilerplate.strip(text);
      PageStructure page = PageStructure.of(stripped.body(), words);
      List<Sentence> sentences = PageSegmentation.segment(segmenter, stripped.body(), page);
      if (wordCount(sentences, 1) == 0 && wordCount(segmenter.segment(text), 1) == 0) {
        return reject(in, truncate(text, 1000), RejectReason.NO_WORDS.code());
      }
      if (wordCount(sentences, minWords) < minWords) {
        return reject(in, truncate(text, 1000), RejectReason.TOO_SHORT.code());
      }
      CueAnalysis analysis = matcher.analyze(stripped, sentences);
      String degenerate = DegenerateText.reason(sentences, analysis);
      if (degenerate != null) {
        return reject(in, truncate(degenerate + " | " + text, 1000), RejectReason.DEGENERATE_TEXT.code());
      }
      String title = ArticleFeatures.titleOf(in.getAs("title"), in.getAs("source"), page);
      Headline headline =
          title == null || title.isBlank()
              ? Headline.NONE
              : Headline.of(title, titleTokens(title), matcher, words);
      WriterCues.Result writer = WriterCues.analyse(stripped.body(), sentences, analysis.quotes());
      return scored(
          in,
          title,
          text,
          sentences,
          analysis,
          headline,
          page,
          writer,
          storySentences(title, stripped.body(), sentences, analysis, page));
    } catch (RuntimeException | StackOverflowError e) {
      return reject(in, e.getClass().getSimpleName() + ": " + e.getMessage(), RejectReason.ANALYSIS_FAILED.code());
    }
  }

  /** Tokens with a letter or digit, counted up to {@code enough}. */
  private static int wordCount(List<Sentence> sentences, int enough) {
    int count = 0;
    for (Sentence s : sentences) {
      for (io.credence.text.Token t : s.tokens()) {
        if (t.isWord() && ++count >= enough) {
          return count;
        }
      }
    }
    return count;
  }

  private List<io.credence.text.Token> titleTokens(String title) {
    List<io.credence.text.Token> tokens = new ArrayList<>();
    for (Sentence s : segmenter.segment(title)) {
      tokens.addAll(s.tokens());
    }
    return tokens;
  }

  /**
   * The article as the story comparison reads it: its headline (the title, else {@link LeadHeadline}) with a null
   * sentence index, then every body sentence, each with the families of its counted cues, and the attribution family
   * of a sentence attributed only through the quote it lies in (the second sentence of a quote whose speaker the
   * first names). A headline line taken from the body is cut off the sentence it opens (the segmenter joins lines
   * without a full stop), with its cues. Section, byline and dateline lines are page furniture, not claims: they are
   * left out.
   */
  private List<Row> storySentences(
      String title, String body, List<Sentence> sentences, CueAnalysis analysis, PageStructure page) {
    LeadHeadline.Line lead = title == null || title.isBlank() ? LeadHeadline.of(body) : null;
    int cut = lead == null ? 0 : lead.end();
    List<java.util.Set<String>> cues = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      cues.add(new java.util.TreeSet<>());
    }
    boolean[] attributed = new boolean[sentences.size()];
    for (CueHit hit : analysis.hits()) {
      if (hit.sentenceIndex() >= 0 && !hit.negated() && hit.begin() >= cut) {
        cues.get(hit.sentenceIndex()).add(hit.category().label());
        attributed[hit.sentenceIndex()] |= hit.category().isAttribution();
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      CueCategory quoted = analysis.attributionOf(i);
      if (quoted != null && !attributed[i] && sentences.get(i).begin() >= cut) {
        cues.get(i).add(quoted.label());
      }
    }
    List<Row> rows = new ArrayList<>(sentences.size() + 1);
    String headline = lead != null ? lead.text() : title == null || title.isBlank() ? null : title.strip();
    if (headline != null) {
      java.util.Set<String> headlineCues = new java.util.TreeSet<>();
      for (CueHit hit : matcher.matchTokens(titleTokens(headline))) {
        if (!hit.negated()) {
          headlineCues.add(hit.category().label());
        }
      }
      rows.add(RowFactory.create(null, truncate(headline, SENTENCE_LIMIT), scalaList(new ArrayList<>(headlineCues))));
    }
    for (Sentence s : sentences) {
      String text = s.begin() >= cut ? s.text() : s.end() <= cut ? "" : body.substring(cut, s.end()).strip();
      if (!text.isEmpty() && !furniture(page, s)) {
        rows.add(
            RowFactory.create(
                s.index(), truncate(text, SENTENCE_LIMIT), scalaList(new ArrayList<>(cues.get(s.index())))));
      }
    }
    return rows;
  }

  /** Whether sentence {@code s} lies within a section, byline or dateline line of the page. */
  private static boolean furniture(PageStructure page, Sentence s) {
    for (PageStructure.Line line : page.lines()) {
      boolean meta = line.kind() == PageStructure.Kind.SECTION || line.kind() == PageStructure.Kind.BYLINE
          || line.kind() == PageStructure.Kind.DATELINE;
      if (meta && line.begin() <= s.begin() && s.end() <= line.end()) {
        return true;
      }
    }
    return false;
  }

  private static <T> scala.collection.Seq<T> scalaList(List<T> values) {
    return JavaConverters.asScalaBuffer(values).toSeq();
  }

  private Row scored(
      Row in,
      String title,
      String text,
      List<Sentence> sentences,
      CueAnalysis analysis,
      Headline headline,
      PageStructure page,
      WriterCues.Result writer,
      List<Row> story) {
    Object[] values = identity(in);
    values[field("title")] = title;
    values[field("tokens")] = analysis.tokens();
    values[field("sentences")] = analysis.sentences();
    put(values, ArticleFeatures.countColumns(), analysis.countValues());
    String author = in.getAs("author");
    values[field(ArticleFeatures.BYLINE)] = author == null || author.isBlank() ? (page.hasByline() ? 1 : 0) : 1;
    put(values, Headline.COLUMNS, headline.values());
    put(values, WriterCues.COLUMNS, writer.values());
    List<Row> evidence = new ArrayList<>(analysis.hits().size() + writer.hits().size());
    for (CueHit hit : analysis.hits()) {
      boolean inSentence = hit.sentenceIndex() >= 0;
      String sentence =
          inSentence ? sentences.get(hit.sentenceIndex()).text() : text.substring(hit.begin(), hit.end());
      evidence.add(
          RowFactory.create(
              inSentence ? hit.sentenceIndex() : null,
              truncate(sentence, SENTENCE_LIMIT),
              hit.cue(),
              hit.category().label(),
              hit.sourceType() == null ? null : hit.sourceType().label(),
              hit.negated(),
              hit.begin(),
              hit.end()));
    }
    for (WriterCues.Hit hit : writer.hits()) {
      evidence.add(RowFactory.create(hit.sentenceIndex(), truncate(sentences.get(hit.sentenceIndex()).text(),
          SENTENCE_LIMIT), hit.cue(), hit.category(), null, false, hit.begin(), hit.end()));
    }
    values[field(ArticleFeatures.EVIDENCE)] = JavaConverters.asScalaBuffer(evidence).toSeq();
    values[field(ArticleFeatures.DATELINE)] = page.hasDateline() ? 1 : 0;
    values[field(ArticleFeatures.STORY_SENTENCES)] = scalaList(story);
    return RowFactory.create(values);
  }

  /** A rejected row: the record's identity, its raw text and reason; every analysed column null. */
  private static Row reject(Row in, String raw, String reason) {
    Object[] values = identity(in);
    values[field("raw")] = raw;
    values[field("reject_reason")] = reason;
    return RowFactory.create(values);
  }

  /** A row of {@link ArticleFeatures#analysedSchema()}, all null but the columns it takes from the input record. */
  private static Object[] identity(Row in) {
    Object[] values = new Object[ANALYSED.size()];
    for (String c : IDENTITY) {
      values[field(c)] = in.getAs(c);
    }
    return values;
  }

  /** Sets {@code columns} to {@code values}, pairwise (the two lists come from one class and must agree). */
  private static void put(Object[] row, List<String> columns, List<?> values) {
    if (columns.size() != values.size()) {
      throw new IllegalStateException(columns.size() + " columns but " + values.size() + " values: " + columns);
    }
    for (int i = 0; i < columns.size(); i++) {
      row[field(columns.get(i))] = values.get(i);
    }
  }

  private static int field(String name) {
    return ANALYSED.fieldIndex(name);
  }

  private static String truncate(String s, int limit) {
    return s == null || s.length() <= limit ? s : s.substring(0, limit);
  }
}
