package io.credence.job;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The typed options of the {@code backfill} job: a range of nights, an input pattern with {@value #DATE_PLACEHOLDER}
 * standing for each night's date, and the {@link ScoreOptions} every night shares (output, format, profile, window).
 */
public final class BackfillOptions {

  /** The first night to run. Required. */
  public static final String FROM = "from";

  /** The last night to run, inclusive. Required. */
  public static final String TO = "to";

  /** Each night's input: a path or glob in which {@value #DATE_PLACEHOLDER} is replaced by the night's date. */
  public static final String INPUT_PATTERN = "input-pattern";

  /** Re-run nights that are already committed instead of skipping them. */
  public static final String FORCE = "force";

  /** Record a night whose input is missing as {@code skipped} in {@code _runs} and go on, instead of stopping. */
  public static final String SKIP_MISSING = "skip-missing";

  /** What {@link #INPUT_PATTERN} replaces by the night's date (YYYY-MM-DD). */
  public static final String DATE_PLACEHOLDER = "{date}";

  /** The longest range one backfill accepts, in nights. */
  public static final int MAX_NIGHTS = 3660;

  private final LocalDate from;
  private final LocalDate to;
  private final String inputPattern;
  private final boolean force;
  private final boolean skipMissing;
  private final ScoreOptions night;

  /** {@code night} carries the options every night shares; its input and run date are replaced per night. */
  public BackfillOptions(LocalDate from, LocalDate to, String inputPattern, boolean force, ScoreOptions night) {
    this(from, to, inputPattern, force, false, night);
  }

  /** As above; with {@code skipMissing}, a night whose input is missing is recorded as skipped and the rest run. */
  public BackfillOptions(
      LocalDate from, LocalDate to, String inputPattern, boolean force, boolean skipMissing, ScoreOptions night) {
    Preconditions.checkArgument(from != null, "--%s is required", FROM);
    Preconditions.checkArgument(to != null, "--%s is required", TO);
    Preconditions.checkArgument(!to.isBefore(from), "--%s %s is before --%s %s", TO, to, FROM, from);
    Preconditions.checkArgument(
        ChronoUnit.DAYS.between(from, to) < MAX_NIGHTS,
        "--%s %s to --%s %s spans more than %s nights",
        FROM, from, TO, to, MAX_NIGHTS);
    Preconditions.checkArgument(
        inputPattern != null && inputPattern.contains(DATE_PLACEHOLDER),
        "--%s '%s' must contain %s, which stands for each night's date",
        INPUT_PATTERN, inputPattern, DATE_PLACEHOLDER);
    this.from = from;
    this.to = to;
    this.inputPattern = inputPattern;
    this.force = force;
    this.skipMissing = skipMissing;
    this.night = night;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public String inputPattern() {
    return inputPattern;
  }

  public boolean force() {
    return force;
  }

  public boolean skipMissing() {
    return skipMissing;
  }

  /** The score options of one night: the shared ones with that night's input and run date. */
  public ScoreOptions night(LocalDate date) {
    return night.toBuilder().input(inputPattern.replace(DATE_PLACEHOLDER, date.toString())).runDate(date).build();
  }
}
