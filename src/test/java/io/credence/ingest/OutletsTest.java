package io.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutletsTest {

  @Test
  void registrableDomainUnderThePublicSuffixList() {
    assertEquals("mirror.co.uk", Outlets.fromUrl("https://www.mirror.co.uk/news/x"));
    assertEquals("cnn.com", Outlets.fromUrl("https://edition.cnn.com/x"));
    assertEquals("bbc.co.uk", Outlets.fromUrl("http://news.bbc.co.uk/1/hi/world/123.stm"));
    assertEquals("dailycaller.com", Outlets.fromUrl("dailycaller.com/2022/07/11/iran-drones"));
    assertEquals("example.org", Outlets.fromUrl("HTTPS://WWW.Example.ORG./path?q=1"));
  }

  @Test
  void noHostGivesNull() {
    assertNull(Outlets.fromUrl("not a url at all"));
    assertNull(Outlets.fromUrl(""));
    assertNull(Outlets.fromUrl(null));
    assertNull(Outlets.fromUrl("https:///path-only"));
  }

  @Test
  void publishedDatesInTheFormsFeedsUse() {
    assertEquals(LocalDate.of(2022, 7, 12), PublishedDates.parse("2022-07-12"));
    assertEquals(LocalDate.of(2022, 7, 12), PublishedDates.parse("2022-07-12T23:30:00-04:00"));
    assertEquals(LocalDate.of(2022, 7, 12), PublishedDates.parse("Tue, 12 Jul 2022 10:00:00 GMT"));
    assertEquals(LocalDate.of(2022, 7, 12), PublishedDates.parse("July 12, 2022"));
    assertEquals(LocalDate.of(2022, 7, 12), PublishedDates.parse("12 July 2022"));
    assertNull(PublishedDates.parse("2022-13-45"));
    assertNull(PublishedDates.parse("yesterday-ish"));
  }
}
