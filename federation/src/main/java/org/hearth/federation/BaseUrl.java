package org.hearth.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The base URL of a Hearth instance: {@code https} (or {@code http} to a loopback host, for
 * development), no user info, query or fragment, no trailing slash, at most {@value #MAX_LENGTH}
 * characters. Endpoint paths are resolved against it.
 *
 * <p>Immutable and thread-safe.
 */
public record BaseUrl(String value) {
  public static final int MAX_LENGTH = 256;

  public BaseUrl {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_LENGTH || value.endsWith("/")) {
      throw new IllegalArgumentException("a base URL is at most 256 chars, without trailing /");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    if (!(scheme.equals("https") || (scheme.equals("http") && loopback))) {
      throw new IllegalArgumentException("a base URL is https (http only to a loopback host)");
    }
    if (host.isEmpty()
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !value.equals(uri.toASCIIString())) {
      throw new IllegalArgumentException("a base URL has a host and no user info, query or #");
    }
  }

  /** The absolute URI of {@code path} (which starts with {@code /}) on this instance. */
  public URI resolve(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with /");
    }
    return URI.create(value + path);
  }

  @Override
  public String toString() {
    return value;
  }
}
