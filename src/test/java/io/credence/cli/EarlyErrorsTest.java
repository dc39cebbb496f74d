package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.credence.io.RunManifest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's early errors and loud empty nights, without Spark: an output that cannot be written and an input whose
 * format cannot be told are usage errors before the session starts; an empty night maps to exit code 5 with a warning.
 */
class EarlyErrorsTest {

  private static String usageError(String... args) {
    StringWriter err = new StringWriter();
    int code = CredenceCli.execute(new PrintWriter(err, true), args);
    String text = err.toString().strip();
    assertEquals(CredenceCli.EXIT_USAGE, code, text);
    assertEquals(1, text.lines().count(), "one line expected: " + text);
    return text;
  }

  @Test
  void anOutputUnderAFileIsAUsageError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    String line = usageError("score", "--input", "data/sample", "--output", file.resolve("out").toString());
    assertTrue(line.contains("is a file, not a directory"), line);
  }

  @Test
  void aReadOnlyOutputIsAUsageErrorNotALock(@TempDir Path dir) throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
    Path readOnly = Files.createDirectories(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      String line = usageError("score", "--input", "data/sample", "--output", readOnly.resolve("out").toString());
      assertTrue(line.contains("is not writable") && !line.contains("lock"), line);
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anInputOfMixedFormatsIsAUsageErrorBeforeSpark(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), "{}\n");
    Files.writeString(in.resolve("b.txt"), "text");
    String line = usageError("score", "--input", in.toString(), "--output", dir.resolve("out").toString());
    assertTrue(line.contains("Cannot tell the format") && line.contains("--format"), line);
  }

  private static RunManifest manifest(long read, long scored, long outlets) {
    return new RunManifest(
        "2022-07-15", "a1", "succeeded", "0.1.0", "in", "jsonl", "default", "sha", "s", "f",
        RunManifest.Counts.of(read, scored, read - scored), Map.of("too_short", read - scored), outlets, 30,
        RunManifest.stages());
  }

  private static String warning(RunManifest m, int expected) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(expected, EmptyNight.exitCode(m, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }

  @Test
  void emptyNightsExitFiveWithAWarning() {
    assertEquals("", warning(manifest(10, 8, 3), 0));
    String allRejected = warning(manifest(20_000, 0, 0), CredenceCli.EXIT_EMPTY);
    assertTrue(allRejected.contains("scored no article") && allRejected.contains("too_short"), allRejected);
    String outsideWindow = warning(manifest(10, 10, 0), CredenceCli.EXIT_EMPTY);
    assertTrue(outsideWindow.contains("no outlet in the 30-day window"), outsideWindow);
    String nothingRead = warning(manifest(0, 0, 0), CredenceCli.EXIT_EMPTY);
    assertTrue(nothingRead.contains("read no record"), nothingRead);
    assertEquals(1, allRejected.lines().count());
  }
}
