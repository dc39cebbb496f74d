package io.credence.cli;

import io.credence.ingest.ArticleValidator;
import io.credence.ingest.InputFormat;
import io.credence.job.ScoreOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that scores nights shares ({@code score}, {@code backfill}); see {@link ScoreOptions}. */
final class RunOptions {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
  String output;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = InputFormat.NAMES + " (default: ${DEFAULT-VALUE}, decided from the path).")
  String format;

  @Option(names = "--profile", paramLabel = "FILE", description = "Scoring profile JSON (default: the shipped one).")
  Path profile;

  @Option(
      names = "--window-days",
      paramLabel = "N",
      description = "Days of published articles the outlet scores cover, ending at the run date (default: "
          + ScoreOptions.WINDOW_DAYS_DEFAULT + ").")
  Integer windowDays;

  @Option(
      names = "--stale-lock-minutes",
      paramLabel = "N",
      description = "Take over another run's lock after this many minutes (default: "
          + ScoreOptions.STALE_LOCK_MINUTES_DEFAULT + ").")
  Long staleLockMinutes;

  @Option(
      names = "--min-tokens",
      paramLabel = "N",
      description = "Reject articles with fewer words as too_short (default: " + ScoreOptions.MIN_TOKENS_DEFAULT
          + "; 1 scores single sentences).")
  Integer minTokens;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Text size cap in UTF-8 bytes; longer text is scored on its first N bytes, flagged truncated"
          + " (default: " + ScoreOptions.MAX_BYTES_DEFAULT + ").")
  Long maxBytes;

  @Option(
      names = "--languages",
      paramLabel = "LIST",
      split = ",",
      description = "Languages to score, ISO 639-1 codes (en,de,fr,es,it,pt,nl) or any (default: "
          + ArticleValidator.LANGUAGES_DEFAULT_TEXT + ").")
  List<String> languages;

  @Mixin MasterOption master;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Outlet of text and html articles that neither MANIFEST.csv nor a url names (default: the name"
          + " of the directory that holds the file).")
  String outlet;

  @Option(
      names = "--stories",
      description = "Group the window into stories across outlets and compare each article with the other outlets'"
          + " versions (tables stories and story_evidence, the story columns); off by default: it adds a few Spark"
          + " jobs to every night.")
  boolean stories = ScoreOptions.STORIES_DEFAULT;

  @Option(
      names = "--quiet",
      description = "Leave out the summary on standard error at the end (outlets, rejected, tables); the JSON"
          + " manifest on standard output and the stage lines stay.")
  boolean quiet;

  /** {@code builder} with these options set. */
  ScoreOptions.Builder apply(ScoreOptions.Builder builder) {
    return builder
        .output(output)
        .format(InputFormat.parse(format))
        .profile(profile)
        .windowDays(windowDays)
        .staleLockMinutes(staleLockMinutes)
        .minTokens(minTokens)
        .maxBytes(maxBytes)
        .languages(languages == null ? null : languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList())
        .outlet(outlet)
        .stories(stories);
  }
}
