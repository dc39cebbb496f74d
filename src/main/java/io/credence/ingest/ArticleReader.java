package io.credence.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.decode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.ltrim;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.StructType;

/**
 * Reads articles in any supported format into one shape: every contract field as a string, plus
 * {@code _corrupt_record} (the raw line when it could not be parsed) and {@code source} (the file). Every record of
 * the input becomes exactly one row: a JSON line that is not one object (an array, a number) is one malformed row,
 * never zero or several. Bytes that are not UTF-8 are decoded as U+FFFD.
 */
public final class ArticleReader {

  /** The manifest file name inside a {@code text}-format directory. */
  public static final String MANIFEST = "MANIFEST.csv";

  private final SparkSession spark;
  private final String outlet;

  /** A reader that names the outlet of an unnamed text or html article after the directory holding its file. */
  public ArticleReader(SparkSession spark) {
    this(spark, null);
  }

  /**
   * A reader that gives {@code outlet} to text and html articles whose outlet neither the manifest nor a url names
   * ({@code null}: the name of the directory that holds the article's file).
   */
  public ArticleReader(SparkSession spark, String outlet) {
    this.spark = spark;
    this.outlet = outlet;
  }

  /** Reads {@code path} (file, directory or glob) in {@code format}; {@code AUTO} is resolved from the path. */
  public Dataset<Row> read(String path, InputFormat format) {
    Preconditions.checkArgument(path != null && !path.isBlank(), "Input path must not be empty");
    InputFormat resolved =
        format == InputFormat.AUTO ? InputFormat.detect(path, spark.sparkContext().hadoopConfiguration()) : format;
    Dataset<Row> df =
        switch (resolved) {
          case JSONL -> readJson(path);
          case CSV -> readCsv(path);
          case PARQUET -> readParquet(path);
          case TEXT -> readFiles(path, "*.txt", "\\.txt$", "text");
          case HTML -> readFiles(path, "*.{html,htm,HTML,HTM}", "\\.[hH][tT][mM][lL]?$", ArticleSchemas.TEXT_HTML);
          case AUTO -> throw new IllegalStateException("unreachable");
        };
    return df;
  }

  /**
   * JSON Lines, one record per line that is not blank. Parsed with {@code from_json} line by line (not Spark's JSON
   * source, which turns a line holding an array into one row per element, or none for {@code []}).
   */
  private Dataset<Row> readJson(String path) {
    Map<String, String> options = Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", ArticleSchemas.CORRUPT);
    Column line = col("line");
    Dataset<Row> lines =
        spark.read()
            .text(path)
            .select(
                withoutByteOrderMark(utf8(col("value"))).as("line"),
                col("_metadata.file_path").as(ArticleSchemas.SOURCE))
            .where(length(trim(line)).gt(0));
    Column parsed = from_json(line, ArticleSchemas.inputSchema(), options);
    Column notObject = not(ltrim(line).startsWith("{"));
    List<Column> cols = new ArrayList<>();
    for (String f : ArticleSchemas.INPUT_FIELDS) {
      cols.add(when(notObject, lit(null).cast(DataTypes.StringType)).otherwise(parsed.getField(f)).as(f));
    }
    cols.add(
        when(notObject.or(parsed.isNull()).or(parsed.getField(ArticleSchemas.CORRUPT).isNotNull()), line)
            .as(ArticleSchemas.CORRUPT));
    cols.add(col(ArticleSchemas.SOURCE));
    return lines.select(cols.toArray(new Column[0]));
  }

  /** The name of the directory holding the file at {@code path} (a URI: percent-escapes decoded). */
  private static Column directoryName(Column path) {
    Column name = regexp_extract(path, "([^/]+)/[^/]+$", 1);
    return call_function("url_decode", regexp_replace(name, "\\+", "%2B"));
  }

  /** The line without a leading byte order mark (a plain prefix test, so lines are not round-tripped through a regex). */
  private static Column withoutByteOrderMark(Column line) {
    return when(line.startsWith("\uFEFF"), substring(line, 2, Integer.MAX_VALUE)).otherwise(line);
  }

  /** Re-decodes a string column's bytes as UTF-8, replacing invalid sequences with U+FFFD. */
  private static Column utf8(Column c) {
    return decode(c.cast(DataTypes.BinaryType), "UTF-8");
  }

  private Dataset<Row> readCsv(String path) {
    String[] header = spark.read().option("header", "true").csv(path).columns();
    List<String> known = new ArrayList<>();
    StructType schema = new StructType();
    for (String column : header) {
      String name = column.trim().toLowerCase(Locale.ROOT);
      Preconditions.checkArgument(
          !known.contains(name), "CSV input '%s' has the column '%s' twice", path, column);
      known.add(name);
      schema = schema.add(name, DataTypes.StringType, true);
    }
    Preconditions.checkArgument(
        known.contains("text"),
        "CSV input '%s' has no 'text' column (header: %s)",
        path,
        Arrays.toString(header));
    schema = schema.add(ArticleSchemas.CORRUPT, DataTypes.StringType, true);
    Dataset<Row> df =
        spark.read()
            .schema(schema)
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", ArticleSchemas.CORRUPT)
            .csv(path);
    return standardise(df, true);
  }

  private Dataset<Row> readParquet(String path) {
    Dataset<Row> df = spark.read().parquet(path);
    Preconditions.checkArgument(
        Arrays.asList(df.columns()).contains("text"),
        "Parquet input '%s' has no 'text' column (columns: %s)",
        path,
        Arrays.toString(df.columns()));
    return standardise(df, false);
  }

  /**
   * A directory of files, one article each, read whole into {@code field}; the optional {@code MANIFEST.csv} adds the
   * other fields by file name, and the id defaults to the file name without {@code extension}. An article that neither
   * the manifest nor a url gives an outlet gets the reader's outlet, else the name of its file's directory.
   */
  private Dataset<Row> readFiles(String path, String glob, String extension, String field) {
    Dataset<Row> files =
        spark.read()
            .option("wholetext", "true")
            .option("pathGlobFilter", glob)
            .text(path)
            .select(
                utf8(col("value")).as(field),
                col("_metadata.file_name").as("file"),
                col("_metadata.file_path").as(ArticleSchemas.SOURCE));
    Path manifestPath = new Path(path, MANIFEST);
    Dataset<Row> withManifest;
    if (exists(manifestPath)) {
      Dataset<Row> manifest = readManifest(manifestPath.toString());
      withManifest = files.join(manifest, files.col("file").equalTo(manifest.col("m_file")), "left");
    } else {
      withManifest = files;
    }
    List<Column> cols = new ArrayList<>();
    List<String> present = Arrays.asList(withManifest.columns());
    for (String f : ArticleSchemas.INPUT_FIELDS) {
      if (f.equals(field)) {
        cols.add(col(field));
      } else if (f.equals("id") && !present.contains("m_id")) {
        cols.add(regexp_replace(col("file"), extension, "").as("id"));
      } else if (f.equals("outlet")) {
        Column given = present.contains("m_outlet") ? col("m_outlet") : lit(null).cast(DataTypes.StringType);
        Column url = present.contains("m_url") ? col("m_url") : lit(null).cast(DataTypes.StringType);
        Column fallback = outlet != null ? lit(outlet) : directoryName(col(ArticleSchemas.SOURCE));
        cols.add(
            when(given.isNull().or(length(trim(given)).equalTo(0)).and(url.isNull().or(length(trim(url)).equalTo(0))),
                    fallback)
                .otherwise(given)
                .as(f));
      } else if (present.contains("m_" + f)) {
        cols.add(col("m_" + f).as(f));
      } else {
        cols.add(lit(null).cast(DataTypes.StringType).as(f));
      }
    }
    cols.add(lit(null).cast(DataTypes.StringType).as(ArticleSchemas.CORRUPT));
    cols.add(col(ArticleSchemas.SOURCE));
    return withManifest.select(cols.toArray(new Column[0]));
  }

  private Dataset<Row> readManifest(String manifestPath) {
    String[] header = spark.read().option("header", "true").csv(manifestPath).columns();
    StructType schema = new StructType();
    List<Column> renamed = new ArrayList<>();
    for (String h : header) {
      schema = schema.add(h, DataTypes.StringType, true);
      renamed.add(col("`" + h + "`").as("m_" + h.trim().toLowerCase(Locale.ROOT)));
    }
    Preconditions.checkArgument(
        Arrays.stream(header).anyMatch(h -> h.trim().equalsIgnoreCase("file")),
        "Manifest '%s' has no 'file' column (header: %s)",
        manifestPath,
        Arrays.toString(header));
    Dataset<Row> manifest =
        spark.read()
            .schema(schema)
            .option("header", "true")
            .option("multiLine", "true")
            .csv(manifestPath)
            .select(renamed.toArray(new Column[0]));
    // A file listed twice must not read twice: keep its first entry in a fixed order.
    Column[] all = Arrays.stream(manifest.columns()).map(c -> col(c)).toArray(Column[]::new);
    WindowSpec byFile = Window.partitionBy(col("m_file")).orderBy(all);
    return manifest
        .withColumn("m_rank", row_number().over(byFile))
        .where(col("m_rank").equalTo(1))
        .drop("m_rank");
  }

  /** Selects the contract fields as strings (null where absent), the corrupt-record column and the source file. */
  private static Dataset<Row> standardise(Dataset<Row> df, boolean hasCorrupt) {
    List<String> present = Arrays.asList(df.columns());
    List<Column> cols = new ArrayList<>();
    for (String f : ArticleSchemas.INPUT_FIELDS) {
      cols.add(
          present.contains(f)
              ? asString(col(f), df.schema().apply(f).dataType()).as(f)
              : lit(null).cast(DataTypes.StringType).as(f));
    }
    cols.add(
        hasCorrupt ? col(ArticleSchemas.CORRUPT) : lit(null).cast(DataTypes.StringType).as(ArticleSchemas.CORRUPT));
    cols.add(col("_metadata.file_path").as(ArticleSchemas.SOURCE));
    return df.select(cols.toArray(new Column[0]));
  }

  /**
   * A column as a string. A timestamp (an instant) becomes its ISO instant in UTC, {@code 2024-01-01T03:00:00Z}, so
   * its date never depends on the session's or the host's time zone (a plain cast formats it in the session's zone);
   * dates, timestamps without a zone and everything else are cast, which no time zone affects.
   */
  static Column asString(Column c, DataType type) {
    if (type instanceof TimestampType) {
      return when(c.isNotNull(), INSTANT_UTC.apply(c.cast(DataTypes.DoubleType)));
    }
    return c.cast(DataTypes.StringType);
  }

  private static final UserDefinedFunction INSTANT_UTC =
      udf(
          (UDF1<Double, String>) seconds -> {
            if (seconds == null || seconds.isNaN() || seconds.isInfinite()) {
              return null;
            }
            long s = (long) Math.floor(seconds);
            return Instant.ofEpochSecond(s).toString();
          },
          DataTypes.StringType);

  private boolean exists(Path p) {
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + p, e);
    }
  }
}
