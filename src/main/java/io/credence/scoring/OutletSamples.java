package io.credence.scoring;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The labelled outlets as the calibration sees them: each feature transformed and standardised over the labelled
 * articles ({@code center}, {@code scale} = their mean and sd), then averaged per outlet. Features that are constant
 * on the labelled articles are dropped.
 */
public final class OutletSamples {

  /** One outlet: its label, its number of articles and its mean standardised features. */
  public record Sample(OutletLabels.Label label, int articles, double[] x) {
    public double quality() {
      return label.quality();
    }
  }

  /** The samples, in outlet order, and the standardisation of the features kept. */
  public record Result(List<Sample> samples, List<ScoringProfile.Feature> kept, List<String> dropped, long articles) {}

  private OutletSamples() {}

  /**
   * Builds the samples from {@code articles} (an {@code outlet} column and the feature columns); articles of unlabelled
   * outlets are ignored, a labelled outlet without articles is an error.
   */
  public static Result build(
      SparkSession spark, Dataset<Row> articles, List<OutletLabels.Label> labels, List<String> features,
      ScoringProfile.Transform transform) {
    Dataset<Row> labelRows =
        spark.createDataFrame(
            labels.stream().map(l -> RowFactory.create(l.outlet())).toList(),
            new StructType().add("outlet", DataTypes.StringType));
    Dataset<Row> labelled = articles.join(labelRows, "outlet");
    List<Column> moments = new ArrayList<>();
    for (String f : features) {
      Column t = ArticleScorer.transformed(transform, col(f).cast("double"));
      moments.add(avg(t).as("m_" + f));
      moments.add(stddev_samp(t).as("s_" + f));
    }
    Row m = labelled.agg(count(lit(1)).as("n"), moments.toArray(new Column[0])).first();
    long articleCount = m.getLong(0);
    Preconditions.checkArgument(articleCount > 0, "No article belongs to a labelled outlet");
    List<ScoringProfile.Feature> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String f : features) {
      Double sd = m.getAs("s_" + f);
      if (sd == null || sd.isNaN() || sd < 1e-9) {
        dropped.add(f);
      } else {
        kept.add(new ScoringProfile.Feature(
            f, ProfileCalibrator.label(f), transform.label(), 0.0, m.getAs("m_" + f), sd));
      }
    }
    Preconditions.checkArgument(!kept.isEmpty(), "Every candidate feature is constant on the labelled articles");
    List<Column> means = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      means.add(avg(ArticleScorer.standardised(kept.get(i))).as("z" + i));
    }
    List<Row> rows =
        labelled.groupBy(col("outlet")).agg(count(lit(1)).as("n"), means.toArray(new Column[0]))
            .orderBy("outlet").collectAsList();
    Map<String, OutletLabels.Label> byOutlet = new HashMap<>();
    labels.forEach(l -> byOutlet.put(l.outlet(), l));
    List<String> missing =
        labels.stream().map(OutletLabels.Label::outlet)
            .filter(o -> rows.stream().noneMatch(r -> o.equals(r.getString(0)))).toList();
    Preconditions.checkArgument(
        missing.isEmpty(), "Labelled outlet(s) %s have no scored article in the input", missing);
    List<Sample> samples = new ArrayList<>();
    for (Row r : rows) {
      double[] x = new double[kept.size()];
      for (int i = 0; i < x.length; i++) {
        Double v = r.getAs("z" + i);
        x[i] = v == null ? 0.0 : v;
      }
      samples.add(new Sample(byOutlet.get(r.getString(0)), (int) r.getLong(1), x));
    }
    return new Result(samples, kept, dropped, articleCount);
  }
}
