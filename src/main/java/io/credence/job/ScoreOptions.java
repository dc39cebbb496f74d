package io.credence.job;

import com.google.common.base.Preconditions;
import io.credence.ingest.ArticleValidator;
import io.credence.ingest.InputFormat;
import io.credence.ingest.LanguageGuess;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The typed options of the {@code score} job. Each option's key, default and meaning are documented here and in
 * jobs/README.md, "The score job".
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

  /** Days of published articles that outlet scores cover, ending at the run date. */
  public static final String WINDOW_DAYS = "window-days";

  public static final int WINDOW_DAYS_DEFAULT = 30;

  /** Minutes after which another run's lock on the output counts as stale and is taken over. */
  public static final String STALE_LOCK_MINUTES = "stale-lock-minutes";

  public static final long STALE_LOCK_MINUTES_DEFAULT = 360;

  /** Articles with fewer word tokens (tokens with a letter or digit) are rejected as {@code too_short}. */
  public static final String MIN_TOKENS = "min-tokens";

  public static final int MIN_TOKENS_DEFAULT = 30;

  /**
   * The text size cap in UTF-8 bytes: longer text is scored on its first {@code max-bytes} bytes (cut at a character
   * boundary, at the last white space before it) and flagged {@code truncated}.
   */
  public static final String MAX_BYTES = "max-bytes";

  public static final long MAX_BYTES_DEFAULT = ArticleValidator.MAX_BYTES_DEFAULT;

  /** Languages to score (ISO 639-1 codes, or {@code any}); others are rejected as {@code language_unsupported}. */
  public static final String LANGUAGES = "languages";

  public static final List<String> LANGUAGES_DEFAULT = ArticleValidator.LANGUAGES_DEFAULT;

  /**
   * Whether the night groups its window into stories and compares each article with the story's other outlets
   * ({@code stories}, {@code story_evidence} and the story columns); off by default, since it costs a few Spark jobs
   * per night whatever the size (see "Stories across outlets" in jobs/README.md). Off, the story tables are written
   * empty and the story columns are null, so the output has one shape either way.
   */
  public static final String STORIES = "stories";

  public static final boolean STORIES_DEFAULT = false;

  /**
   * The outlet of {@code text} and {@code html} articles that neither a {@code MANIFEST.csv} nor a {@code url} names;
   * without it, such an article's outlet is the name of the directory that holds its file.
   */
  public static final String OUTLET = "outlet";

  private final String input;
  private final String output;
  private final InputFormat format;
  private final LocalDate runDate;
  private final Path profile;
  private final int windowDays;
  private final long staleLockMinutes;
  private final int minTokens;
  private final long maxBytes;
  private final List<String> languages;
  private final String outlet;
  private final boolean stories;

  private ScoreOptions(Builder b) {
    Preconditions.checkArgument(b.input != null && !b.input.isBlank(), "--%s is required", INPUT);
    Preconditions.checkArgument(b.output != null && !b.output.isBlank(), "--%s is required", OUTPUT);
    this.input = b.input;
    this.output = b.output;
    this.format = b.format == null ? FORMAT_DEFAULT : b.format;
    this.runDate = b.runDate == null ? LocalDate.now(ZoneOffset.UTC) : b.runDate;
    this.profile = b.profile;
    this.windowDays = b.windowDays == null ? WINDOW_DAYS_DEFAULT : b.windowDays;
    Preconditions.checkArgument(
        windowDays >= 1 && windowDays <= 3660, "--%s must be between 1 and 3660, got %s", WINDOW_DAYS, windowDays);
    this.staleLockMinutes = b.staleLockMinutes == null ? STALE_LOCK_MINUTES_DEFAULT : b.staleLockMinutes;
    Preconditions.checkArgument(
        staleLockMinutes >= 1, "--%s must be at least 1, got %s", STALE_LOCK_MINUTES, staleLockMinutes);
    this.minTokens = b.minTokens == null ? MIN_TOKENS_DEFAULT : b.minTokens;
    Preconditions.checkArgument(
        minTokens >= 1, "--%s is %s; it must be at least 1 (1 scores single sentences)", MIN_TOKENS, minTokens);
    this.maxBytes = b.maxBytes == null ? MAX_BYTES_DEFAULT : b.maxBytes;
    Preconditions.checkArgument(maxBytes >= 1024, "--%s is %s; it must be at least 1024 bytes", MAX_BYTES, maxBytes);
    this.languages = b.languages == null ? LANGUAGES_DEFAULT : List.copyOf(b.languages);
    Preconditions.checkArgument(!languages.isEmpty(), "--%s must name at least one language", LANGUAGES);
    for (String language : languages) {
      Preconditions.checkArgument(
          language.equals(LanguageGuess.ANY) || LanguageGuess.supported().contains(language),
          "--%s '%s' is not a language credence can detect: use codes from %s, or %s",
          LANGUAGES,
          language,
          LanguageGuess.supported(),
          LanguageGuess.ANY);
    }
    Preconditions.checkArgument(
        b.outlet == null || !b.outlet.isBlank(), "--%s must not be blank: name the outlet, or leave it out", OUTLET);
    this.outlet = b.outlet == null ? null : b.outlet.strip();
    this.stories = b.stories == null ? STORIES_DEFAULT : b.stories;
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

  /** Days of published articles the outlet scores cover, ending at {@link #runDate}. */
  public int windowDays() {
    return windowDays;
  }

  /** Minutes after which another run's lock counts as stale. */
  public long staleLockMinutes() {
    return staleLockMinutes;
  }

  /** Articles with fewer word tokens are rejected as {@code too_short}. */
  public int minTokens() {
    return minTokens;
  }

  /** The text size cap in UTF-8 bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The languages scored (codes, or {@code any}). */
  public List<String> languages() {
    return languages;
  }

  /** The outlet of text and html articles that name none (see {@link #OUTLET}), or {@code null}. */
  public String outlet() {
    return outlet;
  }

  /** Whether the night finds stories (see {@link #STORIES}). */
  public boolean stories() {
    return stories;
  }

  /** A builder holding these options, to derive variants (another night, another input). */
  public Builder toBuilder() {
    return builder()
        .input(input)
        .output(output)
        .format(format)
        .runDate(runDate)
        .profile(profile)
        .windowDays(windowDays)
        .staleLockMinutes(staleLockMinutes)
        .minTokens(minTokens)
        .maxBytes(maxBytes)
        .languages(languages)
        .outlet(outlet)
        .stories(stories);
  }

  /** Builds {@link ScoreOptions}. */
  public static final class Builder {
    private String input;
    private String output;
    private InputFormat format;
    private LocalDate runDate;
    private Path profile;
    private Integer windowDays;
    private Long staleLockMinutes;
    private Integer minTokens;
    private Long maxBytes;
    private List<String> languages;
    private String outlet;
    private Boolean stories;

    /** Null keeps the default. */
    public Builder stories(Boolean v) {
      this.stories = v;
      return this;
    }

    /** Null: the directory name (see {@link ScoreOptions#OUTLET}). */
    public Builder outlet(String v) {
      this.outlet = v;
      return this;
    }

    /** Null keeps the default. */
    public Builder minTokens(Integer v) {
      this.minTokens = v;
      return this;
    }

    /** Null keeps the default. */
    public Builder maxBytes(Long v) {
      this.maxBytes = v;
      return this;
    }

    /** Null keeps the default. */
    public Builder languages(List<String> v) {
      this.languages = v;
      return this;
    }

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

    public Builder windowDays(Integer v) {
      this.windowDays = v;
      return this;
    }

    public Builder staleLockMinutes(Long v) {
      this.staleLockMinutes = v;
      return this;
    }

    public ScoreOptions build() {
      return new ScoreOptions(this);
    }
  }
}
