package io.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
