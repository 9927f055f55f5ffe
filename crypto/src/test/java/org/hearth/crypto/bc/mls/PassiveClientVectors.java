package org.hearth.crypto.bc.mls;

import static org.hearth.crypto.bc.mls.Vectors.hex;
import static org.hearth.crypto.bc.mls.Vectors.isNull;
import static org.hearth.crypto.bc.mls.Vectors.same;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The passive-client vectors (RFC 9420 sections 12.4.3.1 and 12.4.2), run through Hearth's member
 * engine {@link BcMlsGroup}: join from the Welcome, then for each epoch handle the proposals and
 * the commit and compare the epoch authenticator. Hearth's public group view follows along.
 */
final class PassiveClientVectors {
  private PassiveClientVectors() {}

  /**
   * Where the view cannot follow a message whose framing it does not accept (a PrivateMessage
   * handshake, an external sender), it stops following that group; anything else it refuses is a
   * failure. Returns {@code null} once it stopped.
   */
  private static BcMlsPublicGroup followOrStop(
      BcMlsPublicGroup view, byte[] message, byte[] groupInfo) {
    BcMlsMessageView.Framing framing = BcMlsMessageView.read(message);
    if (framing.wireFormat() != 1 || (framing.senderType() != 1 && framing.senderType() != 4)) {
      STOPPED.incrementAndGet();
      return null;
    }
    BcMlsEpochStep step = view.process(message);
    if (groupInfo == null) {
      return step.view();
    }
    FOLLOWED.incrementAndGet();
    return step.finalise(groupInfo);
  }

  /** Commits the public view followed and finalised, and groups it stopped following. */
  static final AtomicInteger FOLLOWED = new AtomicInteger();

  static final AtomicInteger STOPPED = new AtomicInteger();

  static void passiveClient(JsonObject c) {
    Map<byte[], byte[]> psks = new LinkedHashMap<>();
    for (JsonValue value : c.getJsonArray("external_psks")) {
      JsonObject psk = value.asJsonObject();
      psks.put(hex(psk, "psk_id"), hex(psk, "psk"));
    }
    BcMlsGroup member =
        BcMlsJoins.join(
            hex(c, "welcome"),
            hex(c, "signature_priv"),
            hex(c, "key_package"),
            hex(c, "init_priv"),
            hex(c, "encryption_priv"),
            isNull(c, "ratchet_tree") ? null : hex(c, "ratchet_tree"),
            psks);
    same(hex(c, "initial_epoch_authenticator"), member.epochAuthenticator(), "after join");
    // Hearth's public group view follows the same commits, bootstrapped from the joined member's
    // GroupInfo, and must reach the GroupInfo the member signs after each commit.
    BcMlsPublicGroup view = BcMlsPublicGroup.fromGroupInfo(member.groupInfo(), false);
    int e = 0;
    for (JsonValue value : c.getJsonArray("epochs")) {
      JsonObject epoch = value.asJsonObject();
      for (JsonValue proposal : epoch.getJsonArray("proposals")) {
        byte[] bytes = HexFormat.of().parseHex(((JsonString) proposal).getString());
        assertEquals(
            BcMlsGroup.Outcome.PROPOSAL_STORED, member.handle(bytes), "proposal in epoch " + e);
        if (view != null) {
          view = followOrStop(view, bytes, null);
        }
      }
      byte[] commit = hex(epoch, "commit");
      assertEquals(BcMlsGroup.Outcome.EPOCH_ADVANCED, member.handle(commit), "commit " + e);
      same(hex(epoch, "epoch_authenticator"), member.epochAuthenticator(), "epoch " + e);
      if (view != null) {
        view = followOrStop(view, commit, member.groupInfo());
      }
      e++;
    }
  }
}
