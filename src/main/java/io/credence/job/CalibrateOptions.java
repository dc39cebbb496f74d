package io.credence.job;

import com.google.common.base.Preconditions;
import io.credence.ingest.InputFormat;
import io.credence.scoring.OutletLabels;
import io.credence.scoring.ScoringProfile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The typed options of the {@code calibrate} job, each declared once as a component: its command-line key is the
 * component's name in kebab case ({@code maxFeatures} is {@code --max-features}). Defaults and meanings are
 * documented here and in jobs/README.md, "Calibration: calibrate"; the method is in
 * src/main/resources/credence/profiles/README.md.
 *
 * @param input raw articles to calibrate on (any input the {@code score} job reads). Required.
 * @param labels CSV with header {@code outlet,label[,lean][,set]}: label is a quality in [0, 1] or
 *     reliable/unreliable, lean is left/center/right (or -1/0/+1), set groups outlets for the per-set figures (an AUC
 *     per binary set). Required.
 * @param output where the profile JSON is written. Required.
 * @param format input format of {@code input}.
 * @param features candidate feature columns, or {@code null} for the default: the {@code <count>_per_100_sentences}
 *     rates of {@link CalibrateJob#DEFAULT_FEATURE_COUNTS} ({@link CalibrateJob#defaultFeatures}).
 * @param transform transform applied to every feature before standardising. Default {@code log1p}.
 * @param folds number of cross-validation folds (outlets are the unit: each outlet is in one fold). Default {@value
 *     #FOLDS_DEFAULT}.
 * @param repeats repeats of the outer cross-validation, each with its own fold seed ({@code seed, seed + 1, ...}).
 * @param maxFeatures the most features nested forward selection keeps; 0 keeps every candidate. Default {@value
 *     #MAX_FEATURES_DEFAULT}.
 * @param binaryWeight weight of a binary-labelled outlet in the fit relative to a graded one with as many articles; 0
 *     only evaluates them. Default {@value #BINARY_WEIGHT_DEFAULT}.
 * @param binaryQuality where binary labels sit on the quality scale, as {@code UNRELIABLE,RELIABLE}. Default {@value
 *     #BINARY_QUALITY_DEFAULT_TEXT}: a binary-only calibration as before graded labels existed.
 * @param regParams the L2 regularisation strengths cross-validation chooses from. Default {@value
 *     #REG_PARAMS_DEFAULT_TEXT}.
 * @param seed seed of the fold assignment. Default {@value #SEED_DEFAULT}.
 * @param name the written profile's {@code name}. Default {@value #NAME_DEFAULT}.
 * @param priorArticles the written profile's {@code outlet.prior_articles}. Default {@value #PRIOR_ARTICLES_DEFAULT}.
 * @param minArticles the written profile's {@code outlet.min_articles}. Default {@value #MIN_ARTICLES_DEFAULT}.
 * @param description a sentence saying what the profile was calibrated on, written into its {@code description}, or
 *     {@code null} for a generated one.
 */
public record CalibrateOptions(
    String input,
    Path labels,
    Path output,
    InputFormat format,
    List<String> features,
    ScoringProfile.Transform transform,
    int folds,
    int repeats,
    int maxFeatures,
    double binaryWeight,
    OutletLabels.BinaryScale binaryQuality,
    List<Double> regParams,
    long seed,
    String name,
    double priorArticles,
    int minArticles,
    String description) {

  public static final ScoringProfile.Transform TRANSFORM_DEFAULT = ScoringProfile.Transform.LOG1P;

  public static final int FOLDS_DEFAULT = 5;

  /** {@link #REG_PARAMS_DEFAULT} as written on the command line (for help texts). */
  public static final String REG_PARAMS_DEFAULT_TEXT = "0.001,0.01,0.03,0.1,0.3,1.0";

  public static final List<Double> REG_PARAMS_DEFAULT =
      Arrays.stream(REG_PARAMS_DEFAULT_TEXT.split(",")).map(Double::valueOf).toList();

  public static final int REPEATS_DEFAULT = 5;

  /** {@link #BINARY_QUALITY_DEFAULT} as written on the command line (for help texts). */
  public static final String BINARY_QUALITY_DEFAULT_TEXT = "0,1";

  public static final OutletLabels.BinaryScale BINARY_QUALITY_DEFAULT =
      new OutletLabels.BinaryScale(
          Double.parseDouble(BINARY_QUALITY_DEFAULT_TEXT.split(",")[0]),
          Double.parseDouble(BINARY_QUALITY_DEFAULT_TEXT.split(",")[1]));

  public static final int MAX_FEATURES_DEFAULT = 0;

  public static final double BINARY_WEIGHT_DEFAULT = 1.0;

  public static final long SEED_DEFAULT = 42L;

  public static final String NAME_DEFAULT = "calibrated";

  public static final double PRIOR_ARTICLES_DEFAULT = 3.0;

  public static final int MIN_ARTICLES_DEFAULT = 5;

  /** Checks the options and fills in the defaults of the object-valued ones left {@code null}. */
  public CalibrateOptions {
    Preconditions.checkArgument(input != null && !input.isBlank(), "--input is required");
    Preconditions.checkArgument(labels != null, "--labels is required");
    Preconditions.checkArgument(output != null, "--output is required");
    Preconditions.checkArgument(folds >= 2, "--folds must be >= 2, got %s", folds);
    Preconditions.checkArgument(repeats >= 1, "--repeats must be >= 1, got %s", repeats);
    Preconditions.checkArgument(maxFeatures >= 0, "--max-features must be >= 0, got %s", maxFeatures);
    Preconditions.checkArgument(binaryWeight >= 0, "--binary-weight must be >= 0, got %s", binaryWeight);
    Preconditions.checkArgument(
        regParams != null && !regParams.isEmpty() && regParams.stream().allMatch(r -> r >= 0),
        "--reg-params must list regularisation strengths >= 0, got %s", regParams);
    Preconditions.checkArgument(priorArticles >= 0, "--prior-articles must be >= 0, got %s", priorArticles);
    Preconditions.checkArgument(minArticles >= 1, "--min-articles must be >= 1, got %s", minArticles);
    format = format == null ? InputFormat.AUTO : format;
    features = features == null ? null : List.copyOf(features);
    transform = transform == null ? TRANSFORM_DEFAULT : transform;
    binaryQuality = binaryQuality == null ? BINARY_QUALITY_DEFAULT : binaryQuality;
    regParams = List.copyOf(regParams);
    name = name == null ? NAME_DEFAULT : name;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalibrateOptions}. */
  public static final class Builder {
    private String input;
    private Path labels;
    private Path output;
    private InputFormat format;
    private List<String> features;
    private ScoringProfile.Transform transform;
    private int folds = FOLDS_DEFAULT;
    private int repeats = REPEATS_DEFAULT;
    private int maxFeatures = MAX_FEATURES_DEFAULT;
    private double binaryWeight = BINARY_WEIGHT_DEFAULT;
    private OutletLabels.BinaryScale binaryQuality;
    private List<Double> regParams = REG_PARAMS_DEFAULT;
    private long seed = SEED_DEFAULT;
    private String name;
    private double priorArticles = PRIOR_ARTICLES_DEFAULT;
    private int minArticles = MIN_ARTICLES_DEFAULT;
    private String description;

    public Builder input(String v) {
      this.input = v;
      return this;
    }

    public Builder labels(Path v) {
      this.labels = v;
      return this;
    }

    public Builder output(Path v) {
      this.output = v;
      return this;
    }

    public Builder format(InputFormat v) {
      this.format = v;
      return this;
    }

    public Builder features(List<String> v) {
      this.features = v;
      return this;
    }

    public Builder transform(ScoringProfile.Transform v) {
      this.transform = v;
      return this;
    }

    public Builder folds(int v) {
      this.folds = v;
      return this;
    }

    public Builder binaryWeight(double v) {
      this.binaryWeight = v;
      return this;
    }

    public Builder maxFeatures(int v) {
      this.maxFeatures = v;
      return this;
    }

    public Builder repeats(int v) {
      this.repeats = v;
      return this;
    }

    public Builder binaryQuality(OutletLabels.BinaryScale v) {
      this.binaryQuality = v;
      return this;
    }

    public Builder regParams(List<Double> v) {
      this.regParams = v;
      return this;
    }

    public Builder seed(long v) {
      this.seed = v;
      return this;
    }

    public Builder name(String v) {
      this.name = v;
      return this;
    }

    public Builder priorArticles(double v) {
      this.priorArticles = v;
      return this;
    }

    public Builder minArticles(int v) {
      this.minArticles = v;
      return this;
    }

    public Builder description(String v) {
      this.description = v;
      return this;
    }

    public CalibrateOptions build() {
      return new CalibrateOptions(
          input, labels, output, format, features, transform, folds, repeats, maxFeatures, binaryWeight, binaryQuality,
          regParams, seed, name, priorArticles, minArticles, description);
    }
  }
}
