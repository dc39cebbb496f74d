package io.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accepted {@code published} forms, the plausible range, and independence from the host's time zone. */
class PublishedDatesTest {

  private static final LocalDate RUN = LocalDate.of(2022, 7, 15);
  private static final LocalDate JULY_12 = LocalDate.of(2022, 7, 12);

  @ParameterizedTest(name = "{1} is {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # ISO dates and local timestamps keep the date as written
          2022-07-12 | 2022-07-12
          2022-07-12 | " 2022/7/12 "
          2022-07-12 | 2022-07-12T23:30:00
          2022-07-12 | 2022-07-12 23:30
          2022-07-12 | 2022-07-12T23:30:00.123456
          # timestamps with a zone take their UTC date
          2016-09-20 | 2016-09-20T14:03:00-04:00
          2022-07-13 | 2022-07-12T23:30:00-04:00
          2022-07-11 | 2022-07-12T01:30:00+0200
          2022-07-11 | 2022-07-12T01:30:00+02
          2022-07-12 | 2022-07-12T23:30:00Z
          2022-07-12 | 2022-07-12T23:30:00.5Z
          # RSS and RFC 1123 dates take their UTC date; a wrong day name is ignored
          2022-07-12 | Tue, 12 Jul 2022 10:00:00 GMT
          2022-07-12 | Tue, 12 Jul 2022 10:00:00 +0000
          2022-07-12 | 12 Jul 2022 10:00 EST
          2022-07-13 | Tue, 12 Jul 2022 22:00:00 PDT
          2022-07-12 | Wed, 12 Jul 22 10:00:00 GMT
          2022-08-02 | Tue, 2 Aug 2022 10:00:00 UT
          # written dates and Unix time (seconds, milliseconds)
          2022-07-12 | July 12, 2022
          2022-07-12 | jul 12, 2022
          2022-07-12 | 12 July 2022
          2022-07-12 | 12 Jul 2022
          2022-07-12 | 1657620000
          2022-07-12 | 1657620000000
          """)
  void acceptedFormsParseToTheirUtcDate(LocalDate expected, String published) {
    assertEquals(expected, PublishedDates.parse(published));
  }

  @Test
  void anUnknownZoneIsUnparseable() {
    assertNull(PublishedDates.parse("Tue, 12 Jul 2022 10:00:00 XYZ"));
  }

  @Test
  void ambiguousInvalidAndGarbageAreUnparseable() {
    for (String s :
        new String[] {
          "8/11/18", "08/11/2018", "2022-02-30", "2022-13-45", "yesterday-ish", "soon", "2022", "20220712",
          "99999999999999999999", "-1", "1e10", "NaN", "2022-07-12T25:00:00", "2022-07-12T10:00:00+25:00",
          "February 30, 2022", "\u0000", "2022-07-12".repeat(10)
        }) {
      assertNull(PublishedDates.parse(s), s);
      assertEquals("unparseable_published", PublishedDates.verdict(s, RUN), s);
    }
    assertNull(PublishedDates.verdict("", RUN));
    assertNull(PublishedDates.verdict(null, RUN));
    assertNull(PublishedDates.verdict("  ", RUN));
  }

  @Test
  void datesOutsideThePlausibleRangeAreImplausible() {
    for (String s : new String[] {"0001-11-30", "9999-12-31", "1989-12-31", "2022-07-23", "0000000001"}) {
      assertEquals("implausible_published", PublishedDates.verdict(s, RUN), s);
    }
    assertEquals("1990-01-01", PublishedDates.verdict("1990-01-01", RUN));
    assertEquals("2022-07-22", PublishedDates.verdict("2022-07-22", RUN), "up to seven days after the run date");
    assertEquals("unparseable_published", PublishedDates.verdict("8/11/18", RUN));
  }

  @Test
  void noDateDependsOnTheHostTimeZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone : new String[] {"America/Los_Angeles", "Pacific/Kiritimati", "UTC", "Asia/Kolkata"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        assertEquals(LocalDate.of(2016, 9, 20), PublishedDates.parse("2016-09-20T14:03:00-04:00"), zone);
        assertEquals(LocalDate.of(2024, 1, 1), PublishedDates.parse("2024-01-01T03:00:00Z"), zone);
        assertEquals(JULY_12, PublishedDates.parse("1657620000"), zone);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
