package io.credence.testing;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that writes through {@link FaultyFileSystem}: the scheme is registered in the session's Hadoop
 * configuration {@link #conf} before all tests, and the faults are off again after each.
 */
public abstract class FaultyOutputTest extends SparkTest {

  protected static Configuration conf;

  @BeforeAll
  public static void registerFaultyFileSystem() {
    conf = spark.sparkContext().hadoopConfiguration();
    FaultyFileSystem.register(conf);
  }

  @AfterEach
  public void faultsOff() {
    FaultyFileSystem.reset();
  }
}
