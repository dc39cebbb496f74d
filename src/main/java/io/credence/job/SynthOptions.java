package io.credence.job;

import com.google.common.base.Preconditions;
import java.time.LocalDate;

/** The typed options of the {@code synth} job, which writes a synthetic corpus with planted per-outlet cue rates. */
public final class SynthOptions {

  /** Number of outlets. Default {@value #OUTLETS_DEFAULT}. */
  public static final String OUTLETS = "outlets";

  public static final int OUTLETS_DEFAULT = 20;

  /** Articles written per outlet. Default {@value #ARTICLES_PER_OUTLET_DEFAULT}. */
  public static final String ARTICLES_PER_OUTLET = "articles-per-outlet";

  public static final int ARTICLES_PER_OUTLET_DEFAULT = 20;

  /** Random seed; the same seed gives byte-identical output. Default {@value #SEED_DEFAULT}. */
  public static final String SEED = "seed";

  public static final long SEED_DEFAULT = 42L;

  /** First {@code published} date. Default {@value #START_DATE_DEFAULT}. */
  public static final String START_DATE = "start-date";

  public static final String START_DATE_DEFAULT = "2024-01-01";

  /** Number of consecutive days the articles' {@code published} dates spread over. Default {@value #DAYS_DEFAULT}. */
  public static final String DAYS = "days";

  public static final int DAYS_DEFAULT = 1;

  /** Articles per JSON Lines file. Default {@value #ARTICLES_PER_FILE_DEFAULT}. */
  public static final String ARTICLES_PER_FILE = "articles-per-file";

  public static final int ARTICLES_PER_FILE_DEFAULT = 50_000;

  private final int outlets;
  private final int articlesPerOutlet;
  private final long seed;
  private final String output;
  private final LocalDate startDate;
  private final int days;
  private final int articlesPerFile;

  public SynthOptions(
      int outlets,
      int articlesPerOutlet,
      long seed,
      String output,
      LocalDate startDate,
      int days,
      int articlesPerFile) {
    Preconditions.checkArgument(outlets > 0, "--%s must be > 0, got %s", OUTLETS, outlets);
    Preconditions.checkArgument(
        articlesPerOutlet > 0, "--%s must be > 0, got %s", ARTICLES_PER_OUTLET, articlesPerOutlet);
    Preconditions.checkArgument(output != null && !output.isBlank(), "--output is required");
    Preconditions.checkArgument(days > 0, "--%s must be > 0, got %s", DAYS, days);
    Preconditions.checkArgument(
        articlesPerFile > 0, "--%s must be > 0, got %s", ARTICLES_PER_FILE, articlesPerFile);
    this.outlets = outlets;
    this.articlesPerOutlet = articlesPerOutlet;
    this.seed = seed;
    this.output = output;
    this.startDate = startDate == null ? LocalDate.parse(START_DATE_DEFAULT) : startDate;
    this.days = days;
    this.articlesPerFile = articlesPerFile;
  }

  public int outlets() {
    return outlets;
  }

  public int articlesPerOutlet() {
    return articlesPerOutlet;
  }

  public long seed() {
    return seed;
  }

  public String output() {
    return output;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public int days() {
    return days;
  }

  public int articlesPerFile() {
    return articlesPerFile;
  }
}
