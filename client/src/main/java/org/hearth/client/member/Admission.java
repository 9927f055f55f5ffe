package org.hearth.client.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hearth.client.Base64Url;
import org.hearth.crypto.mls.KeyPackageIn;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.VerifiedKeyPackage;
import org.hearth.protocol.delivery.PendingJoin;

/**
 * Checks join requests before a facilitator's client adds them: each KeyPackage must be valid now
 * (RFC 9420 section 10.1) and made with the key that asked to join.
 *
 * <p>Stateless and thread-safe.
 */
final class Admission {
  private Admission() {}

  static List<byte[]> checkedKeyPackages(List<PendingJoin> requests) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no join request to accept");
    }
    List<byte[]> keyPackages = new ArrayList<>();
    for (PendingJoin request : requests) {
      if (request.keyPackage() == null) {
        throw refused(request, "comes without a KeyPackage");
      }
      byte[] keyPackage;
      VerifiedKeyPackage verified;
      try {
        keyPackage = Base64Url.decode(request.keyPackage());
        verified = KeyPackageIn.of(keyPackage).validate(Instant.now());
      } catch (MlsException | IllegalArgumentException e) {
        throw refused(request, "has a KeyPackage that does not check out (" + e.getMessage() + ")");
      }
      if (!verified.member().value().equals(request.thumbprint())) {
        throw refused(request, "has a KeyPackage of another key");
      }
      keyPackages.add(keyPackage);
    }
    return keyPackages;
  }

  private static MemberException refused(PendingJoin request, String why) {
    return new MemberException(
        MemberException.Reason.REFUSED, "Join request " + request.id() + " " + why + ".");
  }
}
