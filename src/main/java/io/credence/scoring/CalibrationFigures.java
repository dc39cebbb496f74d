package io.credence.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The figures a calibration reports for one vector of estimated qualities (one per outlet, in [0, 1]): on the graded
 * outlets Spearman with the quality, the within-lean Spearman (left, center and right outlets ranked separately, the
 * three coefficients averaged with weights equal to their numbers of outlets), the calibration error (mean absolute
 * difference between estimate and quality), the share of outlets with quality >= 0.8 whose estimate lands in a band
 * at or above {@code generally reliable} and the share of those below 0.5 that land below it; on each set of binary
 * outlets the AUC reliable > unreliable; and the fairness audit: Spearman of the estimate with lean (-1/0/+1) and
 * with the number of articles per outlet. A figure without enough outlets is NaN.
 */
public final class CalibrationFigures {

  /** Quality at or above which an expert-rated outlet should be banded at least {@code generally reliable}. */
  public static final double HIGH_QUALITY = 0.8;

  /** Quality below which an expert-rated outlet should be banded {@code mixed} or {@code low}. */
  public static final double LOW_QUALITY = 0.5;

  /**
   * The lower bound of {@code generally reliable} in {@link ScoringProfile#DEFAULT_BANDS}, on the 0-1 scale of the
   * estimate (the bands are on the 0-100 scale of the reliability).
   */
  public static final double RELIABLE_BAND =
      ScoringProfile.DEFAULT_BANDS.stream()
              .filter(b -> b.band().equals(ScoringProfile.GENERALLY_RELIABLE))
              .findFirst()
              .orElseThrow()
              .min()
          / 100;

  private CalibrationFigures() {}

  /** The figures, by name, in a stable order. */
  public static Map<String, Double> of(List<OutletSamples.Sample> samples, double[] estimate) {
    Map<String, Double> out = new LinkedHashMap<>();
    List<Integer> graded = indices(samples, s -> !s.label().binary());
    out.put("spearman", spearman(samples, estimate, graded, i -> samples.get(i).quality()));
    out.put("within_lean_spearman", withinLean(samples, estimate, graded));
    double mae = 0;
    for (int i : graded) {
      mae += Math.abs(estimate[i] - samples.get(i).quality());
    }
    out.put("mae", graded.isEmpty() ? Double.NaN : mae / graded.size());
    out.put("high_banded", share(samples, estimate, graded, q -> q >= HIGH_QUALITY, e -> e >= RELIABLE_BAND));
    out.put("low_banded", share(samples, estimate, graded, q -> q < LOW_QUALITY, e -> e < RELIABLE_BAND));
    TreeSet<String> sets = new TreeSet<>();
    samples.stream().filter(s -> s.label().binary()).forEach(s -> sets.add(s.label().set()));
    for (String set : sets) {
      List<Integer> in = indices(samples, s -> s.label().binary() && s.label().set().equals(set));
      double[] scores = in.stream().mapToDouble(i -> estimate[i]).toArray();
      boolean[] positive = new boolean[in.size()];
      for (int k = 0; k < positive.length; k++) {
        positive[k] = samples.get(in.get(k)).label().reliable();
      }
      out.put("auc_" + set, RankMetrics.auc(scores, positive));
    }
    List<Integer> leaned = indices(samples, s -> !s.label().binary() && s.label().lean() != null);
    out.put("lean_spearman", spearman(samples, estimate, leaned, i -> samples.get(i).label().lean()));
    out.put("articles_spearman", spearman(samples, estimate, graded, i -> samples.get(i).articles()));
    return out;
  }

  /**
   * Within-lean Spearman: estimate vs quality among the left, the center and the right outlets separately, averaged
   * with weights equal to their numbers of outlets (a lean with fewer than 3 outlets is left out).
   */
  static double withinLean(List<OutletSamples.Sample> samples, double[] estimate, List<Integer> graded) {
    double sum = 0;
    int n = 0;
    for (int lean = -1; lean <= 1; lean++) {
      int l = lean;
      List<Integer> in = new ArrayList<>();
      for (int i : graded) {
        Integer li = samples.get(i).label().lean();
        if (li != null && li == l) {
          in.add(i);
        }
      }
      double rho = spearman(samples, estimate, in, i -> samples.get(i).quality());
      if (!Double.isNaN(rho)) {
        sum += rho * in.size();
        n += in.size();
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static double spearman(
      List<OutletSamples.Sample> samples, double[] estimate, List<Integer> in,
      java.util.function.IntToDoubleFunction truth) {
    if (in.size() < 3) {
      return Double.NaN;
    }
    double[] x = in.stream().mapToDouble(i -> estimate[i]).toArray();
    double[] y = in.stream().mapToDouble(truth::applyAsDouble).toArray();
    return RankMetrics.spearman(x, y);
  }

  private static double share(
      List<OutletSamples.Sample> samples, double[] estimate, List<Integer> in, Predicate<Double> group,
      Predicate<Double> hit) {
    int n = 0;
    int ok = 0;
    for (int i : in) {
      if (group.test(samples.get(i).quality())) {
        n++;
        ok += hit.test(estimate[i]) ? 1 : 0;
      }
    }
    return n == 0 ? Double.NaN : (double) ok / n;
  }

  private static List<Integer> indices(List<OutletSamples.Sample> samples, Predicate<OutletSamples.Sample> p) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      if (p.test(samples.get(i))) {
        out.add(i);
      }
    }
    return out;
  }
}
