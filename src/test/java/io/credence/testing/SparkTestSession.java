package io.credence.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session tests use: two cores, no UI, two shuffle partitions. Test classes get it with {@link
 * #get} and never stop it, because Spark NLP caches the first session of the JVM in {@code ResourceHelper.spark} and
 * fails once that one is stopped; so every class in one surefire JVM shares the same session.
 */
public final class SparkTestSession {

  /** JUnit tag of test classes that build their own session (with {@link #builder}) in a surefire JVM of their own. */
  public static final String OWN_SESSION = "own-session";

  private SparkTestSession() {}

  public static SparkSession get() {
    return builder().getOrCreate();
  }

  /** The shared session's settings, for a test class tagged {@link #OWN_SESSION} to add its own to. */
  public static SparkSession.Builder builder() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("credence-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1");
  }
}
