package io.credence.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;

/** Creates the Spark session for a command, leaving the master to spark-submit or configuration when they set one. */
final class Sessions {

  /** The master used when neither {@code --master}, spark-submit nor configuration names one. */
  static final String DEFAULT_MASTER = "local[*]";

  private Sessions() {}

  /** The Hadoop configuration a session would get (spark.hadoop.* settings included), without starting Spark. */
  static Configuration hadoopConfiguration() {
    return SparkHadoopUtil.get().newConfiguration(new SparkConf());
  }

  /** The session time zone unless configured: what timestamps in logs and ad-hoc queries are shown in. */
  static final String SESSION_TIME_ZONE = "UTC";

  /** Spark's setting for its console progress bar (on standard error) while stages run. */
  static final String CONSOLE_PROGRESS = "spark.ui.showConsoleProgress";

  /**
   * A session named {@code appName}, in UTC unless configured. The console progress bar is on when configuration
   * says so ({@code jobs/credence} turns it on when standard error is a terminal) or, when nothing configures it, when
   * the JVM has a console.
   */
  static SparkSession create(String appName, String master) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (!conf.contains("spark.sql.session.timeZone")) {
      builder.config("spark.sql.session.timeZone", SESSION_TIME_ZONE);
    }
    if (!conf.contains(CONSOLE_PROGRESS) && System.console() != null) {
      builder.config(CONSOLE_PROGRESS, true);
    }
    if (master != null) {
      builder.master(master);
    } else if (!conf.contains("spark.master")) {
      builder.master(DEFAULT_MASTER);
    }
    return builder.getOrCreate();
  }
}
