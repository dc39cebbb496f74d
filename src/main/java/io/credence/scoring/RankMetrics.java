package io.credence.scoring;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import java.util.Comparator;

/** Rank statistics for checking scores against ground truth: Spearman correlation and ROC AUC, both tie-aware. */
public final class RankMetrics {

  private RankMetrics() {}

  /** Spearman's rank correlation (Pearson over average ranks); NaN when either side is constant. */
  public static double spearman(double[] x, double[] y) {
    Preconditions.checkArgument(x.length == y.length, "Lengths differ: %s vs %s", x.length, y.length);
    Preconditions.checkArgument(x.length >= 2, "Spearman needs at least 2 pairs, got %s", x.length);
    return pearson(ranks(x), ranks(y));
  }

  /**
   * The probability that a random positive scores above a random negative (ties count half), i.e. the ROC AUC; NaN
   * when one class is absent.
   */
  public static double auc(double[] scores, boolean[] positive) {
    Preconditions.checkArgument(scores.length == positive.length, "Lengths differ");
    double[] r = ranks(scores);
    long pos = 0;
    double rankSum = 0;
    for (int i = 0; i < r.length; i++) {
      if (positive[i]) {
        pos++;
        rankSum += r[i];
      }
    }
    long neg = r.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }

  /** 1-based ranks, ties given their average rank. */
  static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double[] ranks = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        ranks[order[t]] = avg;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
