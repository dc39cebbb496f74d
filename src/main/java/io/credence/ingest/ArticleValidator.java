package io.credence.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Validates read articles and fills the derivable fields, as Column expressions: outlet from url, a stable id from
 * url and text, published falling back to the run date. Every record keeps its row; bad ones get a reason code.
 */
public final class ArticleValidator {

  private static final UserDefinedFunction OUTLET_FROM_URL =
      udf((UDF1<String, String>) Outlets::fromUrl, DataTypes.StringType);
  private static final UserDefinedFunction PUBLISHED_ISO =
      udf((UDF1<String, String>) PublishedDates::parseIso, DataTypes.StringType);

  private final LocalDate runDate;

  public ArticleValidator(LocalDate runDate) {
    this.runDate = runDate;
  }

  /**
   * Returns {@code id, outlet, url, title, text, published (date), author, source, raw, reject_reason}: one row per
   * input row, {@code reject_reason} null for the records to score.
   */
  public Dataset<Row> validate(Dataset<Row> read) {
    Column text = col("text");
    Column textMissing = text.isNull().or(text.rlike("^[\\s\\p{Z}]*$"));
    Column givenOutlet = blankToNull(col("outlet"));
    Column urlBlank = blankToNull(col("url")).isNull();
    Column derivedOutlet = when(urlBlank, lit(null)).otherwise(OUTLET_FROM_URL.apply(trim(col("url"))));
    Column outlet = coalesce(givenOutlet, derivedOutlet);
    Column publishedGiven = blankToNull(col("published"));
    Column publishedParsed = to_date(PUBLISHED_ISO.apply(col("published")));
    Column derivedId =
        substring(sha2(concat_ws("\u0001", coalesce(col("url"), lit("")), coalesce(text, lit(""))), 256), 1, 16);

    Column reason =
        when(col(ArticleSchemas.CORRUPT).isNotNull(), lit(RejectReason.MALFORMED_RECORD.code()))
            .when(textMissing, lit(RejectReason.MISSING_TEXT.code()))
            .when(givenOutlet.isNull().and(urlBlank), lit(RejectReason.MISSING_OUTLET.code()))
            .when(outlet.isNull(), lit(RejectReason.UNPARSEABLE_URL.code()))
            .when(publishedGiven.isNotNull().and(publishedParsed.isNull()),
                lit(RejectReason.UNPARSEABLE_PUBLISHED.code()));

    Column[] inputFields =
        ArticleSchemas.INPUT_FIELDS.stream().map(f -> col(f)).toArray(Column[]::new);
    Column raw = substring(coalesce(col(ArticleSchemas.CORRUPT), to_json(struct(inputFields))), 1, ArticleSchemas.RAW_LIMIT);

    return read.withColumn(ArticleSchemas.REASON, reason)
        .select(
            coalesce(blankToNull(col("id")), when(col(ArticleSchemas.CORRUPT).isNull(), derivedId)).as("id"),
            outlet.as("outlet"),
            col("url"),
            col("title"),
            text.as("text"),
            coalesce(publishedParsed, lit(java.sql.Date.valueOf(runDate))).as("published"),
            col("author"),
            col(ArticleSchemas.SOURCE),
            when(col(ArticleSchemas.REASON).isNotNull(), raw).as(ArticleSchemas.RAW),
            col(ArticleSchemas.REASON));
  }

  private static Column blankToNull(Column c) {
    Column t = trim(c);
    return when(t.isNull().or(length(t).equalTo(0)), lit(null).cast(DataTypes.StringType)).otherwise(t);
  }
}
