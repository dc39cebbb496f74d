package io.credence.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Validates read articles and fills the derivable fields, as Column expressions: text from {@code text_html} when
 * there is no {@code text}, mojibake repaired, text cut to the byte cap, outlet from url, a stable id from url and
 * text, published falling back to the run date. Every record keeps its row; bad ones get a reason code. Of several
 * valid records with one {@code id}, the first by (source file, SHA-256 of the record) is kept and the others are
 * rejected as {@code duplicate_id}.
 */
public final class ArticleValidator {

  /** The default text size cap in UTF-8 bytes (1 MiB); longer text is scored on its first bytes, flagged truncated. */
  public static final long MAX_BYTES_DEFAULT = 1L << 20;

  /** The languages allowed by default. */
  public static final List<String> LANGUAGES_DEFAULT = List.of("en");

  private static final UserDefinedFunction OUTLET_FROM_URL =
      udf((UDF1<String, String>) Outlets::fromUrl, DataTypes.StringType);
  private static final UserDefinedFunction PUBLISHED_ISO =
      udf((UDF1<String, String>) PublishedDates::parseIso, DataTypes.StringType);
  private static final UserDefinedFunction HTML_TEXT =
      udf((UDF1<String, String>) HtmlText::extract, DataTypes.StringType);
  private static final UserDefinedFunction REPAIR_MOJIBAKE =
      udf((UDF1<String, String>) Mojibake::repair, DataTypes.StringType);
  private static final UserDefinedFunction TRUNCATE =
      udf((UDF2<String, Long, String>) TextContent::truncateUtf8, DataTypes.StringType);
  private static final UserDefinedFunction IS_BINARY =
      udf((UDF1<String, Boolean>) TextContent::isBinary, DataTypes.BooleanType);
  private static final UserDefinedFunction LANGUAGE =
      udf((UDF1<String, String>) LanguageGuess::guess, DataTypes.StringType);

  private static final String PREPARED = "_text";
  private static final String ID = "_id";

  private final LocalDate runDate;
  private final long maxBytes;
  private final List<String> languages;

  public ArticleValidator(LocalDate runDate) {
    this(runDate, MAX_BYTES_DEFAULT, LANGUAGES_DEFAULT);
  }

  /** A validator that caps text at {@code maxBytes} and accepts {@code languages} (codes, or {@code any}). */
  public ArticleValidator(LocalDate runDate, long maxBytes, List<String> languages) {
    Preconditions.checkArgument(maxBytes > 0, "The text size cap must be positive, not %s", maxBytes);
    Preconditions.checkArgument(!languages.isEmpty(), "At least one language must be allowed");
    this.runDate = runDate;
    this.maxBytes = maxBytes;
    this.languages = List.copyOf(languages);
  }

  /**
   * Returns {@code id, outlet, url, title, text, published (date), author, source, truncated, raw, reject_reason}: one
   * row per input row, {@code reject_reason} null for the records to score.
   */
  public Dataset<Row> validate(Dataset<Row> read) {
    Column given = col("text");
    Column givenMissing = isBlank(given);
    Column html = col(ArticleSchemas.TEXT_HTML);
    Column extracted = when(givenMissing.and(html.isNotNull()), HTML_TEXT.apply(html)).otherwise(given);
    Dataset<Row> prepared = read.withColumn(PREPARED, REPAIR_MOJIBAKE.apply(extracted));
    Column tooLarge = coalesce(octet_length(col(PREPARED)).gt(maxBytes), lit(false));
    prepared =
        prepared
            .withColumn(ArticleSchemas.TRUNCATED, tooLarge)
            .withColumn(
                PREPARED,
                when(col(ArticleSchemas.TRUNCATED), TRUNCATE.apply(col(PREPARED), lit(maxBytes)))
                    .otherwise(col(PREPARED)));

    Column text = col(PREPARED);
    Column textMissing = isBlank(text);
    Column givenOutlet = blankToNull(col("outlet"));
    Column urlBlank = blankToNull(col("url")).isNull();
    Column derivedOutlet = when(urlBlank, lit(null)).otherwise(OUTLET_FROM_URL.apply(trim(col("url"))));
    Column outlet = coalesce(givenOutlet, derivedOutlet);
    Column publishedGiven = blankToNull(col("published"));
    Column publishedParsed = to_date(PUBLISHED_ISO.apply(col("published")));
    Column derivedId =
        substring(
            sha2(concat_ws("\u0001", coalesce(col("url"), lit("")), coalesce(given, html, lit(""))), 256), 1, 16);
    Column corrupt = col(ArticleSchemas.CORRUPT).isNotNull();
    Column language = LANGUAGE.apply(text);
    Column languageAllowed =
        languages.contains(LanguageGuess.ANY)
            ? lit(true)
            : language.isin(LanguageGuess.UNDETERMINED).or(language.isin(languages.toArray()));

    Column reason =
        when(corrupt, lit(RejectReason.MALFORMED_RECORD.code()))
            .when(textMissing, lit(RejectReason.MISSING_TEXT.code()))
            .when(IS_BINARY.apply(text), lit(RejectReason.BINARY_CONTENT.code()))
            .when(givenOutlet.isNull().and(urlBlank), lit(RejectReason.MISSING_OUTLET.code()))
            .when(outlet.isNull(), lit(RejectReason.UNPARSEABLE_URL.code()))
            .when(publishedGiven.isNotNull().and(publishedParsed.isNull()),
                lit(RejectReason.UNPARSEABLE_PUBLISHED.code()))
            .when(not(languageAllowed), lit(RejectReason.LANGUAGE_UNSUPPORTED.code()));

    Column[] inputFields = ArticleSchemas.INPUT_FIELDS.stream().map(f -> col(f)).toArray(Column[]::new);
    Column record = coalesce(col(ArticleSchemas.CORRUPT), to_json(struct(inputFields)));
    Dataset<Row> checked =
        prepared
            .withColumn(ID, coalesce(blankToNull(col("id")), when(not(corrupt), derivedId)))
            .withColumn(ArticleSchemas.REASON, reason)
            .withColumn("_record", record);

    Column competing = col(ArticleSchemas.REASON).isNull().and(col(ID).isNotNull());
    Column rank =
        row_number()
            .over(Window.partitionBy(col(ID), competing).orderBy(col(ArticleSchemas.SOURCE), sha2(col("_record"), 256)));
    Column finalReason =
        when(competing.and(rank.gt(1)), lit(RejectReason.DUPLICATE_ID.code())).otherwise(col(ArticleSchemas.REASON));
    Dataset<Row> deduplicated = checked.withColumn(ArticleSchemas.REASON, finalReason);

    return deduplicated.select(
        col(ID).as("id"),
        outlet.as("outlet"),
        col("url"),
        col("title"),
        text.as("text"),
        coalesce(publishedParsed, lit(java.sql.Date.valueOf(runDate))).as("published"),
        col("author"),
        col(ArticleSchemas.SOURCE),
        col(ArticleSchemas.TRUNCATED),
        when(col(ArticleSchemas.REASON).isNotNull(), substring(col("_record"), 1, ArticleSchemas.RAW_LIMIT))
            .as(ArticleSchemas.RAW),
        col(ArticleSchemas.REASON));
  }

  private static Column not(Column c) {
    return org.apache.spark.sql.functions.not(c);
  }

  private static Column isBlank(Column c) {
    return c.isNull().or(c.rlike("^[\\s\\p{Z}]*$"));
  }

  private static Column blankToNull(Column c) {
    Column t = trim(c);
    return when(t.isNull().or(length(t).equalTo(0)), lit(null).cast(DataTypes.StringType)).otherwise(t);
  }
}
