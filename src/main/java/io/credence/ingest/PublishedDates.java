package io.credence.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the {@code published} field as news feeds write it: ISO dates and timestamps, RFC 1123, "July 12, 2022". */
public final class PublishedDates {

  private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T ].*)");
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

  private PublishedDates() {}

  /** The calendar date of {@code value} (the date as written, before any time-zone shift), or {@code null}. */
  public static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.trim();
    Matcher iso = ISO_DATE_PREFIX.matcher(s);
    if (iso.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return null;
  }

  /** {@link #parse} as an ISO string, for use in a Spark UDF. */
  public static String parseIso(String value) {
    LocalDate d = parse(value);
    return d == null ? null : d.toString();
  }
}
