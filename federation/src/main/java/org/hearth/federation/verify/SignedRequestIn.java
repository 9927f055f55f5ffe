package org.hearth.federation.verify;

import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.FederationException;

/**
 * The {@code Hearth-Signature} header of a server-to-server call, parsed but not trusted; {@link
 * RequestVerifier} checks it against the request it came with.
 *
 * <p>Immutable and thread-safe.
 */
public final class SignedRequestIn {
  /** Longest header value read, in characters. */
  public static final int MAX_CHARS = 4096;

  final SignedDocumentIn jws;

  private SignedRequestIn(SignedDocumentIn jws) {
    this.jws = jws;
  }

  /**
   * @throws FederationException {@code MALFORMED}, {@code TOO_LARGE} or {@code UNSUPPORTED}
   */
  public static SignedRequestIn parse(String headerValue) throws FederationException {
    return new SignedRequestIn(Failures.parse(headerValue, MAX_CHARS));
  }

  /** The key the header claims to be signed with: use it only to find the peer. */
  public KeyThumbprint claimedSender() {
    return jws.claimedSigner();
  }
}
