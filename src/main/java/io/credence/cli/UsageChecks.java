package io.credence.cli;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Checks a command's local paths before Spark starts, so that a mistake costs one line of error and no cluster time:
 * the input is readable and is a file or directory (not a pipe or device); the output is not inside the input. (An
 * input that does not exist is {@link io.credence.io.InputPaths}'s to report, with its own exit code.) Paths on other file systems ({@code hdfs://}, {@code s3a://}) are left to the job.
 */
final class UsageChecks {

  private static final String GLOB_CHARS = "*?[{";
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):");

  private UsageChecks() {}

  /** Fails with an {@link IllegalArgumentException} naming the problem and the fix. */
  static void checkPaths(String input, String output) {
    Path in = local(input);
    if (in == null) {
      return;
    }
    FileStatus[] matches;
    try {
      matches = FileSystem.getLocal(new Configuration()).globStatus(new org.apache.hadoop.fs.Path(in.toUri()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input path '" + input + "'", e);
    }
    if (matches == null) {
      return;
    }
    for (FileStatus match : matches) {
      Path p = Paths.get(match.getPath().toUri());
      Preconditions.checkArgument(
          Files.isDirectory(p) || Files.isRegularFile(p),
          "Input path '%s' is not a file or directory (a pipe, socket or device): point --input at article files",
          p);
      Preconditions.checkArgument(
          Files.isReadable(p) && (!Files.isDirectory(p) || Files.isExecutable(p)),
          "Input path '%s' is not readable: fix its permissions or run as a user who can read it",
          p);
    }
    Path out = local(output);
    if (out == null) {
      return;
    }
    Path inRoot = inputRoot(in);
    Preconditions.checkArgument(
        !out.equals(in) && (inRoot == null || !out.startsWith(inRoot)),
        "Output '%s' is inside the input '%s': the next run would read its own output; choose an output directory"
            + " outside the input",
        output,
        input);
  }

  /**
   * Fails when a local {@code output} cannot be written: the directory (or, when it does not exist yet, its nearest
   * existing ancestor, where it would be created) must be a writable directory. A read-only mount or a directory
   * owned by another user is reported here, before Spark starts, instead of as a lock the run cannot take.
   */
  static void checkWritable(String output) {
    Path out = local(output);
    if (out == null) {
      return;
    }
    Path existing = out;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    Preconditions.checkArgument(
        Files.isDirectory(existing),
        "Output '%s' cannot be created: '%s' is a file, not a directory; choose another --output",
        output,
        existing);
    Preconditions.checkArgument(
        Files.isWritable(existing) && Files.isExecutable(existing),
        "Output '%s' is not writable: %s '%s' is read-only or belongs to another user; fix its permissions, or choose"
            + " another --output",
        output,
        existing.equals(out) ? "the directory" : "its parent",
        existing);
  }

  /** The directory a directory or glob input covers, or {@code null} for a single file. */
  private static Path inputRoot(Path in) {
    Path root = in;
    for (Path part = in; part != null; part = part.getParent()) {
      if (part.getFileName() != null && containsGlob(part.getFileName().toString())) {
        root = part.getParent();
      }
    }
    return root != null && Files.isDirectory(root) ? root : null;
  }

  private static boolean containsGlob(String s) {
    return s.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
  }

  /** The absolute local path of {@code path}, or {@code null} when it names another file system. */
  private static Path local(String path) {
    if (path == null) {
      return null;
    }
    Matcher scheme = SCHEME.matcher(path);
    if (scheme.find() && !scheme.group(1).equalsIgnoreCase("file")) {
      return null;
    }
    String local = path.replaceFirst("^(?i)file:(//)?", "");
    return Paths.get(local).toAbsolutePath().normalize();
  }
}
