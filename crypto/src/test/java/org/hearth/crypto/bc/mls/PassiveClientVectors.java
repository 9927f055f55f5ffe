package org.hearth.crypto.bc.mls;

import static org.hearth.crypto.bc.mls.Vectors.hex;
import static org.hearth.crypto.bc.mls.Vectors.isNull;
import static org.hearth.crypto.bc.mls.Vectors.same;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The passive-client vectors (RFC 9420 sections 12.4.3.1 and 12.4.2), run through Hearth's member
 * engine {@link BcMlsGroup}: join from the Welcome, then for each epoch handle the proposals and
 * the commit and compare the epoch authenticator.
 */
final class PassiveClientVectors {
  private PassiveClientVectors() {}

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
    int e = 0;
    for (JsonValue value : c.getJsonArray("epochs")) {
      JsonObject epoch = value.asJsonObject();
      for (JsonValue proposal : epoch.getJsonArray("proposals")) {
        assertEquals(
            BcMlsGroup.Outcome.PROPOSAL_STORED,
            member.handle(
                java.util.HexFormat.of()
                    .parseHex(((jakarta.json.JsonString) proposal).getString())),
            "proposal in epoch " + e);
      }
      assertEquals(
          BcMlsGroup.Outcome.EPOCH_ADVANCED, member.handle(hex(epoch, "commit")), "commit " + e);
      same(hex(epoch, "epoch_authenticator"), member.epochAuthenticator(), "epoch " + e);
      e++;
    }
  }
}
