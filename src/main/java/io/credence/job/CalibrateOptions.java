package io.credence.job;

import com.google.common.base.Preconditions;
import io.credence.ingest.InputFormat;
import io.credence.scoring.OutletLabels;
import io.credence.scoring.ScoringProfile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The typed options of the {@code calibrate} job. Each option's key, default and meaning are documented here and in
 * jobs/README.md, "Calibration: calibrate"; the method is in src/main/resources/credence/profiles/README.md.
 */
public final class CalibrateOptions {

  /** Raw articles to calibrate on (any input the {@code score} job reads). Required. */
  public static final String INPUT = "input";

  /**
   * CSV with header {@code outlet,label[,lean][,set]}: label is a quality in [0, 1] or reliable/unreliable, lean is
   * left/center/right (or -1/0/+1), set groups outlets for the per-set figures (an AUC per binary set). Required.
   */
  public static final String LABELS = "labels";

  /** Where the profile JSON is written. Required. */
  public static final String OUTPUT = "output";

  /** Input format of {@link #INPUT}. */
  public static final String FORMAT = "format";

  /**
   * Candidate feature columns; default: the {@code <count>_per_100_sentences} rates of {@link
   * CalibrateJob#DEFAULT_FEATURE_COUNTS} ({@link CalibrateJob#defaultFeatures}).
   */
  public static final String FEATURES = "features";

  /** Transform applied to every feature before standardising. Default {@code log1p}. */
  public static final String TRANSFORM = "transform";

  public static final ScoringProfile.Transform TRANSFORM_DEFAULT = ScoringProfile.Transform.LOG1P;

  /** Number of cross-validation folds (outlets are the unit: each outlet is in one fold). Default {@value}. */
  public static final String FOLDS = "folds";

  public static final int FOLDS_DEFAULT = 5;

  /** The L2 regularisation strengths cross-validation chooses from. Default {@value #REG_PARAMS_DEFAULT_TEXT}. */
  public static final String REG_PARAMS = "reg-params";

  /** {@link #REG_PARAMS_DEFAULT} as written on the command line (for help texts). */
  public static final String REG_PARAMS_DEFAULT_TEXT = "0.001,0.01,0.03,0.1,0.3,1.0";

  public static final List<Double> REG_PARAMS_DEFAULT =
      Arrays.stream(REG_PARAMS_DEFAULT_TEXT.split(",")).map(Double::valueOf).toList();

  /** Repeats of the outer cross-validation, each with its own fold seed ({@code seed, seed + 1, ...}). */
  public static final String REPEATS = "repeats";

  public static final int REPEATS_DEFAULT = 5;

  /**
   * Where binary labels sit on the quality scale, as {@code UNRELIABLE,RELIABLE}. Default {@value
   * #BINARY_QUALITY_DEFAULT_TEXT}: a binary-only calibration as before graded labels existed.
   */
  public static final String BINARY_QUALITY = "binary-quality";

  /** {@link #BINARY_QUALITY_DEFAULT} as written on the command line (for help texts). */
  public static final String BINARY_QUALITY_DEFAULT_TEXT = "0,1";

  public static final OutletLabels.BinaryScale BINARY_QUALITY_DEFAULT =
      new OutletLabels.BinaryScale(
          Double.parseDouble(BINARY_QUALITY_DEFAULT_TEXT.split(",")[0]),
          Double.parseDouble(BINARY_QUALITY_DEFAULT_TEXT.split(",")[1]));

  /** The most features nested forward selection keeps; 0 keeps every candidate. Default {@value #MAX_FEATURES_DEFAULT}. */
  public static final String MAX_FEATURES = "max-features";

  public static final int MAX_FEATURES_DEFAULT = 0;

  /**
   * Weight of a binary-labelled outlet in the fit relative to a graded one with as many articles; 0 only evaluates
   * them. Default {@value #BINARY_WEIGHT_DEFAULT}.
   */
  public static final String BINARY_WEIGHT = "binary-weight";

  public static final double BINARY_WEIGHT_DEFAULT = 1.0;

  /** Seed of the fold assignment. Default {@value #SEED_DEFAULT}. */
  public static final String SEED = "seed";

  public static final long SEED_DEFAULT = 42L;

  /** The written profile's {@code name}. Default {@value #NAME_DEFAULT}. */
  public static final String NAME = "name";

  public static final String NAME_DEFAULT = "calibrated";

  /** The written profile's {@code outlet.prior_articles}. Default {@value #PRIOR_ARTICLES_DEFAULT}. */
  public static final String PRIOR_ARTICLES = "prior-articles";

  public static final double PRIOR_ARTICLES_DEFAULT = 3.0;

  /** The written profile's {@code outlet.min_articles}. Default {@value #MIN_ARTICLES_DEFAULT}. */
  public static final String MIN_ARTICLES = "min-articles";

  public static final int MIN_ARTICLES_DEFAULT = 5;

  /** A sentence saying what the profile was calibrated on, written into its {@code description}. */
  public static final String DESCRIPTION = "description";

  private final String input;
  private final Path labels;
  private final Path output;
  private final InputFormat format;
  private final List<String> features;
  private final ScoringProfile.Transform transform;
  private final int folds;
  private final int repeats;
  private final int maxFeatures;
  private final double binaryWeight;
  private final OutletLabels.BinaryScale binaryQuality;
  private final List<Double> regParams;
  private final long seed;
  private final String name;
  private final double priorArticles;
  private final int minArticles;
  private final String description;

  private CalibrateOptions(Builder b) {
    Preconditions.checkArgument(b.input != null && !b.input.isBlank(), "--%s is required", INPUT);
    Preconditions.checkArgument(b.labels != null, "--%s is required", LABELS);
    Preconditions.checkArgument(b.output != null, "--%s is required", OUTPUT);
    Preconditions.checkArgument(b.folds >= 2, "--%s must be >= 2, got %s", FOLDS, b.folds);
    Preconditions.checkArgument(b.repeats >= 1, "--%s must be >= 1, got %s", REPEATS, b.repeats);
    Preconditions.checkArgument(b.maxFeatures >= 0, "--%s must be >= 0, got %s", MAX_FEATURES, b.maxFeatures);
    Preconditions.checkArgument(b.binaryWeight >= 0, "--%s must be >= 0, got %s", BINARY_WEIGHT, b.binaryWeight);
    Preconditions.checkArgument(
        b.regParams != null && !b.regParams.isEmpty() && b.regParams.stream().allMatch(r -> r >= 0),
        "--%s must list regularisation strengths >= 0, got %s", REG_PARAMS, b.regParams);
    Preconditions.checkArgument(b.priorArticles >= 0, "--%s must be >= 0, got %s", PRIOR_ARTICLES, b.priorArticles);
    Preconditions.checkArgument(b.minArticles >= 1, "--%s must be >= 1, got %s", MIN_ARTICLES, b.minArticles);
    this.input = b.input;
    this.labels = b.labels;
    this.output = b.output;
    this.format = b.format == null ? InputFormat.AUTO : b.format;
    this.features = b.features == null ? null : List.copyOf(b.features);
    this.transform = b.transform == null ? TRANSFORM_DEFAULT : b.transform;
    this.folds = b.folds;
    this.repeats = b.repeats;
    this.maxFeatures = b.maxFeatures;
    this.binaryWeight = b.binaryWeight;
    this.binaryQuality =
        b.binaryQuality == null ? BINARY_QUALITY_DEFAULT : b.binaryQuality;
    this.regParams = List.copyOf(b.regParams);
    this.seed = b.seed;
    this.name = b.name == null ? NAME_DEFAULT : b.name;
    this.priorArticles = b.priorArticles;
    this.minArticles = b.minArticles;
    this.description = b.description;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String input() {
    return input;
  }

  public Path labels() {
    return labels;
  }

  public Path output() {
    return output;
  }

  public InputFormat format() {
    return format;
  }

  /** The candidate features, or {@code null} for the default set. */
  public List<String> features() {
    return features;
  }

  public ScoringProfile.Transform transform() {
    return transform;
  }

  public int folds() {
    return folds;
  }

  public List<Double> regParams() {
    return regParams;
  }

  public int repeats() {
    return repeats;
  }

  public int maxFeatures() {
    return maxFeatures;
  }

  public double binaryWeight() {
    return binaryWeight;
  }

  public OutletLabels.BinaryScale binaryQuality() {
    return binaryQuality;
  }

  public long seed() {
    return seed;
  }

  public String name() {
    return name;
  }

  public double priorArticles() {
    return priorArticles;
  }

  public int minArticles() {
    return minArticles;
  }

  /** The description to write, or {@code null} for a generated one. */
  public String description() {
    return description;
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
      return new CalibrateOptions(this);
    }
  }
}
