package io.credence.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the {@code published} field as news feeds write it, and decides whether the date is plausible. Accepted
 * forms ("Published dates" in jobs/README.md lists them):
 *
 * <ul>
 *   <li>an ISO date, {@code 2022-07-12} (also {@code 2022/07/12}, {@code 2022-7-12}): that date;
 *   <li>an ISO date-time without a zone, {@code 2022-07-12T10:00:00} or {@code 2022-07-12 10:00}: its date as written;
 *   <li>an ISO date-time with {@code Z} or an offset ({@code +02:00}, {@code +0200}, {@code +02}): its UTC date;
 *   <li>RFC 1123 / RSS 2.0 (RFC 822) dates, {@code Tue, 12 Jul 2022 10:00:00 GMT}, with or without the day name or
 *       seconds, with an offset or one of {@code GMT UT UTC Z EST EDT CST CDT MST MDT PST PDT}: their UTC date;
 *   <li>written dates, {@code July 12, 2022}, {@code Jul 12, 2022}, {@code 12 July 2022}, {@code 12 Jul 2022};
 *   <li>Unix time, 10 digits (seconds) or 13 digits (milliseconds): its UTC date.
 * </ul>
 *
 * Anything else is unparseable, on purpose including numeric dates such as {@code 8/11/18}: whether that is the 8th of
 * November or the 11th of August cannot be told from the record. A parsed date is plausible from {@link #EARLIEST} to
 * the run date plus {@link #FUTURE_DAYS}. Nothing here depends on the host's time zone.
 */
public final class PublishedDates {

  /** The earliest plausible published date: credence scores the web's news, which does not reach back further. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /**
   * Days after the run date a published date may lie (scheduled and embargoed stories, feeds stamped in a time zone
   * ahead of UTC); such an article counts from the night its date enters the window.
   */
  public static final int FUTURE_DAYS = 7;

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
              + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern UNIX_TIME = Pattern.compile("\\d{10}|\\d{13}");

  /** RFC 822 zone names RSS feeds use, as offsets. */
  private static final Map<String, String> ZONE_NAMES =
      Map.ofEntries(
          Map.entry("GMT", "+0000"), Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
          Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
          Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

  private static final Pattern RFC_ZONE_NAME = Pattern.compile("\\s([A-Za-z]{1,3})$");

  /** A leading day name ("Tue, "): dropped, since feeds get it wrong and the date says the day. */
  private static final Pattern DAY_NAME = Pattern.compile("^[A-Za-z]{3,9},?\\s+(?=\\d)");

  /** RFC 822 / 1123 without the zone: optional day name, 1- or 2-digit day, optional seconds, 2- or 4-digit year. */
  private static final DateTimeFormatter RFC_822 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMM ")
          .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
          .appendPattern(" HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .appendPattern(" xx")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          written("MMMM d, uuuu"), written("MMM d, uuuu"), written("d MMMM uuuu"), written("d MMM uuuu"));

  private PublishedDates() {}

  private static DateTimeFormatter written(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The calendar date {@code value} stands for (see the class comment), or {@code null} when it is none. */
  public static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    if (s.length() > 64) {
      return null;
    }
    try {
      Matcher m = ISO_DATE.matcher(s);
      if (m.matches()) {
        return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
      }
      m = ISO_DATE_TIME.matcher(s);
      if (m.matches()) {
        return isoDateTime(m);
      }
      if (UNIX_TIME.matcher(s).matches()) {
        long n = Long.parseLong(s);
        Instant at = s.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    LocalDate rfc = rfc822(s);
    if (rfc != null) {
      return rfc;
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

  /** Whether {@code date} lies in {@code [EARLIEST, runDate + FUTURE_DAYS]}. */
  public static boolean plausible(LocalDate date, LocalDate runDate) {
    return !date.isBefore(EARLIEST) && !date.isAfter(runDate.plusDays(FUTURE_DAYS));
  }

  /**
   * The decision on {@code value} on a run of {@code runDate}, as the validator's UDF takes it: the plausible date of
   * {@code value} as {@code yyyy-MM-dd}, the reject reason code ({@link RejectReason#UNPARSEABLE_PUBLISHED} or {@link
   * RejectReason#IMPLAUSIBLE_PUBLISHED}) when it is present but not accepted, or {@code null} when it is absent.
   */
  public static String verdict(String value, LocalDate runDate) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date = parse(value);
    if (date == null) {
      return RejectReason.UNPARSEABLE_PUBLISHED.code();
    }
    return plausible(date, runDate) ? date.toString() : RejectReason.IMPLAUSIBLE_PUBLISHED.code();
  }

  private static LocalDate isoDateTime(Matcher m) {
    int nanos = 0;
    if (m.group(7) != null) {
      nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
    }
    LocalDateTime local =
        LocalDateTime.of(
            number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
            m.group(6) == null ? 0 : number(m, 6), nanos);
    String zone = m.group(8);
    if (zone == null) {
      return local.toLocalDate();
    }
    ZoneOffset offset =
        switch (zone.toUpperCase(Locale.ROOT)) {
          case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
          default -> ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        };
    return OffsetDateTime.of(local, offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate rfc822(String s) {
    String t = DAY_NAME.matcher(s.replaceAll("\\s+", " ")).replaceFirst("");
    Matcher name = RFC_ZONE_NAME.matcher(t);
    if (name.find()) {
      String offset = ZONE_NAMES.get(name.group(1).toUpperCase(Locale.ROOT));
      if (offset == null) {
        return null;
      }
      t = t.substring(0, name.start()) + " " + offset;
    }
    try {
      return ZonedDateTime.parse(t, RFC_822).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
