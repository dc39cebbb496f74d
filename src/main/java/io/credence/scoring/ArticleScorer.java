package io.credence.scoring;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;

import org.apache.spark.sql.Column;

/**
 * The article reliability score as a Column: {@code 100 * sigmoid(offset + slope * s)}, where {@code s = intercept +
 * sum(weight * z)} is the linear score, {@code z = (transform(x) - center) / scale} for each profile feature, and
 * {@code offset, slope} are the profile's calibration {@code link}.
 */
public final class ArticleScorer {

  private ArticleScorer() {}

  /** Reliability in [0, 100]; a feature that is null for an article (an empty title, say) contributes nothing. */
  public static Column reliability(ScoringProfile profile) {
    return toReliability(calibratedLogit(profile));
  }

  /** {@code offset + slope * s}: the logit of the estimated quality, on which outlets are aggregated. */
  public static Column calibratedLogit(ScoringProfile profile) {
    Column score = lit(profile.intercept());
    for (ScoringProfile.Feature f : profile.features()) {
      score = score.plus(contribution(f));
    }
    return score.multiply(profile.link().slope()).plus(profile.link().offset());
  }

  /** {@code 100 * sigmoid(logit)}. */
  public static Column toReliability(Column logit) {
    return lit(100.0).divide(lit(1.0).plus(exp(logit.multiply(-1.0))));
  }

  /** The feature's standardised value {@code z}; null when the feature is null. */
  public static Column standardised(ScoringProfile.Feature f) {
    return transformed(f.transformKind(), col(f.name()).cast("double")).minus(f.center()).divide(f.scale());
  }

  /** The feature's term in the logit, {@code weight * z}, or 0 when the feature is null. */
  public static Column contribution(ScoringProfile.Feature f) {
    return coalesce(standardised(f).multiply(f.weight()), lit(0.0));
  }

  /** {@code transform(x)} as a Column. */
  public static Column transformed(ScoringProfile.Transform t, Column x) {
    return t == ScoringProfile.Transform.LOG1P ? log1p(greatest(x, lit(0.0))) : x;
  }
}
