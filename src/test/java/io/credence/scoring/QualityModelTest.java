package io.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The plain-Java fractional logistic fit against Spark ML's LogisticRegression as the oracle. */
class QualityModelTest {

  @Test
  void matchesSparkMlLogisticRegressionOnSoftLabels() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 60;
    double[][] x = new double[n][3];
    double[] q = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = r.nextGaussian();
      }
      q[i] = QualityModel.sigmoid(0.4 + 1.5 * x[i][0] - 0.7 * x[i][1] + 0.5 * r.nextGaussian());
      w[i] = 1 + r.nextInt(5);
    }
    for (double reg : new double[] {0.0, 0.05, 0.5}) {
      QualityModel.Fit fit = QualityModel.fit(x, q, w, reg);
      // Spark ML takes a soft label q as two rows: label 1 with weight w·q and label 0 with weight w·(1 − q).
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rows.add(RowFactory.create(1.0, w[i] * q[i], Vectors.dense(x[i])));
        rows.add(RowFactory.create(0.0, w[i] * (1 - q[i]), Vectors.dense(x[i])));
      }
      StructType schema = new StructType().add("label", DataTypes.DoubleType).add("weight", DataTypes.DoubleType)
          .add("features", SQLDataTypes.VectorType());
      LogisticRegressionModel oracle =
          new LogisticRegression().setRegParam(reg).setElasticNetParam(0).setStandardization(false)
              .setWeightCol("weight").setMaxIter(500).setTol(1e-12)
              .fit(SparkTestSession.get().createDataFrame(rows, schema).coalesce(1));
      // Spark divides by the summed weight of both rows per sample, i.e. by Σw: the same objective.
      assertEquals(oracle.intercept(), fit.intercept(), 1e-4, "intercept at reg " + reg);
      double[] expected = oracle.coefficients().toArray();
      for (int j = 0; j < 3; j++) {
        assertEquals(expected[j], fit.weights()[j], 1e-4, "weight " + j + " at reg " + reg);
      }
    }
  }

  @Test
  void aConstantTargetGivesItsLogitAndNoWeights() {
    double[][] x = {{1}, {-1}, {2}, {0}};
    QualityModel.Fit fit = QualityModel.fit(x, new double[] {0.7, 0.7, 0.7, 0.7}, new double[] {1, 1, 1, 1}, 0.1);
    assertEquals(Math.log(0.7 / 0.3), fit.intercept(), 1e-6);
    assertEquals(0.0, fit.weights()[0], 1e-6);
  }
}
