package org.hearth.federation.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.Nonce;

/**
 * The payload of {@code hearth-request+jws}, carried in the {@value #HEADER} header of every
 * server-to-server call: the method, the path with query, the body's SHA-256 (base64url) and
 * length, the time, a nonce, the sender and the audience (the receiving instance's thumbprint).
 *
 * <p>Immutable and thread-safe.
 */
public record RequestClaims(
    String method,
    String path,
    String bodyDigest,
    long bodyLength,
    Instant issuedAt,
    Nonce nonce,
    KeyThumbprint sender,
    KeyThumbprint audience) {
  /** The HTTP header that carries the compact JWS. */
  public static final String HEADER = "Hearth-Signature";

  private static final Pattern METHOD = Pattern.compile("GET|POST|PUT|DELETE");
  private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7e]{0,1023}");
  private static final Set<String> MEMBERS =
      Set.of("v", "method", "path", "digest", "length", "iat", "nonce", "from", "aud");

  public RequestClaims {
    if (!METHOD.matcher(Objects.requireNonNull(method, "method")).matches()) {
      throw new IllegalArgumentException("method is GET, POST, PUT or DELETE");
    }
    if (!PATH.matcher(Objects.requireNonNull(path, "path")).matches()) {
      throw new IllegalArgumentException("path is an absolute path of at most 1024 chars");
    }
    if (!bodyDigest.matches("[A-Za-z0-9_-]{43}") || bodyLength < 0) {
      throw new IllegalArgumentException("digest is base64url SHA-256 and length >= 0");
    }
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(audience, "audience");
  }

  public byte[] toBytes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("method", method);
    m.put("path", path);
    m.put("digest", bodyDigest);
    m.put("length", bodyLength);
    m.put("iat", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    m.put("nonce", nonce.value());
    m.put("from", sender.value());
    m.put("aud", audience.value());
    return Json.canonical(m);
  }

  public static RequestClaims from(JsonIn in) {
    in.only(MEMBERS).version(1);
    return new RequestClaims(
        in.string("method"),
        in.string("path"),
        in.string("digest"),
        in.longValue("length"),
        in.instant("iat"),
        new Nonce(in.string("nonce")),
        new KeyThumbprint(in.string("from")),
        new KeyThumbprint(in.string("aud")));
  }
}
