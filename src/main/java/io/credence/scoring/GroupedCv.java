package io.credence.scoring;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Grouped, repeated and nested cross-validation of the quality model. Outlets are the unit: each outlet, with all its
 * articles, sits in one fold. Every choice is made inside the training folds ({@link #fitNested}): the L2 strength by an
 * inner grouped CV (lowest out-of-fold log loss), and the calibration map, a logistic link {@code sigmoid(offset +
 * slope · score)} fitted to the inner out-of-fold linear scores, so the map is fitted on scores as spread as those of
 * unseen outlets. Outlets are weighted by the square root of their number of articles (an outlet mean over 30 articles
 * is steadier than one over 5).
 */
public final class GroupedCv {

  /**
   * Folds, repeats (seeds {@code seed, seed + 1, ...}), the L2 grid, the first seed, the most features forward
   * selection may keep (0: keep every candidate, no selection), and the weight of a binary-labelled outlet relative to
   * a graded one with as many articles (0: binary outlets are only evaluated, never fitted).
   */
  public record Settings(
      int folds, int repeats, List<Double> regParams, long seed, int maxFeatures, double binaryWeight) {}

  /**
   * A model fitted with every choice nested: the features selected (indices into the candidates), the chosen L2
   * strength, the linear model over all candidates (weight 0 for those not selected), and the link.
   */
  public record Calibrated(int[] selected, double regParam, QualityModel.Fit model, double offset, double slope) {

    /** The calibrated estimate of quality in [0, 1]. */
    public double estimate(double[] x) {
      return QualityModel.sigmoid(offset + slope * model.score(x));
    }
  }

  /** Out-of-fold estimates of one repeat, and the L2 strengths and feature sets its folds chose. */
  public record Repeat(double[] estimate, double[] chosenRegParams, List<int[]> chosenFeatures) {}

  /**
   * The L2 strength of the link's fit, a one-feature {@link QualityModel} of quality on the inner out-of-fold scores:
   * small, to keep the Newton steps well posed without pulling the slope toward 0.
   */
  private static final double LINK_REG = 1e-4;

  private GroupedCv() {}

  /** Stratified, seeded fold assignment: outlets sorted by quality, ties by a seeded hash, dealt round-robin. */
  public static int[] folds(List<OutletSamples.Sample> samples, int folds, long seed) {
    Integer[] order = new Integer[samples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> samples.get(i).quality())
            .thenComparingLong(i -> Hashing.murmur3_128((int) seed)
                .hashString(samples.get(i).label().outlet(), StandardCharsets.UTF_8).asLong())
            .thenComparing(i -> samples.get(i).label().outlet()));
    // Deal in blocks of `folds` with a seeded rotation, so that repeats differ even among equal-quality outlets.
    int[] fold = new int[samples.size()];
    for (int r = 0; r < order.length; r++) {
      int block = r / folds;
      int shift = (int) Math.floorMod(Hashing.murmur3_32_fixed((int) seed).hashInt(block).asInt(), folds);
      fold[order[r]] = (r + shift) % folds;
    }
    return fold;
  }

  /**
   * Fits on {@code train} with the features, the L2 strength and the link chosen by an inner CV over {@code train}
   * alone. With {@code maxFeatures} 0 every candidate is kept; otherwise features are added greedily (forward
   * selection), each step keeping the candidate whose best grid point has the lowest inner out-of-fold log loss, until
   * no candidate lowers it by 0.001 or {@code maxFeatures} are in.
   */
  public static Calibrated fitNested(List<OutletSamples.Sample> train, Settings s, long seed) {
    int[] fold = folds(train, s.folds(), seed);
    int d = train.get(0).x().length;
    List<Integer> chosen = new ArrayList<>();
    Inner best;
    if (s.maxFeatures() <= 0) {
      for (int j = 0; j < d; j++) {
        chosen.add(j);
      }
      best = inner(train, fold, chosen, s);
    } else {
      best = null;
      while (chosen.size() < Math.min(d, s.maxFeatures())) {
        Inner step = null;
        int pick = -1;
        for (int j = 0; j < d; j++) {
          if (chosen.contains(j)) {
            continue;
          }
          List<Integer> trial = new ArrayList<>(chosen);
          trial.add(j);
          Inner r = inner(train, fold, trial, s);
          if (step == null || r.loss() < step.loss() - 1e-12) {
            step = r;
            pick = j;
          }
        }
        if (best != null && step.loss() > best.loss() - 1e-3) {
          break;
        }
        chosen.add(pick);
        best = step;
      }
    }
    int[] selected = chosen.stream().mapToInt(Integer::intValue).toArray();
    double[][] scores = new double[train.size()][1];
    for (int i = 0; i < train.size(); i++) {
      scores[i][0] = best.oof()[i];
    }
    double bw = s.binaryWeight();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      if (bw > 0 || !train.get(i).label().binary()) {
        seen.add(i);
      }
    }
    double[][] seenScores = seen.stream().map(i -> scores[i]).toArray(double[][]::new);
    List<OutletSamples.Sample> seenSamples = seen.stream().map(train::get).toList();
    QualityModel.Fit link =
        QualityModel.fit(seenScores, qualities(seenSamples), weights(seenSamples, bw), LINK_REG);
    // The slope is kept non-negative, so the map is monotone non-decreasing; a flat map sits at the weighted mean.
    double slope = Math.max(0, link.weights()[0]);
    double offset = slope == 0 ? logit(weightedMean(seenSamples, bw)) : link.intercept();
    QualityModel.Fit sub = fit(train, selected, best.regParam(), bw);
    double[] w = new double[d];
    for (int k = 0; k < selected.length; k++) {
      w[selected[k]] = sub.weights()[k];
    }
    return new Calibrated(selected, best.regParam(), new QualityModel.Fit(sub.intercept(), w), offset, slope);
  }

  /** The inner CV of one feature set: the best grid point's L2 strength, its log loss and out-of-fold scores. */
  private record Inner(double regParam, double loss, double[] oof) {}

  private static Inner inner(List<OutletSamples.Sample> train, int[] fold, List<Integer> features, Settings s) {
    int[] cols = features.stream().mapToInt(Integer::intValue).toArray();
    Inner best = null;
    for (double reg : s.regParams()) {
      double[] oof = new double[train.size()];
      for (int k = 0; k < s.folds(); k++) {
        List<OutletSamples.Sample> in = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] != k) {
            in.add(train.get(i));
          }
        }
        QualityModel.Fit fit = fit(in, cols, reg, s.binaryWeight());
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] == k) {
            oof[i] = fit.score(project(train.get(i).x(), cols));
          }
        }
      }
      double loss = logLoss(train, oof, s.binaryWeight());
      // ties (within 1e-9) go to the stronger penalty
      if (best == null || loss < best.loss() - 1e-9 || Math.abs(loss - best.loss()) <= 1e-9 && reg > best.regParam()) {
        best = new Inner(reg, loss, oof);
      }
    }
    return best;
  }

  private static double[] project(double[] x, int[] cols) {
    double[] out = new double[cols.length];
    for (int k = 0; k < cols.length; k++) {
      out[k] = x[cols[k]];
    }
    return out;
  }

  /** Repeated outer CV: for each repeat, every outlet's estimate from a model nested-fitted without its fold. */
  public static List<Repeat> evaluate(List<OutletSamples.Sample> samples, Settings s) {
    List<Repeat> out = new ArrayList<>();
    for (int r = 0; r < s.repeats(); r++) {
      long seed = s.seed() + r;
      int[] fold = folds(samples, s.folds(), seed);
      double[] estimate = new double[samples.size()];
      double[] regs = new double[s.folds()];
      List<int[]> features = new ArrayList<>();
      for (int k = 0; k < s.folds(); k++) {
        List<OutletSamples.Sample> train = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
          if (fold[i] != k) {
            train.add(samples.get(i));
          }
        }
        Calibrated c = fitNested(train, s, seed * 31 + k);
        regs[k] = c.regParam();
        features.add(c.selected());
        for (int i = 0; i < samples.size(); i++) {
          if (fold[i] == k) {
            estimate[i] = c.estimate(samples.get(i).x());
          }
        }
      }
      out.add(new Repeat(estimate, regs, features));
    }
    return out;
  }

  static QualityModel.Fit fit(List<OutletSamples.Sample> all, int[] cols, double reg, double binaryWeight) {
    List<OutletSamples.Sample> train = fitted(all, binaryWeight);
    double[][] x = train.stream().map(t -> project(t.x(), cols)).toArray(double[][]::new);
    return QualityModel.fit(x, qualities(train), weights(train, binaryWeight), reg);
  }

  /** The fit's weight of each outlet: the square root of its number of articles, times the binary weight. */
  static double[] weights(List<OutletSamples.Sample> samples, double binaryWeight) {
    return samples.stream()
        .mapToDouble(s -> Math.sqrt(Math.max(1, s.articles())) * (s.label().binary() ? binaryWeight : 1.0)).toArray();
  }

  /** The outlets a fit sees: those with a positive weight. */
  private static List<OutletSamples.Sample> fitted(List<OutletSamples.Sample> samples, double binaryWeight) {
    return binaryWeight > 0 ? samples : samples.stream().filter(x -> !x.label().binary()).toList();
  }

  private static double[] qualities(List<OutletSamples.Sample> samples) {
    return samples.stream().mapToDouble(OutletSamples.Sample::quality).toArray();
  }

  private static double weightedMean(List<OutletSamples.Sample> samples, double binaryWeight) {
    double[] w = weights(samples, binaryWeight);
    double sum = 0;
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i] * samples.get(i).quality();
      total += w[i];
    }
    return Math.min(1 - 1e-6, Math.max(1e-6, sum / total));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  private static double logLoss(List<OutletSamples.Sample> samples, double[] score, double binaryWeight) {
    double[] w = weights(samples, binaryWeight);
    double sum = 0;
    double total = 0;
    for (int i = 0; i < score.length; i++) {
      sum += w[i] * QualityModel.logLoss(score[i], samples.get(i).quality());
      total += w[i];
    }
    return sum / total;
  }
}
