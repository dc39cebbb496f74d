package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad usage exits 2 (a missing input 4) with one line that names the problem and the fix, before Spark starts (every case
 * here fails in argument or path checks; none reaches the session).
 */
class UsageErrorsTest {

  /** Runs the CLI and returns its stderr, asserting exit code 2 and a single line. */
  private static String usageError(String... args) {
    return error(CredenceCli.EXIT_USAGE, args);
  }

  /** Runs the CLI and returns its stderr, asserting {@code exitCode} and a single line. */
  private static String error(int exitCode, String... args) {
    StringWriter err = new StringWriter();
    int code = CredenceCli.execute(new PrintWriter(err, true), args);
    String text = err.toString().strip();
    assertEquals(exitCode, code, text);
    assertEquals(1, text.lines().count(), "one line expected: " + text);
    assertTrue(text.startsWith("credence: "), text);
    return text;
  }

  /** A missing input has its own exit code (4), which a nightly scheduler retries; it is still one line, pre-Spark. */
  @Test
  void missingInputPath(@TempDir Path dir) {
    String line =
        error(
            CredenceCli.EXIT_INPUT_MISSING,
            "score", "--input", dir.resolve("nope.jsonl").toString(), "--output", dir.resolve("o").toString());
    assertTrue(line.contains("does not exist"), line);
    assertTrue(usageError("score", "--output", dir.toString()).contains("--input"));
  }

  @Test
  void unreadableInputPath(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("articles.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    String line = usageError("score", "--input", fifo.toString(), "--output", dir.resolve("o").toString());
    assertTrue(line.contains("not a file or directory"), line);
  }

  @Test
  void outputInsideInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    String line = usageError("score", "--input", dir.toString(), "--output", dir.resolve("out").toString());
    assertTrue(line.contains("inside the input") && line.contains("choose an output directory"), line);
    String glob = usageError("score", "--input", dir + "/*.jsonl", "--output", dir.resolve("out").toString());
    assertTrue(glob.contains("inside the input"), glob);
  }

  @Test
  void unknownFormat() {
    String line = usageError("score", "--input", "data/sample", "--output", "target/x", "--format", "xml");
    assertTrue(line.contains("'xml'") && line.contains("use one of"), line);
  }

  @Test
  void badDate() {
    String line = usageError("score", "--input", "data/sample", "--output", "target/x", "--run-date", "2022-13-01");
    assertTrue(line.contains("2022-13-01") && line.contains("YYYY-MM-DD"), line);
  }

  @Test
  void profileThatDoesNotParse(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, "{\"name\": \"broken\",\n \"features\": [ {\"name\": }\n");
    String line =
        usageError("score", "--input", "data/sample", "--output", "target/x", "--profile", profile.toString());
    assertTrue(line.contains("profile.json") && line.contains("omit --profile"), line);
    String missing =
        usageError("score", "--input", "data/sample", "--output", "target/x", "--profile", dir.resolve("no.json").toString());
    assertTrue(missing.contains("does not exist"), missing);
  }

  @Test
  void badNewOptions() {
    assertTrue(usageError("score", "--input", "data/sample", "--output", "target/x", "--min-tokens", "0").contains("--min-tokens"));
    assertTrue(usageError("score", "--input", "data/sample", "--output", "target/x", "--max-bytes", "12").contains("--max-bytes"));
    String language = usageError("score", "--input", "data/sample", "--output", "target/x", "--languages", "en,xx");
    assertTrue(language.contains("'xx'") && language.contains("any"), language);
  }

  @Test
  void aReportOfAnOutputWithoutThatNightIsBadUsageBeforeSparkStarts(@TempDir Path dir) {
    // A command that starts Spark stops its session when it ends; this one must end before that.
    org.apache.spark.sql.SparkSession shared = io.credence.testing.SparkTestSession.get();
    String html = dir.resolve("report.html").toString();
    String none = usageError("report", "--output", dir.toString(), "--html", html);
    assertTrue(none.contains("holds no committed night"), none);
    assertTrue(!shared.sparkContext().isStopped(), "the report's night is checked before Spark starts");
  }

  @Test
  void anIllegalArgumentFromInsideARunIsAFailureWithItsStackTrace() {
    StringWriter err = new StringWriter();
    int code =
        CredenceCli.report(
            new IllegalArgumentException("CSV input 'in.csv' has no 'text' column"), new PrintWriter(err, true));
    assertEquals(CredenceCli.EXIT_FAILURE, code);
    assertTrue(err.toString().contains("\tat io.credence.cli.UsageErrorsTest"), "the stack trace is printed: " + err);
    List<String> lines = err.toString().strip().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("credence: failed: CSV input 'in.csv' has no 'text' column"),
        lines.get(lines.size() - 1));
  }

  @Test
  void otherFailuresExitOneAndEndWithOneLineNamingThem() {
    StringWriter err = new StringWriter();
    int code =
        CredenceCli.report(
            new IllegalStateException("Accounting check failed: read 3 records but scored 1 and rejected 1 (-1)"),
            new PrintWriter(err, true));
    assertEquals(CredenceCli.EXIT_FAILURE, code);
    List<String> lines = err.toString().strip().lines().toList();
    assertEquals(
        "credence: failed: Accounting check failed: read 3 records but scored 1 and rejected 1 (-1)",
        lines.get(lines.size() - 1));
  }
}
