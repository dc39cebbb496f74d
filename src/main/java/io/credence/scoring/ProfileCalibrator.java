package io.credence.scoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Fits a scoring profile to labelled outlets: a fractional logistic regression ({@link QualityModel}) of each outlet's
 * quality on its mean standardised article features, with the L2 strength and a logistic calibration link chosen
 * inside the training folds ({@link GroupedCv#fitNested}), and reports grouped, repeated, nested cross-validated
 * figures ({@link CalibrationFigures}) as mean ± sd over the repeats, beside each candidate's univariate figures.
 * With {@code maxFeatures > 0} the features are chosen by nested forward selection; at 0 (the default, and the
 * shipped profile's setting) every candidate is kept. Every weight is free: no sign is imposed (see
 * src/main/resources/credence/profiles/README.md).
 */
public final class ProfileCalibrator {

  /** The settings of one calibration. */
  public record Settings(
      List<String> features,
      ScoringProfile.Transform transform,
      GroupedCv.Settings cv,
      String name,
      String description,
      ScoringProfile.Outlet outlet) {}

  /** A figure over the CV repeats. */
  public record Figure(double mean, double sd, double[] repeats) {
    static Figure of(double[] v) {
      double[] ok = java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
      double m = java.util.Arrays.stream(ok).average().orElse(Double.NaN);
      double sd = Double.NaN;
      if (ok.length >= 2) {
        sd = Math.sqrt(java.util.Arrays.stream(ok).map(d -> (d - m) * (d - m)).sum() / (ok.length - 1));
      }
      return new Figure(m, sd, v);
    }
  }

  /** What a calibration produced. */
  public record Result(
      ScoringProfile.Document profile,
      GroupedCv.Calibrated fitted,
      Map<String, Figure> cv,
      Map<String, Map<String, Double>> univariate,
      Map<String, Double> selectionFrequency,
      int outlets,
      int graded,
      int binary,
      long articles,
      List<String> droppedFeatures) {}

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("attribution_cues", "named attribution");
    LABELS.put("anonymous_source_cues", "anonymous sourcing");
    LABELS.put("hedge_cues", "hedging");
    LABELS.put("uncertainty_cues", "uncertainty statements");
    LABELS.put("hearsay_cues", "hearsay");
    LABELS.put("loaded_cues", "loaded language");
    LABELS.put("quotes", "direct quotes");
    LABELS.put("named_source_cues", "named sources");
    LABELS.put("institutional_source_cues", "institutional sources");
    LABELS.put("attributed_quotes", "quotes with a speaker");
    LABELS.put("orphan_quotes", "quotes without a speaker");
    LABELS.put("unattributed_speculation", "unattributed speculation");
    LABELS.put("attributed_uncertainty", "attributed uncertainty");
    LABELS.put("weasel_cues", "weasel words");
    LABELS.put("booster_cues", "boosters");
    LABELS.put("opinion_cues", "opinion markers");
    LABELS.put("clickbait_cues", "clickbait chrome");
    LABELS.put("approximator_cues", "approximators");
    LABELS.put("first_person_cues", "writer's first person");
    LABELS.put("second_person_cues", "addressing the reader");
    LABELS.put("writer_questions", "writer's questions");
    LABELS.put("writer_exclamations", "writer's exclamations");
    LABELS.put("intensifier_cues", "intensifiers");
    LABELS.put("number_tokens", "figures");
    LABELS.put("date_mentions", "dates");
    LABELS.put("media_citations", "citing other media");
    LABELS.put("transparency_lines", "transparency lines");
  }

  private final SparkSession spark;

  public ProfileCalibrator(SparkSession spark) {
    this.spark = spark;
  }

  /** The human label of a feature column: a curated name for the cue counts, else the column's words. */
  public static String label(String column) {
    for (Map.Entry<String, String> e : LABELS.entrySet()) {
      if (column.startsWith(e.getKey() + "_per_")) {
        return e.getValue();
      }
    }
    return column.replaceAll("_per_(100_sentences|1k_tokens)$", "").replace("_cues", "").replace('_', ' ');
  }

  /**
   * Calibrates on {@code articles} (an {@code outlet} column and the candidate feature columns) against {@code
   * labels}; articles of unlabelled outlets are ignored, a labelled outlet without articles is an error.
   */
  public Result calibrate(Dataset<Row> articles, List<OutletLabels.Label> labels, Settings s) {
    GroupedCv.Settings cv = s.cv();
    Preconditions.checkArgument(cv.folds() >= 2, "folds must be >= 2, got %s", cv.folds());
    Preconditions.checkArgument(cv.repeats() >= 1, "repeats must be >= 1, got %s", cv.repeats());
    Preconditions.checkArgument(!cv.regParams().isEmpty(), "the regularisation grid is empty");
    OutletSamples.Result built = OutletSamples.build(spark, articles, labels, s.features(), s.transform());
    List<OutletSamples.Sample> samples = built.samples();
    int binary = (int) samples.stream().filter(x -> x.label().binary()).count();
    int reliable = (int) samples.stream().filter(x -> x.label().binary() && x.label().reliable()).count();
    if (binary > 0) {
      Preconditions.checkArgument(
          reliable >= 1 && binary - reliable >= 1, "The binary labels need reliable and unreliable outlets; have %s and %s",
          reliable, binary - reliable);
    }
    Preconditions.checkArgument(
        samples.size() >= cv.folds() * cv.folds(),
        "Need at least %s labelled outlets for nested %s-fold CV (inner folds inside outer folds); have %s",
        cv.folds() * cv.folds(), cv.folds(), samples.size());

    List<GroupedCv.Repeat> repeats = GroupedCv.evaluate(samples, cv);
    Map<String, double[]> perRepeat = new LinkedHashMap<>();
    for (int r = 0; r < repeats.size(); r++) {
      for (Map.Entry<String, Double> e : CalibrationFigures.of(samples, repeats.get(r).estimate()).entrySet()) {
        perRepeat.computeIfAbsent(e.getKey(), k -> new double[repeats.size()])[r] = e.getValue();
      }
    }
    Map<String, Figure> figures = new LinkedHashMap<>();
    perRepeat.forEach((k, v) -> figures.put(k, Figure.of(v)));

    Map<String, Map<String, Double>> univariate = new LinkedHashMap<>();
    for (int i = 0; i < built.kept().size(); i++) {
      int j = i;
      double[] feature = samples.stream().mapToDouble(x -> x.x()[j]).toArray();
      Map<String, Double> f = CalibrationFigures.of(samples, feature);
      Map<String, Double> kept = new LinkedHashMap<>();
      f.forEach((k, v) -> {
        if (k.equals("spearman") || k.equals("within_lean_spearman") || k.startsWith("auc_")
            || k.equals("lean_spearman")) {
          kept.put(k, v);
        }
      });
      univariate.put(built.kept().get(i).name(), kept);
    }

    Map<String, Double> frequency = new LinkedHashMap<>();
    int outerFits = repeats.size() * cv.folds();
    for (ScoringProfile.Feature f : built.kept()) {
      frequency.put(f.name(), 0.0);
    }
    for (GroupedCv.Repeat rep : repeats) {
      for (int[] sel : rep.chosenFeatures()) {
        for (int j : sel) {
          frequency.merge(built.kept().get(j).name(), 1.0 / outerFits, Double::sum);
        }
      }
    }

    GroupedCv.Calibrated fitted = GroupedCv.fitNested(samples, cv, cv.seed());
    List<ScoringProfile.Feature> weighted = new ArrayList<>();
    for (int i : fitted.selected()) {
      ScoringProfile.Feature f = built.kept().get(i);
      weighted.add(new ScoringProfile.Feature(f.name(), f.label(), f.transform(), round(fitted.model().weights()[i]),
          round(f.center()), round(f.scale())));
    }
    ScoringProfile.Link link =
        new ScoringProfile.Link(ScoringProfile.Link.LOGISTIC, round(fitted.offset()), round(fitted.slope()));
    double intercept = round(fitted.model().intercept());
    ObjectNode calibration =
        calibrationNode(s, fitted, figures, univariate, frequency, samples.size(), samples.size() - binary, binary,
            built.articles(), repeats);
    ScoringProfile.Document doc =
        new ScoringProfile.Document(
            ScoringProfile.FORMAT, s.name(), version(weighted, intercept, link), s.description(), calibration,
            intercept, link, weighted, s.outlet(), ScoringProfile.DEFAULT_BANDS);
    return new Result(doc, fitted, figures, univariate, frequency, samples.size(), samples.size() - binary, binary,
        built.articles(), built.dropped());
  }

  private static ObjectNode calibrationNode(
      Settings s, GroupedCv.Calibrated fitted, Map<String, Figure> figures,
      Map<String, Map<String, Double>> univariate, Map<String, Double> frequency, int outlets, int graded, int binary,
      long articles, List<GroupedCv.Repeat> repeats) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode c = json.objectNode();
    c.put("method", "fractional logistic regression (L2) of outlet quality on outlet means of standardised article"
        + " features, outlets weighted by sqrt(articles); features (forward selection), L2 strength and logistic link"
        + " chosen by inner grouped CV");
    c.put("max_features", s.cv().maxFeatures());
    c.put("binary_weight", s.cv().binaryWeight());
    c.put("outlets", outlets);
    c.put("graded_outlets", graded);
    c.put("binary_outlets", binary);
    c.put("articles", articles);
    c.put("folds", s.cv().folds());
    c.put("repeats", s.cv().repeats());
    c.put("seed", s.cv().seed());
    c.put("reg_param", fitted.regParam());
    ArrayNode chosen = c.putArray("cv_chosen_reg_params");
    repeats.forEach(r -> java.util.Arrays.stream(r.chosenRegParams()).forEach(chosen::add));
    ObjectNode cv = c.putObject("cv");
    figures.forEach((k, f) -> {
      ObjectNode n = cv.putObject(k);
      putNumber(n, "mean", f.mean());
      putNumber(n, "sd", f.sd());
    });
    ObjectNode selected = c.putObject("cv_selection_frequency");
    frequency.forEach((f, v) -> putNumber(selected, f, v));
    ObjectNode uni = c.putObject("univariate");
    univariate.forEach((f, m) -> {
      ObjectNode n = uni.putObject(f);
      m.forEach((k, v) -> putNumber(n, k, v));
    });
    return c;
  }

  /** JSON has no NaN: an undefined figure (a set with one class, say) is written as null. */
  private static void putNumber(ObjectNode node, String field, double v) {
    if (Double.isNaN(v)) {
      node.putNull(field);
    } else {
      node.put(field, round(v));
    }
  }

  /** A version that changes whenever the weights or the link do: {@code 2.<first 8 hex digits of their hash>}. */
  private static String version(List<ScoringProfile.Feature> features, double intercept, ScoringProfile.Link link) {
    StringBuilder b = new StringBuilder().append(intercept).append('|').append(link.offset()).append(':')
        .append(link.slope());
    for (ScoringProfile.Feature f : features) {
      b.append('|').append(f.name()).append(':').append(f.weight()).append(':').append(f.center()).append(':')
          .append(f.scale());
    }
    return "2." + Hashing.sha256().hashString(b, StandardCharsets.UTF_8).toString().substring(0, 8);
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 1e6) / 1e6;
  }
}
