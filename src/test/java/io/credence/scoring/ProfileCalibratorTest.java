package io.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ProfileCalibratorTest {

  @Test
  void binaryLabelsGiveAucAndSignConstrainedWeights() {
    List<Row> rows = new ArrayList<>();
    List<ProfileCalibrator.LabelledOutlet> labels = new ArrayList<>();
    for (int o = 0; o < 24; o++) {
      boolean reliable = o % 2 == 0;
      String outlet = "o" + o;
      labels.add(new ProfileCalibrator.LabelledOutlet(outlet, reliable ? 1 : 0));
      SplittableRandom r = new SplittableRandom(o);
      for (int a = 0; a < 6; a++) {
        double loaded = Math.max(0, (reliable ? 1 : 4) + r.nextGaussian());
        // anonymous sourcing is noise that happens to rise with reliability here: its allowed sign is "-"
        double anonymous = Math.max(0, (reliable ? 3 : 2) + 0.3 * r.nextGaussian());
        rows.add(RowFactory.create(outlet, loaded, anonymous));
      }
    }
    rows.add(RowFactory.create("unlabelled", 50.0, 50.0));
    Dataset<Row> articles =
        SparkTestSession.get().createDataFrame(rows, new StructType().add("outlet", DataTypes.StringType)
            .add("loaded_cues_per_100_sentences", DataTypes.DoubleType)
            .add("anonymous_source_cues_per_100_sentences", DataTypes.DoubleType));
    ProfileCalibrator.Result result =
        new ProfileCalibrator(SparkTestSession.get())
            .calibrate(articles, labels, new ProfileCalibrator.Settings(
                List.of("loaded_cues_per_100_sentences", "anonymous_source_cues_per_100_sentences"),
                ScoringProfile.Transform.LOG1P, 3, List.of(0.01, 1.0), 7L, "t", "test",
                new ScoringProfile.Outlet(3, 5, 0.9)));
    assertEquals("auc", result.metric());
    assertEquals(24, result.outlets());
    assertEquals(144, result.articles(), "the unlabelled outlet's article is ignored");
    assertTrue(result.chosen().mean() > 0.8, "CV AUC " + result.chosen().mean());
    ScoringProfile profile = ScoringProfile.of(result.profile());
    assertTrue(profile.features().get(0).weight() < 0, "loaded language lowers the score");
    assertTrue(profile.features().get(1).weight() <= 0, "anonymous sourcing may not raise it");
    assertEquals("loaded language", profile.features().get(0).label());
    double best = result.grid().stream().mapToDouble(ProfileCalibrator.CvPoint::mean).max().orElseThrow();
    assertEquals(best, result.chosen().mean(), 1e-12, "the grid point with the best CV mean is chosen");
    assertEquals(result.chosen().regParam(), result.profile().calibration().get("reg_param").asDouble(), 0.0);
  }

  @Test
  void labelsAreBinaryOrRatesAndErrorsNameTheValue() {
    assertEquals(0.25, ProfileCalibrator.parseLabels(List.<String[]>of(new String[] {"a", "0.25"})).get(0).truth());
    assertEquals(1.0, ProfileCalibrator.parseLabels(List.<String[]>of(new String[] {"a", " Reliable"})).get(0).truth());
    IllegalArgumentException mixed =
        assertThrows(IllegalArgumentException.class, () -> ProfileCalibrator.parseLabels(
            List.of(new String[] {"a", "reliable"}, new String[] {"b", "0.3"})));
    assertTrue(mixed.getMessage().contains("Label '0.3' of outlet 'b'"), mixed.getMessage());
    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> ProfileCalibrator.parseLabels(
            List.<String[]>of(new String[] {"a", "1.5"})));
    assertTrue(range.getMessage().contains("outside [0, 1]"), range.getMessage());
  }

  @Test
  void rankMetricsHandleTies() {
    assertEquals(1.0, RankMetrics.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 30}), 1e-12);
    assertEquals(-1.0, RankMetrics.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    assertEquals(0.875, RankMetrics.auc(new double[] {1, 2, 2, 3}, new boolean[] {false, true, false, true}), 1e-12);
  }
}
