package io.credence.scoring;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;

/** The article reliability score as a Column: {@code 100 * sigmoid(intercept + sum(weight * (x - center) / scale))}. */
public final class ArticleScorer {

  private ArticleScorer() {}

  /** Reliability in [0, 100]; a feature that is null for an article (an empty title, say) contributes nothing. */
  public static Column reliability(ScoringProfile profile) {
    Column logit = lit(profile.intercept());
    for (ScoringProfile.Feature f : profile.features()) {
      Column z = col(f.name()).cast("double").minus(f.center()).divide(f.scale());
      logit = logit.plus(coalesce(z.multiply(f.weight()), lit(0.0)));
    }
    return lit(100.0).divide(lit(1.0).plus(exp(logit.multiply(-1.0))));
  }
}
