package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/credence} passes every argument on exactly as given: an input path with spaces and a {@code $(…)} in
 * its name reaches spark-submit as one argument and nothing in it runs. A stand-in spark-submit on the PATH records
 * the arguments it receives (.ci/run runs the real job on such a path).
 */
class LauncherQuotingTest {

  @Test
  void argumentsReachSparkSubmitVerbatim(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path recorded = dir.resolve("args.bin");
    Path stub = bin.resolve("spark-submit");
    Files.writeString(stub, "#!/usr/bin/env bash\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$ARGS_FILE\"\n");
    stub.toFile().setExecutable(true);
    Path jar = Files.writeString(dir.resolve("credence-job.jar"), "stand-in");

    Path inputDir = Files.createDirectories(dir.resolve("my articles $(touch pwned-input) `touch pwned-tick`"));
    Path input = Files.writeString(inputDir.resolve("a b.jsonl"), "{}\n");
    String output = dir.resolve("out $(touch pwned-output); rm -rf x").toString();

    ProcessBuilder pb =
        new ProcessBuilder("bash", "jobs/credence", "score", "--input", input.toString(), "--output", output,
            "--languages", "en,de")
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("CREDENCE_JAR", jar.toString());
    env.put("ARGS_FILE", recorded.toString());
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);

    List<String> args = Arrays.asList(Files.readString(recorded).split("\0"));
    int at = args.indexOf(jar.toString());
    assertEquals(
        List.of("score", "--input", input.toString(), "--output", output, "--languages", "en,de"),
        args.subList(at + 1, args.size()),
        args.toString());
    for (Path d : List.of(dir, inputDir, Path.of("").toAbsolutePath())) {
      for (String canary : List.of("pwned-input", "pwned-tick", "pwned-output")) {
        assertFalse(Files.exists(d.resolve(canary)), "the launcher ran " + canary + " in " + d);
      }
    }
  }
}
