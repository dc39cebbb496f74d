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
  void missingInputHasItsOwnExitCode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    assertEquals(
        CredenceCli.EXIT_INPUT_MISSING,
        CredenceCli.execute("score", "--input", dir.resolve("nope/*.jsonl").toString(), "--output", dir.toString()));
    java.nio.file.Files.createDirectories(dir.resolve("empty"));
    assertEquals(
        CredenceCli.EXIT_INPUT_MISSING,
        CredenceCli.execute("score", "--input", dir.resolve("empty").toString(), "--output", dir.toString()));
  }

  @Test
  void failuresMapToDistinctExitCodes() {
    assertEquals(3, CredenceCli.exitCode(new io.credence.io.RunLockedException("held")));
    assertEquals(4, CredenceCli.exitCode(new io.credence.io.InputMissingException("none")));
    assertEquals(2, CredenceCli.exitCode(new UsageException("bad")));
    // Only the commands' own checks are bad usage: an IllegalArgumentException from inside a run is a failure.
    assertEquals(1, CredenceCli.exitCode(new IllegalArgumentException("deep inside a run")));
    assertEquals(1, CredenceCli.exitCode(new IllegalStateException("broken")));
  }

  @Test
  void backfillValidatesItsRange() {
    assertEquals(
        CredenceCli.EXIT_USAGE,
        CredenceCli.execute(
            "backfill", "--from", "2024-03-05", "--to", "2024-03-01", "--input-pattern", "in/{date}", "--output",
            "target/x"));
    assertEquals(
        CredenceCli.EXIT_USAGE,
        CredenceCli.execute(
            "backfill", "--from", "2024-03-01", "--to", "2024-03-02", "--input-pattern", "in/no-date", "--output",
            "target/x"));
    assertEquals(
        CredenceCli.EXIT_USAGE,
        CredenceCli.execute(
            "score", "--input", "data/sample", "--output", "target/x", "--window-days", "0"));
  }

  @Test
  void helpExitsZero() {
    assertEquals(0, CredenceCli.execute("score", "--help"));
    assertEquals(0, CredenceCli.execute("--help"));
    assertEquals(0, CredenceCli.execute("backfill", "--help"));
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
