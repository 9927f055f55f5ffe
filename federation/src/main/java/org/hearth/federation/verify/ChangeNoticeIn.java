package org.hearth.federation.verify;

import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.Peer;
import org.hearth.federation.protocol.ChangeNotice;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.Json;

/**
 * A change notice ("my feed is now at sequence N"), not yet trusted. A replayed notice is harmless
 * (sequences only rise and the planner debounces), so no nonce is needed; the time must still be
 * fresh.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangeNoticeIn {
  private static final int MAX_CHARS = 4096;

  private final SignedDocumentIn notice;

  private ChangeNoticeIn(SignedDocumentIn notice) {
    this.notice = notice;
  }

  public static ChangeNoticeIn parse(String compact) throws FederationException {
    return new ChangeNoticeIn(Failures.parse(compact, MAX_CHARS));
  }

  public KeyThumbprint claimedSender() {
    return notice.claimedSigner();
  }

  /**
   * @throws FederationException {@code NOT_A_PEER}, {@code BAD_SIGNATURE}, {@code WRONG_KEY},
   *     {@code WRONG_AUDIENCE} or {@code STALE}
   */
  public VerifiedChangeNotice verify(
      Peer sender, KeyThumbprint self, Instant now, Freshness freshness)
      throws FederationException {
    if (!sender.isActive()) {
      throw new FederationException(Reason.NOT_A_PEER, "not an active peer");
    }
    byte[] payload =
        Failures.verify(notice, sender.known().pinnedKey(), DocumentTypes.CHANGE_NOTICE);
    ChangeNotice n = Json.read(payload, MAX_CHARS, ChangeNotice::from);
    if (!n.from().equals(sender.known().pinnedThumbprint())) {
      throw new FederationException(Reason.WRONG_KEY, "a notice about another sender");
    }
    if (!n.to().equals(self)) {
      throw new FederationException(Reason.WRONG_AUDIENCE, "a notice for another instance");
    }
    freshness.check(n.issuedAt(), now);
    return new VerifiedChangeNotice(sender.id(), n.feed(), n.sequence(), n.issuedAt());
  }
}
