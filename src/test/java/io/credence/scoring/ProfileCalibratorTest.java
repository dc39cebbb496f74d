package io.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ProfileCalibratorTest {

  private static final List<String> FEATURES =
      List.of("loaded_cues_per_100_sentences", "anonymous_source_cues_per_100_sentences");

  /**
   * 40 graded outlets whose loaded language falls with their quality (lean unrelated), 12 binary pseudo-outlets, an
   * unlabelled outlet; anonymous sourcing is noise.
   */
  @Test
  void gradedAndBinaryLabelsGiveCrossValidatedFiguresAndAMonotoneLink() {
    List<Row> rows = new ArrayList<>();
    List<Map<String, String>> labelRows = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(3);
    for (int o = 0; o < 52; o++) {
      boolean graded = o < 40;
      double quality = graded ? 0.1 + 0.85 * r.nextDouble() : (o % 2 == 0 ? 0.85 : 0.1);
      String outlet = "o" + o;
      Map<String, String> label = new HashMap<>();
      label.put("outlet", outlet);
      label.put("label", graded ? String.valueOf(quality) : quality > 0.5 ? "reliable" : "unreliable");
      label.put("lean", graded ? List.of("left", "center", "right").get(o % 3) : "");
      labelRows.add(label);
      int n = graded ? 5 + o % 20 : 5;
      for (int a = 0; a < n; a++) {
        double loaded = Math.max(0, 6 * (1 - quality) + 1.2 * r.nextGaussian());
        rows.add(RowFactory.create(outlet, loaded, Math.max(0, 2 + r.nextGaussian())));
      }
    }
    rows.add(RowFactory.create("unlabelled", 50.0, 50.0));
    Dataset<Row> articles =
        SparkTestSession.get().createDataFrame(rows, new StructType().add("outlet", DataTypes.StringType)
            .add(FEATURES.get(0), DataTypes.DoubleType).add(FEATURES.get(1), DataTypes.DoubleType));
    List<OutletLabels.Label> labels = OutletLabels.parse(labelRows, new OutletLabels.BinaryScale(0.1, 0.85));
    ProfileCalibrator.Result result =
        new ProfileCalibrator(SparkTestSession.get())
            .calibrate(articles, labels, new ProfileCalibrator.Settings(
                FEATURES, ScoringProfile.Transform.LOG1P, new GroupedCv.Settings(4, 3, List.of(0.01, 0.1, 1.0), 7L, 2, 1.0),
                "t", "test", new ScoringProfile.Outlet(3, 5, 0.9)));
    assertEquals(52, result.outlets());
    assertEquals(40, result.graded());
    assertEquals(rows.size() - 1, result.articles(), "the unlabelled outlet's article is ignored");
    assertTrue(result.cv().get("spearman").mean() > 0.8, "CV Spearman " + result.cv().get("spearman"));
    assertTrue(result.cv().get("auc_binary").mean() > 0.9, "CV AUC " + result.cv().get("auc_binary"));
    assertTrue(result.cv().get("mae").mean() < 0.12, "calibration error " + result.cv().get("mae").mean());
    assertEquals(3, result.cv().get("spearman").repeats().length);
    assertTrue(result.cv().containsKey("lean_spearman") && result.cv().containsKey("articles_spearman"),
        "the fairness audit is part of every calibration");
    ScoringProfile profile = ScoringProfile.of(result.profile());
    assertTrue(profile.features().get(0).weight() < 0, "loaded language lowers the score");
    assertNotNull(result.profile().link(), "the calibrated profile carries its fitted link");
    assertTrue(result.profile().link().slope() > 0, "the calibration map rises with the linear score");
    assertEquals("loaded language", profile.features().get(0).label());
    assertTrue(result.univariate().get(FEATURES.get(0)).get("spearman") < -0.8, result.univariate().toString());
    assertTrue(result.profile().calibration().get("cv").get("within_lean_spearman").path("sd").isNumber(),
        "the CV figures carry a numeric spread over the repeats");
    assertTrue(profile.version().startsWith("2."), profile.version());
  }

  @Test
  void labelsAreGradedOrBinaryWithLeanAndErrorsNameTheValue() {
    OutletLabels.BinaryScale scale = new OutletLabels.BinaryScale(0.1, 0.85);
    List<OutletLabels.Label> labels =
        OutletLabels.parse(List.of(row("a", "0.25", "right"), row("b", " Reliable", ""), row("c", "unreliable", "")),
            scale);
    assertEquals(0.25, labels.get(0).quality());
    assertEquals(1, labels.get(0).lean());
    assertEquals(OutletLabels.GRADED, labels.get(0).set());
    assertEquals(0.85, labels.get(1).quality());
    assertTrue(labels.get(1).binary() && labels.get(1).reliable());
    assertEquals(0.1, labels.get(2).quality());
    assertEquals(OutletLabels.BINARY, labels.get(2).set());
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> OutletLabels.parse(List.of(row("b", "good", "")), scale));
    assertTrue(bad.getMessage().contains("Label 'good' of outlet 'b'"), bad.getMessage());
    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> OutletLabels.parse(List.of(row("a", "1.5", "")), scale));
    assertTrue(range.getMessage().contains("outside [0, 1]"), range.getMessage());
    IllegalArgumentException lean =
        assertThrows(IllegalArgumentException.class, () -> OutletLabels.parse(List.of(row("a", "0.5", "up")), scale));
    assertTrue(lean.getMessage().contains("Lean 'up' of outlet 'a'"), lean.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new OutletLabels.BinaryScale(0.9, 0.2));
  }

  @Test
  void foldsKeepEachOutletInOneFoldBalancedAndDifferBySeed() {
    List<OutletSamples.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      samples.add(new OutletSamples.Sample(
          new OutletLabels.Label("o" + i, i / 23.0, false, false, null, "g"), 5, new double[] {i}));
    }
    int[] a = GroupedCv.folds(samples, 5, 1);
    int[] b = GroupedCv.folds(samples, 5, 2);
    int[] sizes = new int[5];
    Arrays.stream(a).forEach(f -> sizes[f]++);
    assertTrue(Arrays.stream(sizes).allMatch(n -> n == 4 || n == 5), Arrays.toString(sizes));
    assertNotEquals(Arrays.toString(a), Arrays.toString(b), "another seed deals other folds");
    for (int k = 0; k < 5; k++) {
      int fold = k;
      double[] q = java.util.stream.IntStream.range(0, 23).filter(i -> a[i] == fold)
          .mapToDouble(i -> samples.get(i).quality()).toArray();
      // dealt in blocks of 5 by quality: one outlet of each block per fold (the last block has 3)
      assertTrue(Arrays.stream(q).min().orElseThrow() < 5 / 23.0 && Arrays.stream(q).max().orElseThrow() >= 15 / 23.0,
          "each fold spans the quality range (stratified): " + Arrays.toString(q));
    }
  }

  @Test
  void rankMetricsHandleTies() {
    assertEquals(1.0, RankMetrics.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 30}), 1e-12);
    assertEquals(-1.0, RankMetrics.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    assertEquals(0.875, RankMetrics.auc(new double[] {1, 2, 2, 3}, new boolean[] {false, true, false, true}), 1e-12);
  }

  private static Map<String, String> row(String outlet, String label, String lean) {
    return Map.of("outlet", outlet, "label", label, "lean", lean);
  }
}
