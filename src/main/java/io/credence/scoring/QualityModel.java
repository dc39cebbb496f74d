package io.credence.scoring;

import com.google.common.base.Preconditions;

/**
 * Fractional logistic regression with an L2 penalty, fitted by Newton's method: the expected quality {@code q} in [0,
 * 1] of an outlet is modelled as {@code sigmoid(b + w·x)}. The objective is Spark ML's for {@code
 * LogisticRegression} with {@code elasticNetParam 0} and {@code standardization false}: the weighted mean log loss
 * {@code -(q log p + (1 - q) log(1 - p))} plus {@code reg/2 · |w|²}, intercept unpenalised ({@code
 * QualityModelTest} checks the fit against Spark ML). A graded label is its own soft target, so the fit needs no
 * binarisation. A few dozen outlets and features make every fit a millisecond, so nested cross-validation is cheap.
 */
public final class QualityModel {

  /** Fitted coefficients: the intercept and one weight per feature. */
  public record Fit(double intercept, double[] weights) {

    /** The linear score {@code b + w·x}. */
    public double score(double[] x) {
      double z = intercept;
      for (int i = 0; i < weights.length; i++) {
        z += weights[i] * x[i];
      }
      return z;
    }
  }

  private static final int MAX_ITERATIONS = 100;

  private static final double TOLERANCE = 1e-10;

  private QualityModel() {}

  /**
   * Fits {@code sigmoid(b + w·x)} to targets {@code q} (each in [0, 1]) with sample weights {@code weight} (> 0) and L2
   * strength {@code reg} (>= 0) on {@code w}.
   */
  public static Fit fit(double[][] x, double[] q, double[] weight, double reg) {
    int n = x.length;
    Preconditions.checkArgument(n > 0 && q.length == n && weight.length == n, "fit needs n > 0 aligned rows");
    Preconditions.checkArgument(reg >= 0, "reg must be >= 0, got %s", reg);
    int d = x[0].length;
    double total = 0;
    for (int i = 0; i < n; i++) {
      Preconditions.checkArgument(q[i] >= 0 && q[i] <= 1, "target %s of row %s is outside [0, 1]", (Double) q[i], (Integer) i);
      Preconditions.checkArgument(weight[i] > 0, "weight %s of row %s must be > 0", (Double) weight[i], (Integer) i);
      total += weight[i];
    }
    double[] beta = new double[d + 1];
    double loss = loss(x, q, weight, total, reg, beta);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] grad = new double[d + 1];
      double[][] hess = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(linear(beta, x[i]));
        double wi = weight[i] / total;
        double r = wi * (p - q[i]);
        double h = wi * p * (1 - p);
        for (int a = 0; a <= d; a++) {
          double xa = a == 0 ? 1 : x[i][a - 1];
          grad[a] += r * xa;
          for (int b = 0; b <= a; b++) {
            hess[a][b] += h * xa * (b == 0 ? 1 : x[i][b - 1]);
          }
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) {
          hess[b][a] = hess[a][b];
        }
        if (a > 0) {
          grad[a] += reg * beta[a];
          hess[a][a] += reg;
        }
        hess[a][a] += 1e-12;
      }
      double[] step = solve(hess, grad);
      double t = 1;
      double[] next = new double[d + 1];
      double nextLoss;
      do {
        for (int a = 0; a <= d; a++) {
          next[a] = beta[a] - t * step[a];
        }
        nextLoss = loss(x, q, weight, total, reg, next);
        t /= 2;
      } while (nextLoss > loss + 1e-15 && t > 1e-8);
      double change = loss - nextLoss;
      if (nextLoss <= loss) {
        beta = next.clone();
        loss = nextLoss;
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    double[] w = new double[d];
    System.arraycopy(beta, 1, w, 0, d);
    return new Fit(beta[0], w);
  }

  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double linear(double[] beta, double[] x) {
    double z = beta[0];
    for (int i = 0; i < x.length; i++) {
      z += beta[i + 1] * x[i];
    }
    return z;
  }

  private static double loss(double[][] x, double[] q, double[] weight, double total, double reg, double[] beta) {
    double l = 0;
    for (int i = 0; i < x.length; i++) {
      l += weight[i] / total * logLoss(linear(beta, x[i]), q[i]);
    }
    double penalty = 0;
    for (int a = 1; a < beta.length; a++) {
      penalty += beta[a] * beta[a];
    }
    return l + reg / 2 * penalty;
  }

  /**
   * The log loss {@code -(q log p + (1 - q) log(1 - p))} of target {@code q} at {@code p = sigmoid(z)}, as {@code
   * log(1 + e^z) - q z}, computed without overflow.
   */
  static double logLoss(double z, double q) {
    double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    return softplus - q * z;
  }

  /** Solves {@code A s = b} for a symmetric positive definite {@code A} by Gaussian elimination with pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[pivot];
      m[pivot] = tmp;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] s = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double v = m[r][n];
      for (int k = r + 1; k < n; k++) {
        v -= m[r][k] * s[k];
      }
      s[r] = v / m[r][r];
    }
    return s;
  }
}
