package io.credence.job;

import com.google.common.base.Preconditions;
import java.time.LocalDate;

/**
 * The typed options of the {@code synth} job, which writes a synthetic corpus with planted per-outlet cue rates. Each
 * option is declared once as a component; its command-line key is the component's name in kebab case.
 *
 * @param outlets number of outlets. Default {@value #OUTLETS_DEFAULT}.
 * @param articlesPerOutlet articles written per outlet. Default {@value #ARTICLES_PER_OUTLET_DEFAULT}.
 * @param seed random seed; the same seed gives byte-identical output. Default {@value #SEED_DEFAULT}.
 * @param output the directory written. Required.
 * @param startDate first {@code published} date; {@code null} for {@value #START_DATE_DEFAULT}.
 * @param days number of consecutive days the articles' {@code published} dates spread over. Default {@value
 *     #DAYS_DEFAULT}.
 * @param articlesPerFile articles per JSON Lines file. Default {@value #ARTICLES_PER_FILE_DEFAULT}.
 */
public record SynthOptions(
    int outlets, int articlesPerOutlet, long seed, String output, LocalDate startDate, int days, int articlesPerFile) {

  public static final int OUTLETS_DEFAULT = 20;

  public static final int ARTICLES_PER_OUTLET_DEFAULT = 20;

  public static final long SEED_DEFAULT = 42L;

  public static final String START_DATE_DEFAULT = "2024-01-01";

  public static final int DAYS_DEFAULT = 1;

  public static final int ARTICLES_PER_FILE_DEFAULT = 50_000;

  /** Checks the options and fills in the default {@code startDate}. */
  public SynthOptions {
    Preconditions.checkArgument(outlets > 0, "--outlets must be > 0, got %s", outlets);
    Preconditions.checkArgument(
        articlesPerOutlet > 0, "--articles-per-outlet must be > 0, got %s", articlesPerOutlet);
    Preconditions.checkArgument(output != null && !output.isBlank(), "--output is required");
    Preconditions.checkArgument(days > 0, "--days must be > 0, got %s", days);
    Preconditions.checkArgument(articlesPerFile > 0, "--articles-per-file must be > 0, got %s", articlesPerFile);
    startDate = startDate == null ? LocalDate.parse(START_DATE_DEFAULT) : startDate;
  }
}
