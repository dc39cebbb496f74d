package io.credence.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The credence version, as Maven wrote it into {@code credence/version.properties} at build time. */
public final class Version {

  private Version() {}

  /** The project version, or {@code unknown} when the build did not record one. */
  public static String current() {
    try (InputStream in = Version.class.getClassLoader().getResourceAsStream("credence/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
