package io.credence.report;

import io.credence.io.OutletHistory;
import io.credence.scoring.OutletScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * One outlet of one night's {@code outlet_scores}, as a person reads it: its rank by reliability, the score with its
 * interval and band, the drivers, and every outlet-level feature mean the table carries ({@code mean_<feature>}, read
 * by prefix, so features added later appear without code here). Nullable columns read as null.
 */
public record OutletRow(
    int rank,
    String outlet,
    long articles,
    double reliability,
    Double low,
    Double high,
    String band,
    List<String> drivers,
    Double delta7d,
    Map<String, Double> means) {

  /** The first driver, or an empty string. */
  public String topDriver() {
    return drivers.isEmpty() ? "" : drivers.get(0);
  }

  /** The outlets of an {@code outlet_scores} night, ranked by reliability (highest first, ties by outlet name). */
  public static List<OutletRow> ranked(Dataset<Row> outletScores) {
    List<String> columns = Arrays.asList(outletScores.columns());
    List<String> means = new ArrayList<>();
    for (StructField f : outletScores.schema().fields()) {
      if (f.name().startsWith(OutletScorer.MEAN_PREFIX) && f.dataType() instanceof NumericType) {
        means.add(f.name());
      }
    }
    List<Row> rows = new ArrayList<>(outletScores.collectAsList());
    rows.sort(
        Comparator.<Row>comparingDouble(r -> -number(r, "reliability", columns))
            .thenComparing(r -> String.valueOf(r.getAs("outlet"))));
    List<OutletRow> out = new ArrayList<>();
    for (Row r : rows) {
      Map<String, Double> m = new LinkedHashMap<>();
      for (String c : means) {
        m.put(c.substring(OutletScorer.MEAN_PREFIX.length()), nullableNumber(r, c, columns));
      }
      List<String> drivers = new ArrayList<>();
      if (columns.contains("top_drivers") && !r.isNullAt(r.fieldIndex("top_drivers"))) {
        drivers.addAll(r.getList(r.fieldIndex("top_drivers")));
      }
      out.add(
          new OutletRow(
              out.size() + 1,
              String.valueOf(r.<Object>getAs("outlet")),
              (long) number(r, "articles", columns),
              number(r, "reliability", columns),
              nullableNumber(r, "reliability_low", columns),
              nullableNumber(r, "reliability_high", columns),
              columns.contains("band") ? r.getAs("band") : null,
              drivers,
              nullableNumber(r, OutletHistory.DELTA_7D, columns),
              m));
    }
    return out;
  }

  private static double number(Row r, String column, List<String> columns) {
    Double v = nullableNumber(r, column, columns);
    return v == null ? Double.NaN : v;
  }

  private static Double nullableNumber(Row r, String column, List<String> columns) {
    if (!columns.contains(column) || r.isNullAt(r.fieldIndex(column))) {
      return null;
    }
    return ((Number) r.get(r.fieldIndex(column))).doubleValue();
  }
}
