package io.credence.scoring;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrices;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fits a scoring profile to labelled outlets: Spark ML logistic regression on outlet-level means of standardised
 * article features, with L2 regularisation chosen by k-fold cross-validation in which every outlet (with all its
 * articles) sits in exactly one fold. Binary labels are scored by ROC AUC, truth rates by Spearman correlation.
 */
public final class ProfileCalibrator {

  /** Labels that mean a reliable / unreliable outlet; anything else must be a truth rate in [0, 1]. */
  public static final String RELIABLE = "reliable";

  public static final String UNRELIABLE = "unreliable";

  /** One labelled outlet: its label as a probability of being reliable (0 or 1 for binary labels). */
  public record LabelledOutlet(String outlet, double truth) {}

  /** The settings of one calibration; {@code regParams} is the grid CV chooses from. */
  public record Settings(
      List<String> features,
      ScoringProfile.Transform transform,
      int folds,
      List<Double> regParams,
      long seed,
      String name,
      String description,
      ScoringProfile.Outlet outlet) {}

  /** Cross-validated performance of one regularisation strength: the metric on each held-out fold. */
  public record CvPoint(double regParam, double[] folds) {
    public double mean() {
      return java.util.Arrays.stream(folds).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }

    public double sd() {
      double m = mean();
      double[] ok = java.util.Arrays.stream(folds).filter(d -> !Double.isNaN(d)).toArray();
      if (ok.length < 2) {
        return Double.NaN;
      }
      return Math.sqrt(java.util.Arrays.stream(ok).map(d -> (d - m) * (d - m)).sum() / (ok.length - 1));
    }
  }

  /** What a calibration produced: the profile document, the chosen CV point and the whole grid. */
  public record Result(
      ScoringProfile.Document profile,
      String metric,
      CvPoint chosen,
      List<CvPoint> grid,
      int outlets,
      long articles,
      int reliable,
      List<String> droppedFeatures,
      Map<String, Double> univariate) {}

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  /**
   * The direction each cue family may take in the fitted model (+1 may only raise the score, -1 only lower it, absent
   * is free). With a few dozen labelled outlets a fit can flip a correlated feature against what reporting standards
   * say (e.g. the SPJ Code of Ethics: "identify sources clearly"; Horne and Adali 2017: fake news uses more loaded,
   * less sourced language), as scorecards in credit rating do, the fit keeps these signs and a feature the data
   * disagrees with gets weight 0.
   */
  private static final Map<String, Integer> DIRECTIONS = new LinkedHashMap<>();

  static {
    DIRECTIONS.put("attribution_cues", 1);
    DIRECTIONS.put("quotes", 1);
    DIRECTIONS.put("anonymous_source_cues", -1);
    DIRECTIONS.put("hearsay_cues", -1);
    DIRECTIONS.put("loaded_cues", -1);
    DIRECTIONS.put("named_source_cues", 1);
    DIRECTIONS.put("institutional_source_cues", 1);
    DIRECTIONS.put("attributed_quotes", 1);
    DIRECTIONS.put("orphan_quotes", -1);
    DIRECTIONS.put("unattributed_speculation", -1);
    DIRECTIONS.put("weasel_cues", -1);
    DIRECTIONS.put("booster_cues", -1);
    DIRECTIONS.put("opinion_cues", -1);
    DIRECTIONS.put("clickbait_cues", -1);
  }

  /** The constrained direction of a feature column: +1, -1 or 0 (free). */
  public static int direction(String column) {
    for (Map.Entry<String, Integer> e : DIRECTIONS.entrySet()) {
      if (column.startsWith(e.getKey() + "_per_")) {
        return e.getValue();
      }
    }
    return 0;
  }

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
  }

  private final SparkSession spark;

  public ProfileCalibrator(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Parses label strings: all {@code reliable}/{@code unreliable} (any case), or all numbers in [0, 1]. Fails naming
   * the first bad value.
   */
  public static List<LabelledOutlet> parseLabels(List<String[]> rows) {
    Preconditions.checkArgument(!rows.isEmpty(), "The labels file has no rows");
    List<LabelledOutlet> out = new ArrayList<>();
    boolean binary = isBinary(rows.get(0)[1]);
    for (String[] r : rows) {
      String outlet = r[0] == null ? "" : r[0].trim();
      String label = r[1] == null ? "" : r[1].trim().toLowerCase(Locale.ROOT);
      Preconditions.checkArgument(!outlet.isEmpty(), "A label row has no outlet (label '%s')", r[1]);
      if (binary) {
        Preconditions.checkArgument(
            isBinary(label),
            "Label '%s' of outlet '%s' is not reliable/unreliable (the first row's label was binary)",
            r[1],
            outlet);
        out.add(new LabelledOutlet(outlet, label.equals(RELIABLE) ? 1.0 : 0.0));
      } else {
        double rate;
        try {
          rate = Double.parseDouble(label);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "Label '" + r[1] + "' of outlet '" + outlet + "' is neither reliable/unreliable nor a rate in [0, 1]");
        }
        Preconditions.checkArgument(
            rate >= 0 && rate <= 1, "Truth rate %s of outlet '%s' is outside [0, 1]", rate, outlet);
        out.add(new LabelledOutlet(outlet, rate));
      }
    }
    long distinct = out.stream().map(LabelledOutlet::outlet).distinct().count();
    Preconditions.checkArgument(distinct == out.size(), "The labels file names an outlet more than once");
    return out;
  }

  private static boolean isBinary(String label) {
    String l = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    return l.equals(RELIABLE) || l.equals(UNRELIABLE);
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
  public Result calibrate(Dataset<Row> articles, List<LabelledOutlet> labels, Settings s) {
    Preconditions.checkArgument(s.folds() >= 2, "folds must be >= 2, got %s", s.folds());
    Preconditions.checkArgument(!s.regParams().isEmpty(), "the regularisation grid is empty");
    boolean binary = labels.stream().allMatch(l -> l.truth() == 0.0 || l.truth() == 1.0);
    Dataset<Row> labelRows =
        spark.createDataFrame(
            labels.stream().map(l -> RowFactory.create(l.outlet(), l.truth())).toList(),
            new StructType().add("outlet", DataTypes.StringType).add("_truth", DataTypes.DoubleType));
    Dataset<Row> labelled = articles.join(labelRows, "outlet");

    List<Column> moments = new ArrayList<>();
    for (String f : s.features()) {
      Column t = ArticleScorer.transformed(s.transform(), col(f).cast("double"));
      moments.add(avg(t).as("m_" + f));
      moments.add(stddev_samp(t).as("s_" + f));
    }
    Row m = labelled.agg(count(lit(1)).as("n"), moments.toArray(new Column[0])).first();
    long articleCount = m.getLong(0);
    Preconditions.checkArgument(articleCount > 0, "No article belongs to a labelled outlet");
    List<ScoringProfile.Feature> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String f : s.features()) {
      Double sd = m.getAs("s_" + f);
      if (sd == null || sd.isNaN() || sd < 1e-9) {
        dropped.add(f);
      } else {
        kept.add(new ScoringProfile.Feature(f, label(f), s.transform().label(), 0.0, m.getAs("m_" + f), sd));
      }
    }
    Preconditions.checkArgument(!kept.isEmpty(), "Every candidate feature is constant on the labelled articles");

    List<Column> means = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      means.add(avg(ArticleScorer.standardised(kept.get(i))).as("z" + i));
    }
    List<Row> outletRows =
        labelled.groupBy(col("outlet"), col("_truth")).agg(count(lit(1)).as("n"), means.toArray(new Column[0]))
            .orderBy("outlet").collectAsList();
    List<String> missing =
        labels.stream().map(LabelledOutlet::outlet)
            .filter(o -> outletRows.stream().noneMatch(r -> o.equals(r.getString(0)))).toList();
    Preconditions.checkArgument(
        missing.isEmpty(), "Labelled outlet(s) %s have no scored article in the input", missing);
    List<Sample> samples = new ArrayList<>();
    for (Row r : outletRows) {
      double[] x = new double[kept.size()];
      for (int i = 0; i < x.length; i++) {
        Double v = r.getAs("z" + i);
        x[i] = v == null ? 0.0 : v;
      }
      samples.add(new Sample(r.getString(0), r.getDouble(1), x));
    }
    int reliable = (int) samples.stream().filter(x -> x.truth >= 0.5).count();
    if (binary) {
      Preconditions.checkArgument(
          reliable >= s.folds() && samples.size() - reliable >= s.folds(),
          "Need at least %s reliable and %s unreliable outlets for %s-fold CV; have %s and %s",
          s.folds(), s.folds(), s.folds(), reliable, samples.size() - reliable);
    } else {
      Preconditions.checkArgument(
          samples.size() >= 3 * s.folds(), "Need at least %s outlets for %s-fold CV", 3 * s.folds(), s.folds());
    }
    int[] fold = assignFolds(samples, s.folds(), s.seed());
    int[] directions = kept.stream().mapToInt(f -> direction(f.name())).toArray();
    Map<String, Double> univariate = new LinkedHashMap<>();
    for (int i = 0; i < kept.size(); i++) {
      int j = i;
      univariate.put(kept.get(i).name(), metric(binary, samples.stream().mapToDouble(x -> x.x[j]).toArray(),
          samples.stream().mapToDouble(x -> x.truth).toArray()));
    }

    List<CvPoint> grid = new ArrayList<>();
    for (double reg : s.regParams()) {
      double[] perFold = new double[s.folds()];
      for (int k = 0; k < s.folds(); k++) {
        List<Sample> train = new ArrayList<>();
        List<Sample> test = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
          (fold[i] == k ? test : train).add(samples.get(i));
        }
        LogisticRegressionModel model = fit(train, reg, directions);
        double[] predicted = test.stream().mapToDouble(x -> logit(model, x.x)).toArray();
        double[] truth = test.stream().mapToDouble(x -> x.truth).toArray();
        perFold[k] = metric(binary, predicted, truth);
      }
      grid.add(new CvPoint(reg, perFold));
    }
    CvPoint chosen =
        grid.stream()
            .max(Comparator.comparingDouble((CvPoint p) -> Double.isNaN(p.mean()) ? -2 : p.mean())
                .thenComparingDouble(CvPoint::regParam))
            .orElseThrow();
    LogisticRegressionModel model = fit(samples, chosen.regParam(), directions);
    double[] w = model.coefficients().toArray();
    List<ScoringProfile.Feature> weighted = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      ScoringProfile.Feature f = kept.get(i);
      weighted.add(new ScoringProfile.Feature(f.name(), f.label(), f.transform(), round(w[i]), round(f.center()),
          round(f.scale())));
    }
    String metric = binary ? "auc" : "spearman";
    ObjectNode calibration = calibrationNode(s, metric, chosen, grid, samples.size(), articleCount, reliable, binary);
    ObjectNode uni = calibration.putObject("univariate_" + metric);
    univariate.forEach((f, v) -> putNumber(uni, f, v));
    ObjectNode signs = calibration.putObject("directions");
    for (int i = 0; i < kept.size(); i++) {
      signs.put(kept.get(i).name(), directions[i] > 0 ? "+" : directions[i] < 0 ? "-" : "free");
    }
    ScoringProfile.Document doc =
        new ScoringProfile.Document(
            ScoringProfile.FORMAT, s.name(), version(weighted, model.intercept()), s.description(), calibration,
            round(model.intercept()), weighted, s.outlet(), ScoringProfile.DEFAULT_BANDS);
    return new Result(doc, metric, chosen, grid, samples.size(), articleCount, reliable, dropped, univariate);
  }

  private record Sample(String outlet, double truth, double[] x) {}

  /** Stratified, seeded fold assignment: outlets sorted by label then by a seeded hash, dealt round-robin. */
  static int[] assignFolds(List<Sample> samples, int folds, long seed) {
    Integer[] order = new Integer[samples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> samples.get(i).truth)
            .thenComparingLong(i -> Hashing.murmur3_128((int) seed)
                .hashString(samples.get(i).outlet, StandardCharsets.UTF_8).asLong())
            .thenComparing(i -> samples.get(i).outlet));
    int[] fold = new int[samples.size()];
    for (int r = 0; r < order.length; r++) {
      fold[order[r]] = r % folds;
    }
    return fold;
  }

  /**
   * Spark ML logistic regression with L2 penalty {@code reg}; classes are weighted to equal total weight, so the
   * intercept corresponds to equal priors (a truth rate r contributes weight r as reliable and 1 - r as unreliable).
   */
  private LogisticRegressionModel fit(List<Sample> train, double reg, int[] directions) {
    double pos = train.stream().mapToDouble(x -> x.truth).sum();
    double neg = train.size() - pos;
    List<Row> rows = new ArrayList<>();
    for (Sample x : train) {
      if (x.truth > 0) {
        rows.add(RowFactory.create(1.0, x.truth * train.size() / (2 * pos), Vectors.dense(x.x)));
      }
      if (x.truth < 1) {
        rows.add(RowFactory.create(0.0, (1 - x.truth) * train.size() / (2 * neg), Vectors.dense(x.x)));
      }
    }
    StructType schema =
        new StructType()
            .add("label", DataTypes.DoubleType)
            .add("weight", DataTypes.DoubleType)
            .add("features", SQLDataTypes.VectorType());
    int d = directions.length;
    double[] lower = new double[d];
    double[] upper = new double[d];
    for (int i = 0; i < d; i++) {
      lower[i] = directions[i] > 0 ? 0.0 : Double.NEGATIVE_INFINITY;
      upper[i] = directions[i] < 0 ? 0.0 : Double.POSITIVE_INFINITY;
    }
    return new LogisticRegression()
        .setLowerBoundsOnCoefficients(Matrices.dense(1, d, lower))
        .setUpperBoundsOnCoefficients(Matrices.dense(1, d, upper))
        .setRegParam(reg)
        .setElasticNetParam(0.0)
        .setStandardization(false)
        .setWeightCol("weight")
        .setMaxIter(100)
        .setTol(1e-6)
        .fit(spark.createDataFrame(rows, schema).coalesce(1));
  }

  private static double logit(LogisticRegressionModel model, double[] x) {
    double[] w = model.coefficients().toArray();
    double z = model.intercept();
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }

  private static double metric(boolean binary, double[] predicted, double[] truth) {
    if (binary) {
      boolean[] positive = new boolean[truth.length];
      for (int i = 0; i < truth.length; i++) {
        positive[i] = truth[i] >= 0.5;
      }
      return RankMetrics.auc(predicted, positive);
    }
    return truth.length < 2 ? Double.NaN : RankMetrics.spearman(predicted, truth);
  }

  private static ObjectNode calibrationNode(
      Settings s, String metric, CvPoint chosen, List<CvPoint> grid, int outlets, long articles, int reliable,
      boolean binary) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode c = json.objectNode();
    c.put("method", "Spark ML logistic regression (L2) on outlet-level means of standardised article features");
    c.put("outlets", outlets);
    c.put("reliable_outlets", binary ? reliable : -1);
    c.put("articles", articles);
    c.put("folds", s.folds());
    c.put("seed", s.seed());
    c.put("metric", metric);
    c.put("reg_param", chosen.regParam());
    putNumber(c, "cv_mean", chosen.mean());
    putNumber(c, "cv_sd", chosen.sd());
    ArrayNode folds = c.putArray("cv_folds");
    for (double d : chosen.folds()) {
      folds.add(Double.isNaN(d) ? null : json.numberNode(round(d)));
    }
    ArrayNode g = c.putArray("grid");
    for (CvPoint p : grid) {
      ObjectNode point = g.addObject().put("reg_param", p.regParam());
      putNumber(point, "cv_mean", p.mean());
      putNumber(point, "cv_sd", p.sd());
    }
    return c;
  }

  /** JSON has no NaN: an undefined figure (a fold with one class, say) is written as null. */
  private static void putNumber(ObjectNode node, String field, double v) {
    if (Double.isNaN(v)) {
      node.putNull(field);
    } else {
      node.put(field, round(v));
    }
  }

  /** A version that changes whenever the weights do: {@code 1.<first 8 hex digits of their hash>}. */
  private static String version(List<ScoringProfile.Feature> features, double intercept) {
    StringBuilder b = new StringBuilder().append(round(intercept));
    for (ScoringProfile.Feature f : features) {
      b.append('|').append(f.name()).append(':').append(f.weight()).append(':').append(f.center()).append(':')
          .append(f.scale());
    }
    return "1." + Hashing.sha256().hashString(b, StandardCharsets.UTF_8).toString().substring(0, 8);
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 1e6) / 1e6;
  }
}
