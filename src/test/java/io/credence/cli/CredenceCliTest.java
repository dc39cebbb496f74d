package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CredenceCliTest {

  @Test
  void missingRequiredOptionIsUsageError() {
    assertEquals(CredenceCli.EXIT_USAGE, CredenceCli.execute("score", "--input", "data/sample"));
  }

  @Test
  void badRunDateIsUsageError() {
    assertEquals(
        CredenceCli.EXIT_USAGE,
        CredenceCli.execute("score", "--input", "data/sample", "--output", "target/x", "--run-date", "2022-13-01"));
  }

  @Test
  void unknownFormatIsUsageError() {
    assertEquals(
        CredenceCli.EXIT_USAGE,
        CredenceCli.execute("score", "--input", "data/sample", "--output", "target/x", "--format", "xml"));
  }

  @Test
  void helpExitsZero() {
    assertEquals(0, CredenceCli.execute("score", "--help"));
    assertEquals(0, CredenceCli.execute("--help"));
  }

  @Test
  void calibrateOptionsAreCheckedBeforeSparkStarts() {
    assertEquals(0, CredenceCli.execute("calibrate", "--help"));
    String[] base = {"calibrate", "--input", "data/sample", "--labels", "x.csv", "--output", "target/p.json"};
    assertEquals(CredenceCli.EXIT_USAGE, CredenceCli.execute(concat(base, "--transform", "sqrt")));
    assertEquals(CredenceCli.EXIT_USAGE, CredenceCli.execute(concat(base, "--folds", "1")));
    assertEquals(CredenceCli.EXIT_USAGE, CredenceCli.execute("calibrate", "--input", "data/sample"));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
