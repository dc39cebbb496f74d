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
 * The typed options of the {@code score} job, each declared once as a component: its command-line key is the
 * component's name in kebab case ({@code windowDays} is {@code --window-days}). Defaults and meanings are documented
 * here and in jobs/README.md, "The score job".
 *
 * @param input articles to read: a file, a directory or a glob. Required.
 * @param output output directory that receives the Parquet tables and {@code _runs/}. Required.
 * @param format input format; {@link #FORMAT_DEFAULT} decides from the path.
 * @param runDate the run date: the partition written, and the {@code published} fallback. Defaults to today in UTC.
 * @param profile a scoring profile JSON file, or {@code null} for the profile shipped in the jar.
 * @param windowDays days of published articles that outlet scores cover, ending at the run date.
 * @param staleLockMinutes minutes after which another run's lock on the output counts as stale and is taken over.
 * @param minTokens articles with fewer word tokens (tokens with a letter or digit) are rejected as {@code too_short}.
 * @param maxBytes the text size cap in UTF-8 bytes: longer text is scored on its first {@code max-bytes} bytes (cut
 *     at a character boundary, at the last white space before it) and flagged {@code truncated}.
 * @param languages languages to score (ISO 639-1 codes, or {@code any}); others are rejected as {@code
 *     language_unsupported}.
 * @param outlet the outlet of {@code text} and {@code html} articles that neither a {@code MANIFEST.csv} nor a {@code
 *     url} names, or {@code null}: then such an article's outlet is the name of the directory that holds its file.
 * @param stories whether the night groups its window into stories and compares each article with the story's other
 *     outlets ({@code stories}, {@code story_evidence} and the story columns); off by default, since it costs a few
 *     Spark jobs per night whatever the size (see jobs/README.md, "Stories across outlets"). Off, the story tables are
 *     written empty and the story columns are null, so the output has one shape either way.
 */
public record ScoreOptions(
    String input,
    String output,
    InputFormat format,
    LocalDate runDate,
    Path profile,
    int windowDays,
    long staleLockMinutes,
    int minTokens,
    long maxBytes,
    List<String> languages,
    String outlet,
    boolean stories) {

  public static final InputFormat FORMAT_DEFAULT = InputFormat.AUTO;

  public static final int WINDOW_DAYS_DEFAULT = 30;

  public static final long STALE_LOCK_MINUTES_DEFAULT = 360;

  public static final int MIN_TOKENS_DEFAULT = 30;

  public static final long MAX_BYTES_DEFAULT = ArticleValidator.MAX_BYTES_DEFAULT;

  public static final List<String> LANGUAGES_DEFAULT = ArticleValidator.LANGUAGES_DEFAULT;

  public static final boolean STORIES_DEFAULT = false;

  /** Checks the options and fills in the defaults of {@code format}, {@code runDate} and {@code languages}. */
  public ScoreOptions {
    Preconditions.checkArgument(input != null && !input.isBlank(), "--input is required");
    Preconditions.checkArgument(output != null && !output.isBlank(), "--output is required");
    format = format == null ? FORMAT_DEFAULT : format;
    runDate = runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate;
    Preconditions.checkArgument(
        windowDays >= 1 && windowDays <= 3660, "--window-days must be between 1 and 3660, got %s", windowDays);
    Preconditions.checkArgument(
        staleLockMinutes >= 1, "--stale-lock-minutes must be at least 1, got %s", staleLockMinutes);
    Preconditions.checkArgument(
        minTokens >= 1, "--min-tokens is %s; it must be at least 1 (1 scores single sentences)", minTokens);
    Preconditions.checkArgument(maxBytes >= 1024, "--max-bytes is %s; it must be at least 1024 bytes", maxBytes);
    languages = languages == null ? LANGUAGES_DEFAULT : List.copyOf(languages);
    Preconditions.checkArgument(!languages.isEmpty(), "--languages must name at least one language");
    for (String language : languages) {
      Preconditions.checkArgument(
          language.equals(LanguageGuess.ANY) || LanguageGuess.supported().contains(language),
          "--languages '%s' is not a language credence can detect: use codes from %s, or %s",
          language,
          LanguageGuess.supported(),
          LanguageGuess.ANY);
    }
    Preconditions.checkArgument(
        outlet == null || !outlet.isBlank(), "--outlet must not be blank: name the outlet, or leave it out");
    outlet = outlet == null ? null : outlet.strip();
  }

  public static Builder builder() {
    return new Builder();
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

  /** Builds {@link ScoreOptions}; a setter given {@code null} keeps the option's default. */
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

    public Builder stories(Boolean v) {
      this.stories = v;
      return this;
    }

    public Builder outlet(String v) {
      this.outlet = v;
      return this;
    }

    public Builder minTokens(Integer v) {
      this.minTokens = v;
      return this;
    }

    public Builder maxBytes(Long v) {
      this.maxBytes = v;
      return this;
    }

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
      return new ScoreOptions(
          input,
          output,
          format,
          runDate,
          profile,
          windowDays == null ? WINDOW_DAYS_DEFAULT : windowDays,
          staleLockMinutes == null ? STALE_LOCK_MINUTES_DEFAULT : staleLockMinutes,
          minTokens == null ? MIN_TOKENS_DEFAULT : minTokens,
          maxBytes == null ? MAX_BYTES_DEFAULT : maxBytes,
          languages,
          outlet,
          stories == null ? STORIES_DEFAULT : stories);
    }
  }
}
