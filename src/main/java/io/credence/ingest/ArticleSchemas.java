package io.credence.ingest;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The declared input schema and the column names shared by the ingest stage. */
public final class ArticleSchemas {

  /**
   * Input fields of the article contract, in contract order. Only {@code text} is required; {@code text_html} stands
   * in for it (the article text is extracted from the HTML) when {@code text} is missing.
   */
  public static final List<String> INPUT_FIELDS =
      List.of("id", "outlet", "url", "title", "text", "published", "author", "text_html");

  /** The HTML of the article page, from which text is extracted when {@code text} is missing. */
  public static final String TEXT_HTML = "text_html";

  /** True for a scored article whose text was cut to {@code --max-bytes}. */
  public static final String TRUNCATED = "truncated";

  /** The column Spark fills with the raw line or row when it cannot parse it. */
  public static final String CORRUPT = "_corrupt_record";

  /** The file a record came from. */
  public static final String SOURCE = "source";

  /** The record as read, for the {@code rejected} table. */
  public static final String RAW = "raw";

  /** The reject reason code; null for a record that goes on to be scored. */
  public static final String REASON = "reject_reason";

  /** Characters of the raw record kept in {@code rejected.raw}. */
  public static final int RAW_LIMIT = 1000;

  private ArticleSchemas() {}

  /** Every input field as a nullable string, plus the corrupt-record column. */
  public static StructType inputSchema() {
    StructType schema = new StructType();
    for (String f : INPUT_FIELDS) {
      schema = schema.add(f, DataTypes.StringType, true);
    }
    return schema.add(CORRUPT, DataTypes.StringType, true);
  }

  /** The schema of a {@code text}-format manifest: {@code file,outlet,url,published} plus optional extras. */
  public static StructField[] manifestFields() {
    return new StructField[] {
      DataTypes.createStructField("file", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true),
    };
  }
}
