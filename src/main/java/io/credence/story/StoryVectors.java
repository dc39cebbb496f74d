package io.credence.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/**
 * The sparse vectors that {@link StoryClustering}'s links compare: the unit TF-IDF topic vector of an article and its
 * heaviest terms, and the Jaccard and cosine similarities of two vectors.
 */
final class StoryVectors {

  /** Dimension of the hashed topic (TF-IDF) vectors. */
  static final int TOPIC_FEATURES = 1 << 22;

  private StoryVectors() {}

  /** Jaccard similarity of the non-zero index sets of two sparse vectors (0 when both are empty). */
  static double jaccard(Vector a, Vector b) {
    int[] x = a.toSparse().indices();
    int[] y = b.toSparse().indices();
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - shared;
    return union == 0 ? 0.0 : (double) shared / union;
  }

  /**
   * The unit-length sparse vector of {@code (term, w)} entries, {@code w = tf · (ln((n + 1) / (df + 1)) + 1)} (the
   * smoothed TF-IDF of scikit-learn's defaults: the {@code + 1} keeps a term that is in every article of a small window).
   */
  static Vector weights(scala.collection.Seq<Row> entries) {
    List<Row> list = new ArrayList<>(JavaConverters.seqAsJavaList(entries));
    list.sort((x, y) -> Integer.compare(x.getInt(0), y.getInt(0)));
    int[] idx = new int[list.size()];
    double[] w = new double[list.size()];
    double norm = 0;
    for (int i = 0; i < idx.length; i++) {
      idx[i] = list.get(i).getInt(0);
      w[i] = list.get(i).getDouble(1);
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < w.length && norm > 0; i++) {
      w[i] /= norm;
    }
    return Vectors.sparse(TOPIC_FEATURES, idx, w);
  }

  /** A binary vector of the {@code k} heaviest entries of {@code weights} (ties: the smaller index). */
  static Vector topTerms(Vector weights, int k) {
    SparseVector s = weights.toSparse();
    Integer[] order = new Integer[s.indices().length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] v = s.values();
    int[] idx = s.indices();
    Arrays.sort(order, (x, y) -> v[x] != v[y] ? Double.compare(v[y], v[x]) : Integer.compare(idx[x], idx[y]));
    int n = Math.min(k, order.length);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = idx[order[i]];
    }
    Arrays.sort(top);
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(s.size(), top, ones);
  }

  /** Cosine of two sparse vectors (0 when either is zero). */
  static double cosine(Vector a, Vector b) {
    SparseVector x = a.toSparse();
    SparseVector y = b.toSparse();
    int i = 0;
    int j = 0;
    double dot = 0;
    int[] xi = x.indices();
    int[] yi = y.indices();
    while (i < xi.length && j < yi.length) {
      if (xi[i] == yi[j]) {
        dot += x.values()[i++] * y.values()[j++];
      } else if (xi[i] < yi[j]) {
        i++;
      } else {
        j++;
      }
    }
    double nx = Vectors.norm(x, 2.0);
    double ny = Vectors.norm(y, 2.0);
    return nx == 0 || ny == 0 ? 0.0 : dot / (nx * ny);
  }
}
