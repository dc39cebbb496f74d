package io.credence.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.credence.text.CueAnalysis;
import io.credence.text.Headline;
import io.credence.text.WriterCues;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The per-article feature contract: count columns, rate columns and the evidence struct, as declared schemas. */
public final class ArticleFeatures {

  /** The contract's sum of hedge, uncertainty, hearsay and weasel cues. */
  public static final String HEDGING = CueAnalysis.HEDGING;

  /**
   * 1 when the article names its author: a non-blank {@code author}, or a byline line on the page ("By Jane Doe",
   * "Micaela Burrow Investigative Reporter, Defense"; see {@link io.credence.text.PageStructure}), else 0.
   */
  public static final String BYLINE = "byline_present";

  /**
   * 1 when the text opens with a dateline ("WASHINGTON (Reuters) —", "MOSCOW, July 12 —") or has a dateline line, else
   * 0 (see {@link io.credence.text.PageStructure}). Appended after every other feature column.
   */
  public static final String DATELINE = "dateline_present";

  /** Suffix of the rate per 100 sentences of a count column. */
  public static final String PER_100_SENTENCES = "_per_100_sentences";

  /** Suffix of the rate per 1,000 tokens of a count column. */
  public static final String PER_1K_TOKENS = "_per_1k_tokens";

  /** The nested array of cue hits an analysed article carries until it is written to {@code cue_evidence}. */
  public static final String EVIDENCE = "evidence";

  /**
   * The article's headline and sentences with the families of their cues, as the story comparison reads them; kept in
   * {@code article_features} so that stories can span the window's nights.
   */
  public static final String STORY_SENTENCES = "story_sentences";

  private ArticleFeatures() {}

  /** One entry of {@link #STORY_SENTENCES}: the headline has a null {@code sentence_index}. */
  public static StructType storySentenceStruct() {
    return new StructType()
        .add("sentence_index", DataTypes.IntegerType, true)
        .add("sentence", DataTypes.StringType, false)
        .add("cues", DataTypes.createArrayType(DataTypes.StringType, false), false);
  }

  /**
   * Every count column, in output order: one per cue category, {@code hedging_cues}, then the sentence-structure
   * counts (source types, attributed uncertainty and speculation, attributed and orphan quotes, negated cues).
   */
  public static List<String> countColumns() {
    return new ArrayList<>(CueAnalysis.countColumns());
  }

  /** Per-article signals that are not rates of a count: byline and headline features (null for an empty title). */
  public static List<String> signalColumns() {
    List<String> cols = new ArrayList<>();
    cols.add(BYLINE);
    cols.addAll(Headline.COLUMNS);
    return cols;
  }

  /** Every feature a scoring profile may use: counts, signals, rates, then the signals appended since. */
  public static List<String> featureColumns() {
    List<String> cols = countColumns();
    cols.addAll(signalColumns());
    cols.addAll(rateColumns());
    cols.addAll(appendedSignalColumns());
    cols.addAll(writerColumns());
    return cols;
  }

  /** Signals added after the first schema, kept at the end of every schema: {@code dateline_present}. */
  public static List<String> appendedSignalColumns() {
    return List.of(DATELINE);
  }

  /**
   * The article's title: the given one, or for a text-format article ({@code source} a {@code .txt} file) without
   * one, the headline line of its text.
   */
  static String titleOf(String title, String source, io.credence.text.PageStructure page) {
    boolean textFile = source != null && source.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
    return (title == null || title.isBlank()) && textFile && page.headline() != null ? page.headline() : title;
  }

  /** Every rate column, in output order: per 100 sentences and per 1,000 tokens for each count column. */
  public static List<String> rateColumns() {
    List<String> cols = new ArrayList<>();
    for (String c : countColumns()) {
      cols.add(c + PER_100_SENTENCES);
    }
    for (String c : countColumns()) {
      cols.add(c + PER_1K_TOKENS);
    }
    return cols;
  }

  /**
   * The writing-style counts of {@link WriterCues} and their rates per 100 sentences, appended after every other
   * feature column: {@code first_person_cues, ..., transparency_lines, first_person_cues_per_100_sentences, ...}.
   */
  public static List<String> writerColumns() {
    List<String> cols = new ArrayList<>(WriterCues.COLUMNS);
    for (String c : WriterCues.COLUMNS) {
      cols.add(c + PER_100_SENTENCES);
    }
    return cols;
  }

  /** The {@link #writerColumns()} as expressions on the analysed rows. */
  public static List<Column> writerExpressions() {
    List<Column> exprs = new ArrayList<>();
    for (String c : WriterCues.COLUMNS) {
      exprs.add(col(c));
    }
    for (String c : WriterCues.COLUMNS) {
      exprs.add(rate(c, "sentences", 100.0).as(c + PER_100_SENTENCES));
    }
    return exprs;
  }

  /** Rate columns derived from the counts and the article's size (null for an empty article). */
  public static List<Column> rateExpressions() {
    List<Column> exprs = new ArrayList<>();
    for (String c : countColumns()) {
      exprs.add(rate(c, "sentences", 100.0).as(c + PER_100_SENTENCES));
    }
    for (String c : countColumns()) {
      exprs.add(rate(c, "tokens", 1000.0).as(c + PER_1K_TOKENS));
    }
    return exprs;
  }

  private static Column rate(String count, String size, double per) {
    return when(col(size).gt(0), col(count).multiply(per).divide(col(size))).otherwise(lit(null).cast("double"));
  }

  /**
   * One cue hit: where it is and what it is; offsets index the original article text, end exclusive. A boilerplate
   * line has no sentence index and carries the stripped line as its sentence; {@code source_type} is the attribution's
   * source (named_person, institutional, anonymous, unresolved) on attributions, quotes with a speaker and hedging cues
   * in attributed sentences, else null; {@code negated} marks a cue reversed by a negation (not counted).
   */
  public static StructType evidenceStruct() {
    return new StructType()
        .add("sentence_index", DataTypes.IntegerType, true)
        .add("sentence", DataTypes.StringType, false)
        .add("cue", DataTypes.StringType, false)
        .add("category", DataTypes.StringType, false)
        .add("source_type", DataTypes.StringType, true)
        .add("negated", DataTypes.BooleanType, false)
        .add("begin", DataTypes.IntegerType, false)
        .add("end", DataTypes.IntegerType, false);
  }

  /** The field names of {@link #evidenceStruct()}, in order. */
  public static List<String> evidenceFields() {
    return List.of(evidenceStruct().fieldNames());
  }

  /** The schema {@link ArticleAnalyzer} emits: identity fields, counts, signals, evidence, and reject fields. */
  public static StructType analysedSchema() {
    StructType s =
        new StructType()
            .add("id", DataTypes.StringType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.DateType, true)
            .add("author", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("truncated", DataTypes.BooleanType, true)
            .add("tokens", DataTypes.IntegerType, true)
            .add("sentences", DataTypes.IntegerType, true);
    for (String c : countColumns()) {
      s = s.add(c, DataTypes.IntegerType, true);
    }
    s = s.add(BYLINE, DataTypes.IntegerType, true);
    for (String h : Headline.COLUMNS) {
      s = s.add(h, h.endsWith("_share") ? DataTypes.DoubleType : DataTypes.IntegerType, true);
    }
    for (String w : WriterCues.COLUMNS) {
      s = s.add(w, DataTypes.IntegerType, true);
    }
    return s.add(EVIDENCE, DataTypes.createArrayType(evidenceStruct(), false), true)
        .add("raw", DataTypes.StringType, true)
        .add("reject_reason", DataTypes.StringType, true)
        .add(DATELINE, DataTypes.IntegerType, true)
        .add(STORY_SENTENCES, DataTypes.createArrayType(storySentenceStruct(), false), true);
  }
}
