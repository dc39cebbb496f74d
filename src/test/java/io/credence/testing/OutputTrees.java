package io.credence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Directory trees of local output directories in tests: copy one, delete one, check a run left nothing behind. */
public final class OutputTrees {

  private OutputTrees() {}

  /** Copies the tree at {@code from} to {@code to}, which must not hold any of its files yet. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Deletes the tree at {@code p}, files before their directories. */
  public static void deleteTree(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** Asserts that no run left its staging area, its lock or an active marker in the output {@code out}. */
  public static void assertClean(Path out, String context) throws IOException {
    assertFalse(Files.exists(out.resolve("_staging")), context + ": staging left");
    assertFalse(Files.exists(out.resolve("_lock")), context + ": lock left");
    Path active = out.resolve("_runs/_active");
    if (Files.exists(active)) {
      try (Stream<Path> markers = Files.list(active)) {
        assertEquals(List.of(), markers.toList(), context + ": active markers left");
      }
    }
  }
}
