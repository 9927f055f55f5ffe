package org.hearth.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The base URL of a Hearth instance in one canonical form ({@code scheme://host[:port]}, lower
 * case, no path or trailing slash), so that the keyring files a key under one name however the user
 * typed the address.
 *
 * <p>Immutable and thread-safe.
 */
public record InstanceUrl(URI value) {
  /** Validates the canonical form; use {@link #parse} for what a person typed. */
  public InstanceUrl {
    Objects.requireNonNull(value, "value");
    if (!value.equals(canonical(value))) {
      throw new IllegalArgumentException("not a canonical instance URL: " + value);
    }
  }

  /**
   * Reads an instance address such as {@code http://localhost:9080/} or {@code
   * https://Hearth.example.org}.
   *
   * @throws IllegalArgumentException with a plain reason if it is not an http(s) base URL
   */
  public static InstanceUrl parse(String text) {
    Objects.requireNonNull(text, "text");
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + text);
    }
    return new InstanceUrl(canonical(uri));
  }

  private static URI canonical(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("an instance URL starts with https:// or http://");
    }
    if (uri.getHost() == null || uri.getUserInfo() != null) {
      throw new IllegalArgumentException("an instance URL names a host, like https://example.org");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null) {
      throw new IllegalArgumentException("an instance URL has no path or query");
    }
    int port = uri.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return URI.create(scheme + "://" + host + (port == -1 ? "" : ":" + port));
  }

  /** An address on this instance, such as {@code /api/v1/groups}. */
  public URI resolve(String path) {
    return URI.create(value + path);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
