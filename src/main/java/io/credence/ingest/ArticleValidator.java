package io.credence.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.ltrim;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
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

  /** {@link #LANGUAGES_DEFAULT} as written on the command line (for help texts). */
  public static final String LANGUAGES_DEFAULT_TEXT = "en";

  /** The languages allowed by default. */
  public static final List<String> LANGUAGES_DEFAULT = List.of(LANGUAGES_DEFAULT_TEXT.split(","));

  private static final UserDefinedFunction OUTLET_FROM_URL =
      udf((UDF1<String, String>) Outlets::fromUrl, DataTypes.StringType);
  private static final UserDefinedFunction HTML_TEXT =
      udf((UDF1<String, String>) HtmlText::extract, DataTypes.StringType);
  private static final UserDefinedFunction REPAIR_MOJIBAKE =
      udf((UDF1<String, String>) Mojibake::repair, DataTypes.StringType);
  private static final UserDefinedFunction TRUNCATE =
      udf((UDF2<String, Long, String>) TextContent::truncateUtf8, DataTypes.StringType);
  private static final UserDefinedFunction TEXT_VERDICT =
      udf((UDF1<String, String>) ArticleValidator::textVerdict, DataTypes.StringType);

  /** {@link #textVerdict} of text that looks like binary data. */
  private static final String BINARY = "binary";

  /** Characters of the regex class {@code [\s\p{Z}]}: what blank text consists of. */
  private static final String BLANK_CHARS = blankChars();

  /**
   * Above this many repeated ids, the duplicate check shuffles every record instead of broadcasting the repeated ids
   * (which go through the driver).
   */
  public static final long BROADCAST_IDS_LIMIT = 200_000;

  /** Repeated ids per partition of the duplicate check's shuffle. */
  private static final long IDS_PER_PARTITION = 5_000;

  private static final String PREPARED = "_text";
  private static final String ID = "_id";
  private static final String OUTLET = "_outlet";
  private static final String PUBLISHED = "_published";
  private static final String PUBLISHED_VERDICT_COLUMN = "_published_verdict";
  private static final String REPEATED = "_repeated";
  private static final String VERDICT = "_verdict";

  private final LocalDate runDate;
  private final long maxBytes;
  private final List<String> languages;
  private final long broadcastIdsLimit;

  public ArticleValidator(LocalDate runDate) {
    this(runDate, MAX_BYTES_DEFAULT, LANGUAGES_DEFAULT);
  }

  /** A validator that caps text at {@code maxBytes} and accepts {@code languages} (codes, or {@code any}). */
  public ArticleValidator(LocalDate runDate, long maxBytes, List<String> languages) {
    this(runDate, maxBytes, languages, BROADCAST_IDS_LIMIT);
  }

  ArticleValidator(LocalDate runDate, long maxBytes, List<String> languages, long broadcastIdsLimit) {
    Preconditions.checkArgument(maxBytes > 0, "The text size cap must be positive, not %s", maxBytes);
    Preconditions.checkArgument(!languages.isEmpty(), "At least one language must be allowed");
    this.runDate = runDate;
    this.maxBytes = maxBytes;
    this.languages = List.copyOf(languages);
    this.broadcastIdsLimit = broadcastIdsLimit;
  }

  /**
   * Returns {@code id, outlet, url, title, text, published (date), author, source, truncated, raw, reject_reason}: one
   * row per input row, {@code reject_reason} null for the records to score.
   */
  public Dataset<Row> validate(Dataset<Row> read) {
    return validate(read, IdCensus.of(read));
  }

  /**
   * {@link #validate(Dataset)} with the input's census already taken. Only records whose id the census saw more than
   * once go through the duplicate check's shuffle (unless more than {@link #BROADCAST_IDS_LIMIT} ids repeat, when all
   * records do); the others keep the input's partitioning.
   */
  public Dataset<Row> validate(Dataset<Row> read, IdCensus census) {
    Dataset<Row> identified = read.withColumn(ID, recordId());
    if (census.repeatedIds() == 0) {
      return finish(checked(identified));
    }
    int inputPartitions = identified.rdd().getNumPartitions();
    if (census.repeatedIds() > broadcastIdsLimit) {
      int partitions = Math.max(inputPartitions, read.sparkSession().sparkContext().defaultParallelism());
      return finish(ranked(checked(identified.repartition(partitions, col(ID)))));
    }
    Dataset<Row> marked =
        identified
            .join(
                broadcast(census.repeated().withColumn(REPEATED, lit(true))),
                identified.col(ID).equalTo(col(IdCensus.ID)),
                "left_outer")
            .drop(IdCensus.ID);
    int partitions = (int) Math.min(inputPartitions, Math.max(1, census.repeatedIds() / IDS_PER_PARTITION));
    Dataset<Row> single = checked(marked.where(col(REPEATED).isNull()).drop(REPEATED));
    Dataset<Row> shared =
        ranked(checked(marked.where(col(REPEATED).isNotNull()).drop(REPEATED).repartition(partitions, col(ID))));
    return finish(single).unionByName(finish(shared));
  }

  /** A record's id: the given one, else (unless the record is corrupt) derived from its url and text. */
  static Column recordId() {
    Column given = coalesce(col("text"), col(ArticleSchemas.TEXT_HTML), lit(""));
    Column derived = substring(sha2(concat_ws("\u0001", coalesce(col("url"), lit("")), given), 256), 1, 16);
    return coalesce(blankToNull(col("id")), when(col(ArticleSchemas.CORRUPT).isNull(), derived));
  }

  /** Fills the derivable fields and sets the per-record reject reason (duplicates not yet decided). */
  private Dataset<Row> checked(Dataset<Row> identified) {
    Column given = col("text");
    Column givenMissing = isBlank(given);
    Column html = col(ArticleSchemas.TEXT_HTML);
    Column extracted = when(html.isNotNull().and(givenMissing), HTML_TEXT.apply(html)).otherwise(given);
    Dataset<Row> prepared = identified.withColumn(PREPARED, REPAIR_MOJIBAKE.apply(extracted));
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
    // The verdict is a yyyy-MM-dd date, one of the two reject reason codes, or null when absent.
    Column publishedVerdict = col(PUBLISHED_VERDICT_COLUMN);
    Column publishedBad =
        publishedVerdict.isNotNull()
            .and(publishedVerdict.isin(
                RejectReason.UNPARSEABLE_PUBLISHED.code(), RejectReason.IMPLAUSIBLE_PUBLISHED.code()));
    Column publishedParsed = when(not(publishedBad), publishedVerdict.cast(DataTypes.DateType));
    Column corrupt = col(ArticleSchemas.CORRUPT).isNotNull();
    Column language = col(VERDICT);
    Column languageAllowed =
        languages.contains(LanguageGuess.ANY)
            ? lit(true)
            : language.isin(LanguageGuess.UNDETERMINED).or(language.isin(languages.toArray()));

    Column reason =
        when(corrupt, lit(RejectReason.MALFORMED_RECORD.code()))
            .when(textMissing, lit(RejectReason.MISSING_TEXT.code()))
            .when(col(VERDICT).equalTo(BINARY), lit(RejectReason.BINARY_CONTENT.code()))
            .when(givenOutlet.isNull().and(urlBlank), lit(RejectReason.MISSING_OUTLET.code()))
            .when(col(OUTLET).isNull(), lit(RejectReason.UNPARSEABLE_URL.code()))
            .when(publishedBad, publishedVerdict)
            .when(not(languageAllowed), lit(RejectReason.LANGUAGE_UNSUPPORTED.code()));
    return prepared
        .withColumn(VERDICT, TEXT_VERDICT.apply(text))
        .withColumn(PUBLISHED_VERDICT_COLUMN, publishedVerdict(runDate).apply(col("published")))
        .withColumn(OUTLET, coalesce(givenOutlet, derivedOutlet))
        .withColumn(PUBLISHED, coalesce(publishedParsed, lit(java.sql.Date.valueOf(runDate))))
        .withColumn(ArticleSchemas.REASON, reason)
        .drop(PUBLISHED_VERDICT_COLUMN);
  }

  /**
   * Decides duplicates: of the valid records sharing an id, the first by (source file, SHA-256 of the record) keeps
   * its row and the others are rejected as {@code duplicate_id}. The rows must be clustered by id.
   */
  private static Dataset<Row> ranked(Dataset<Row> checked) {
    Column competing = col(ArticleSchemas.REASON).isNull().and(col(ID).isNotNull());
    Column rank =
        row_number()
            .over(Window.partitionBy(col(ID), competing).orderBy(col(ArticleSchemas.SOURCE), sha2(record(), 256)));
    return checked.withColumn(
        ArticleSchemas.REASON,
        when(competing.and(rank.gt(1)), lit(RejectReason.DUPLICATE_ID.code())).otherwise(col(ArticleSchemas.REASON)));
  }

  private static Dataset<Row> finish(Dataset<Row> decided) {
    return decided.select(
        col(ID).as("id"),
        col(OUTLET).as("outlet"),
        col("url"),
        col("title"),
        col(PREPARED).as("text"),
        col(PUBLISHED).as("published"),
        col("author"),
        col(ArticleSchemas.SOURCE),
        col(ArticleSchemas.TRUNCATED),
        when(col(ArticleSchemas.REASON).isNotNull(), substring(record(), 1, ArticleSchemas.RAW_LIMIT))
            .as(ArticleSchemas.RAW),
        col(ArticleSchemas.REASON));
  }

  /** The record as read: the raw line when it could not be parsed, else its fields as JSON. */
  private static Column record() {
    Column[] inputFields = ArticleSchemas.INPUT_FIELDS.stream().map(f -> col(f)).toArray(Column[]::new);
    return coalesce(col(ArticleSchemas.CORRUPT), to_json(struct(inputFields)));
  }

  private static Column not(Column c) {
    return org.apache.spark.sql.functions.not(c);
  }

  /**
   * Null, or only characters of {@code [\s\p{Z}]}: the regex {@code ^[\s\p{Z}]*$}, whose {@code $} also matches
   * before a final U+0085, computed without turning the text into a Java string.
   */
  private static Column isBlank(Column c) {
    return c.isNull().or(ltrim(c, BLANK_CHARS).isin("", "\u0085"));
  }

  /** {@code binary} for text that looks like binary data ({@link TextContent#isBinary}), else its language guess. */
  static String textVerdict(String text) {
    if (text == null) {
      return null;
    }
    return TextContent.isBinary(text) ? BINARY : LanguageGuess.guess(text);
  }

  private static String blankChars() {
    java.util.regex.Pattern blank = java.util.regex.Pattern.compile("[\\s\\p{Z}]");
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate(c) && blank.matcher(String.valueOf(c)).matches()) {
        chars.append(c);
      }
    }
    return chars.toString();
  }

  private static Column blankToNull(Column c) {
    Column t = trim(c);
    return when(t.isNull().or(length(t).equalTo(0)), lit(null).cast(DataTypes.StringType)).otherwise(t);
  }

  /** {@link PublishedDates#verdict} on a run of {@code night}, as a UDF of the {@code published} value. */
  private static UserDefinedFunction publishedVerdict(LocalDate night) {
    return udf((UDF1<String, String>) value -> PublishedDates.verdict(value, night), DataTypes.StringType);
  }
}
