package io.credence.job;

import com.google.common.base.Preconditions;
import io.credence.ingest.InputFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The typed options of the {@code score} job. Each option's key, default and meaning are documented here and in the
 * README's "score" section.
 */
public final class ScoreOptions {

  /** Articles to read: a file, a directory or a glob. Required. */
  public static final String INPUT = "input";

  /** Output directory that receives the Parquet tables and {@code _runs/}. Required. */
  public static final String OUTPUT = "output";

  /** Input format; {@link #FORMAT_DEFAULT} decides from the path. */
  public static final String FORMAT = "format";

  public static final InputFormat FORMAT_DEFAULT = InputFormat.AUTO;

  /** The run date: the partition written, and the {@code published} fallback. Defaults to today in UTC. */
  public static final String RUN_DATE = "run-date";

  /** A scoring profile JSON file; defaults to the profile shipped in the jar. */
  public static final String PROFILE = "profile";

  private final String input;
  private final String output;
  private final InputFormat format;
  private final LocalDate runDate;
  private final Path profile;

  private ScoreOptions(Builder b) {
    Preconditions.checkArgument(b.input != null && !b.input.isBlank(), "--%s is required", INPUT);
    Preconditions.checkArgument(b.output != null && !b.output.isBlank(), "--%s is required", OUTPUT);
    this.input = b.input;
    this.output = b.output;
    this.format = b.format == null ? FORMAT_DEFAULT : b.format;
    this.runDate = b.runDate == null ? LocalDate.now(ZoneOffset.UTC) : b.runDate;
    this.profile = b.profile;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String input() {
    return input;
  }

  public String output() {
    return output;
  }

  public InputFormat format() {
    return format;
  }

  public LocalDate runDate() {
    return runDate;
  }

  /** The profile file, or {@code null} for the shipped default. */
  public Path profile() {
    return profile;
  }

  /** Builds {@link ScoreOptions}. */
  public static final class Builder {
    private String input;
    private String output;
    private InputFormat format;
    private LocalDate runDate;
    private Path profile;

    public Builder input(String v) {
      this.input = v;
      return this;
    }

    public Builder output(String v) {
      this.output = v;
      return this;
    }

    public Builder format(InputFormat v) {
      this.format = v;
      return this;
    }

    public Builder runDate(LocalDate v) {
      this.runDate = v;
      return this;
    }

    public Builder profile(Path v) {
      this.profile = v;
      return this;
    }

    public ScoreOptions build() {
      return new ScoreOptions(this);
    }
  }
}
