package io.credence.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The record of one committed night, written last by its commit as {@code _runs/_manifests/<run_date>.json}: counts,
 * version, profile hash, window, stage times. Its presence marks the night as committed.
 */
@SnakeCaseJson
public record RunManifest(
    String runDate,
    String attemptId,
    String status,
    String version,
    String input,
    String format,
    String profileName,
    String profileSha256,
    String started,
    String finished,
    Counts counts,
    Map<String, Long> rejectedByReason,
    long outlets,
    int windowDays,
    Map<String, Long> stageMillis) {

  /** Records read, scored and rejected; {@code balanced} is whether read = scored + rejected. */
  public record Counts(
      long read,
      long scored,
      long rejected,
      boolean balanced) {

    public static Counts of(long read, long scored, long rejected) {
      return new Counts(read, scored, rejected, read == scored + rejected);
    }
  }

  /** The directory that holds the manifests of every night under {@code outputRoot}. */
  public static Path directory(Path outputRoot) {
    return new Path(new Path(outputRoot, RunOutput.RUNS), RunOutput.MANIFESTS);
  }

  /** Where the manifest of {@code runDate} lives under {@code outputRoot}. */
  public static Path location(Path outputRoot, String runDate) {
    return new Path(directory(outputRoot), runDate + ".json");
  }

  /** Reads the manifest of {@code runDate} under {@code outputRoot}, as {@link #write} wrote it. */
  public static RunManifest read(Path outputRoot, String runDate, Configuration conf) {
    Path file = location(outputRoot, runDate);
    try (InputStream in = file.getFileSystem(conf).open(file)) {
      return new ObjectMapper().readValue(in, RunManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the run manifest " + file, e);
    }
  }

  /** Writes this manifest to {@link #location}, replacing an earlier one. */
  public Path write(Path outputRoot, Configuration conf) {
    Path target = location(outputRoot, runDate);
    try {
      FileSystem fs = target.getFileSystem(conf);
      Path tmp = new Path(target.getParent(), "." + runDate + ".json.tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(toJson().getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("Cannot move " + tmp + " to " + target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write run manifest " + target, e);
    }
  }

  /** The manifest as indented JSON. */
  public String toJson() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An ordered map for stage timings. */
  public static Map<String, Long> stages() {
    return new LinkedHashMap<>();
  }
}
