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
}
