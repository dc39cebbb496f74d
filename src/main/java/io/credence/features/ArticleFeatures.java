package io.credence.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.credence.text.CueCategory;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The per-article feature contract: count columns, rate columns and the evidence struct, as declared schemas. */
public final class ArticleFeatures {

  /** The contract's sum of hedge, uncertainty and hearsay cues. */
  public static final String HEDGING = "hedging_cues";

  /** Suffix of the rate per 100 sentences of a count column. */
  public static final String PER_100_SENTENCES = "_per_100_sentences";

  /** Suffix of the rate per 1,000 tokens of a count column. */
  public static final String PER_1K_TOKENS = "_per_1k_tokens";

  /** The nested array of cue hits an analysed article carries until it is written to {@code cue_evidence}. */
  public static final String EVIDENCE = "evidence";

  private ArticleFeatures() {}

  /** Every count column, in output order: one per cue category, then {@code hedging_cues}. */
  public static List<String> countColumns() {
    List<String> cols = new ArrayList<>();
    for (CueCategory c : CueCategory.values()) {
      cols.add(c.column());
    }
    cols.add(HEDGING);
    return cols;
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

  /** One cue hit: where it is and what it is; offsets index the article text, end exclusive. */
  public static StructType evidenceStruct() {
    return new StructType()
        .add("sentence_index", DataTypes.IntegerType, false)
        .add("sentence", DataTypes.StringType, false)
        .add("cue", DataTypes.StringType, false)
        .add("category", DataTypes.StringType, false)
        .add("begin", DataTypes.IntegerType, false)
        .add("end", DataTypes.IntegerType, false);
  }

  /** The schema {@link ArticleAnalyzer} emits: identity fields, counts, evidence, and reject fields. */
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
            .add("tokens", DataTypes.IntegerType, true)
            .add("sentences", DataTypes.IntegerType, true);
    for (String c : countColumns()) {
      s = s.add(c, DataTypes.IntegerType, true);
    }
    return s.add(EVIDENCE, DataTypes.createArrayType(evidenceStruct(), false), true)
        .add("raw", DataTypes.StringType, true)
        .add("reject_reason", DataTypes.StringType, true);
  }
}
