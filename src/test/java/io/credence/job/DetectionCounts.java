package io.credence.job;

import java.util.Locale;

/**
 * A binary detector's outcomes against labels (true and false positives, false and true negatives), with its
 * precision, recall and F1; each is 0 when undefined. {@link DevEvaluation} and the lexicon curation tool count with it.
 */
record DetectionCounts(int tp, int fp, int fn, int tn) {

  static final DetectionCounts NONE = new DetectionCounts(0, 0, 0, 0);

  /** These counts plus one item that was {@code predicted} (or not) and {@code actual}ly positive (or not). */
  DetectionCounts plus(boolean predicted, boolean actual) {
    if (predicted) {
      return actual ? new DetectionCounts(tp + 1, fp, fn, tn) : new DetectionCounts(tp, fp + 1, fn, tn);
    }
    return actual ? new DetectionCounts(tp, fp, fn + 1, tn) : new DetectionCounts(tp, fp, fn, tn + 1);
  }

  int items() {
    return tp + fp + fn + tn;
  }

  double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp, fp,
        fn);
  }
}
