package io.credence.job;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The typed options of the {@code backfill} job: a range of nights, an input pattern with {@value #DATE_PLACEHOLDER}
 * standing for each night's date, and the {@link ScoreOptions} every night shares (output, format, profile, window).
 * Each option is declared once as a component; its command-line key is the component's name in kebab case.
 *
 * @param from the first night to run. Required.
 * @param to the last night to run, inclusive. Required.
 * @param inputPattern each night's input: a path or glob in which {@value #DATE_PLACEHOLDER} is replaced by the
 *     night's date.
 * @param force re-run nights that are already committed instead of skipping them.
 * @param skipMissing record a night whose input is missing as {@code skipped} in {@code _runs} and go on, instead of
 *     stopping.
 * @param shared the options every night shares; its input and run date are replaced per night ({@link #night}).
 */
public record BackfillOptions(
    LocalDate from, LocalDate to, String inputPattern, boolean force, boolean skipMissing, ScoreOptions shared) {

  /** What {@code inputPattern} replaces by the night's date (YYYY-MM-DD). */
  public static final String DATE_PLACEHOLDER = "{date}";

  /** The longest range one backfill accepts, in nights. */
  public static final int MAX_NIGHTS = 3660;

  /** Checks the range and the pattern. */
  public BackfillOptions {
    Preconditions.checkArgument(from != null, "--from is required");
    Preconditions.checkArgument(to != null, "--to is required");
    Preconditions.checkArgument(!to.isBefore(from), "--to %s is before --from %s", to, from);
    Preconditions.checkArgument(
        ChronoUnit.DAYS.between(from, to) < MAX_NIGHTS,
        "--from %s to --to %s spans more than %s nights",
        from, to, MAX_NIGHTS);
    Preconditions.checkArgument(
        inputPattern != null && inputPattern.contains(DATE_PLACEHOLDER),
        "--input-pattern '%s' must contain %s, which stands for each night's date",
        inputPattern, DATE_PLACEHOLDER);
  }

  /** As above, without {@code skipMissing}: a night whose input is missing stops the backfill. */
  public BackfillOptions(LocalDate from, LocalDate to, String inputPattern, boolean force, ScoreOptions shared) {
    this(from, to, inputPattern, force, false, shared);
  }

  /** The score options of one night: the shared ones with that night's input and run date. */
  public ScoreOptions night(LocalDate date) {
    return shared.toBuilder().input(inputPattern.replace(DATE_PLACEHOLDER, date.toString())).runDate(date).build();
  }
}
