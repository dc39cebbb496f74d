package io.credence.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The record of one run, written as {@code _runs/<run_date>.json}: counts, version, profile hash, stage times. */
public record RunManifest(
    @JsonProperty("run_date") String runDate,
    @JsonProperty("status") String status,
    @JsonProperty("version") String version,
    @JsonProperty("input") String input,
    @JsonProperty("format") String format,
    @JsonProperty("profile_name") String profileName,
    @JsonProperty("profile_sha256") String profileSha256,
    @JsonProperty("started") String started,
    @JsonProperty("finished") String finished,
    @JsonProperty("counts") Counts counts,
    @JsonProperty("rejected_by_reason") Map<String, Long> rejectedByReason,
    @JsonProperty("outlets") long outlets,
    @JsonProperty("stage_millis") Map<String, Long> stageMillis) {

  /** Records read, scored and rejected; {@code balanced} is whether read = scored + rejected. */
  public record Counts(
      @JsonProperty("read") long read,
      @JsonProperty("scored") long scored,
      @JsonProperty("rejected") long rejected,
      @JsonProperty("balanced") boolean balanced) {

    public static Counts of(long read, long scored, long rejected) {
      return new Counts(read, scored, rejected, read == scored + rejected);
    }
  }

  /** Writes this manifest to {@code <output>/_runs/<run_date>.json}, replacing an earlier one. */
  public Path write(Path outputRoot, Configuration conf) {
    Path target = new Path(new Path(outputRoot, RunOutput.RUNS), runDate + ".json");
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

  /** Reads a manifest written by {@link #write}. */
  public static RunManifest read(Path file, Configuration conf) {
    try (java.io.InputStream in = file.getFileSystem(conf).open(file)) {
      return new ObjectMapper().readValue(in, RunManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read run manifest " + file, e);
    }
  }

  /** An ordered map for stage timings. */
  public static Map<String, Long> stages() {
    return new LinkedHashMap<>();
  }
}
