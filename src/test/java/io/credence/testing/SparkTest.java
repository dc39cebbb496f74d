package io.credence.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/** A test class that works on the shared session of {@link SparkTestSession}, as {@link #spark}. */
public abstract class SparkTest {

  protected static SparkSession spark;

  @BeforeAll
  public static void startSpark() {
    spark = SparkTestSession.get();
  }
}
