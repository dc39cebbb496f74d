package io.credence.ingest;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/** Derives an outlet from an article URL: its registrable domain under the public suffix list. */
public final class Outlets {

  private Outlets() {}

  /**
   * The registrable domain of {@code url} ({@code https://www.mirror.co.uk/x} gives {@code mirror.co.uk}), the host
   * itself when it has no public suffix (an IP address, an intranet name), or {@code null} when there is no host.
   */
  public static String fromUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host = host(url.trim());
    if (host == null) {
      return null;
    }
    if (!InternetDomainName.isValid(host)) {
      return host.matches("[0-9.]+|\\[[0-9a-f:]+\\]") ? host : null;
    }
    InternetDomainName domain = InternetDomainName.from(host);
    if (domain.isUnderPublicSuffix()) {
      return domain.topPrivateDomain().toString();
    }
    return domain.hasPublicSuffix() ? null : host;
  }

  private static String host(String url) {
    String candidate = url.contains("://") ? url : "http://" + url;
    try {
      String host = new URI(candidate.replace(" ", "%20")).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
