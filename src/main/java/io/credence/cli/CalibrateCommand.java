package io.credence.cli;

import io.credence.features.ArticleFeatures;
import io.credence.ingest.InputFormat;
import io.credence.job.CalibrateJob;
import io.credence.job.CalibrateOptions;
import io.credence.scoring.OutletLabels;
import io.credence.scoring.ScoringProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credence calibrate}: parses options, starts Spark and calls {@link CalibrateJob#run}. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit a scoring profile to labelled outlets (logistic regression, CV grouped by outlet).")
final class CalibrateCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Raw articles: a file, directory or glob.")
  String input;

  @Option(names = "--labels", required = true, paramLabel = "CSV",
      description = "outlet,label[,lean][,set] CSV: label is a quality in [0, 1] or reliable/unreliable;"
          + " lean is left/center/right.")
  Path labels;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Profile JSON to write.")
  Path output;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
      description = InputFormat.NAMES + " (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--features", split = ",", paramLabel = "COLUMN",
      description = "Candidate rate columns (default: the " + ArticleFeatures.PER_100_SENTENCES + " rates of "
          + CalibrateJob.DEFAULT_FEATURE_COUNTS + ").")
  List<String> features;

  @Option(names = "--transform", defaultValue = "log1p", description = "identity|log1p (default: ${DEFAULT-VALUE}).")
  String transform;

  @Option(names = "--folds", defaultValue = "" + CalibrateOptions.FOLDS_DEFAULT,
      description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--repeats", defaultValue = "" + CalibrateOptions.REPEATS_DEFAULT,
      description = "Repeats of the outer cross-validation, one fold seed each (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--max-features", defaultValue = "" + CalibrateOptions.MAX_FEATURES_DEFAULT,
      description = "Most features nested forward selection keeps; 0 keeps all candidates (default: ${DEFAULT-VALUE}).")
  int maxFeatures;

  @Option(names = "--binary-weight", defaultValue = "" + CalibrateOptions.BINARY_WEIGHT_DEFAULT,
      description = "Fit weight of a binary-labelled outlet relative to a graded one; 0 only evaluates them"
          + " (default: ${DEFAULT-VALUE}).")
  double binaryWeight;

  @Option(names = "--binary-quality", split = ",", paramLabel = "Q",
      description = "Quality of unreliable,reliable binary labels (default: "
          + CalibrateOptions.BINARY_QUALITY_DEFAULT_TEXT + ").")
  List<Double> binaryQuality;

  @Option(names = "--reg-params", split = ",", paramLabel = "LAMBDA",
      description = "L2 strengths CV chooses from (default: " + CalibrateOptions.REG_PARAMS_DEFAULT_TEXT + ").")
  List<Double> regParams;

  @Option(names = "--seed", defaultValue = "" + CalibrateOptions.SEED_DEFAULT,
      description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--name", defaultValue = CalibrateOptions.NAME_DEFAULT,
      description = "Profile name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--description", description = "What the profile was calibrated on (written into the profile).")
  String description;

  @Option(names = "--prior-articles", defaultValue = "" + CalibrateOptions.PRIOR_ARTICLES_DEFAULT,
      description = "Minimum shrinkage prior strength, in articles (default: ${DEFAULT-VALUE}).")
  double priorArticles;

  @Option(names = "--min-articles", defaultValue = "" + CalibrateOptions.MIN_ARTICLES_DEFAULT,
      description = "Articles an outlet needs for a band other than insufficient (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Mixin MasterOption master;

  @Override
  public Integer call() {
    CalibrateOptions options = UsageException.check(this::options);
    CalibrateJob.Inputs inputs = UsageException.check(() -> CalibrateJob.inputs(options));
    SparkSession spark = Sessions.create("credence calibrate", master.url);
    try {
      System.out.println(CalibrateJob.run(spark, options, inputs).summary(output));
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The options, checked before Spark starts: any problem with them is bad usage. */
  private CalibrateOptions options() {
    ScoringProfile.Transform t;
    try {
      t = ScoringProfile.Transform.valueOf(transform.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--transform '" + transform + "' is not identity or log1p");
    }
    CalibrateOptions.Builder b =
        CalibrateOptions.builder()
            .input(input)
            .labels(labels)
            .output(output)
            .format(InputFormat.parse(format))
            .features(features)
            .transform(t)
            .folds(folds)
            .repeats(repeats)
            .maxFeatures(maxFeatures)
            .binaryWeight(binaryWeight)
            .seed(seed)
            .name(name)
            .description(description)
            .priorArticles(priorArticles)
            .minArticles(minArticles);
    if (regParams != null) {
      b.regParams(regParams);
    }
    if (binaryQuality != null) {
      if (binaryQuality.size() != 2) {
        throw new IllegalArgumentException(
            "--binary-quality needs two numbers, UNRELIABLE,RELIABLE (e.g. 0.1,0.85); got " + binaryQuality);
      }
      b.binaryQuality(new OutletLabels.BinaryScale(binaryQuality.get(0), binaryQuality.get(1)));
    }
    return b.build();
  }
}
