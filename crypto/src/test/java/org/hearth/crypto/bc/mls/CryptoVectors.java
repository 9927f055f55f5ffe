package org.hearth.crypto.bc.mls;

import static org.hearth.crypto.bc.mls.Vectors.hex;
import static org.hearth.crypto.bc.mls.Vectors.same;
import static org.hearth.crypto.bc.mls.Vectors.suite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.mls.GroupKeySet;
import org.bouncycastle.mls.KeyGeneration;
import org.bouncycastle.mls.KeyScheduleEpoch;
import org.bouncycastle.mls.TranscriptHash;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.NodeIndex;
import org.bouncycastle.mls.TreeSize;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.GroupContext;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.codec.MLSOutputStream;
import org.bouncycastle.mls.codec.PreSharedKeyID;
import org.bouncycastle.mls.codec.Varint;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.bouncycastle.mls.crypto.Secret;

/**
 * Checkers for the key-derivation vectors (RFC 9420 sections 5, 8, 9 and appendix C), run on bcmls
 * directly: Hearth has no API of its own for these primitives.
 */
final class CryptoVectors {
  private CryptoVectors() {}

  static void cryptoBasics(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    JsonObject ref = c.getJsonObject("ref_hash");
    same(hex(ref, "out"), suite.refHash(hex(ref, "value"), ref.getString("label")), "ref_hash");

    JsonObject expand = c.getJsonObject("expand_with_label");
    Secret secret = new Secret(hex(expand, "secret"));
    same(
        hex(expand, "out"),
        secret
            .expandWithLabel(
                suite, expand.getString("label"), hex(expand, "context"), expand.getInt("length"))
            .value(),
        "expand_with_label");

    JsonObject derive = c.getJsonObject("derive_secret");
    same(
        hex(derive, "out"),
        new Secret(hex(derive, "secret")).deriveSecret(suite, derive.getString("label")).value(),
        "derive_secret");

    JsonObject tree = c.getJsonObject("derive_tree_secret");
    same(
        hex(tree, "out"),
        new Secret(hex(tree, "secret"))
            .deriveTreeSecret(
                suite,
                tree.getString("label"),
                (int) tree.getJsonNumber("generation").longValue(),
                tree.getInt("length"))
            .value(),
        "derive_tree_secret");

    JsonObject sign = c.getJsonObject("sign_with_label");
    byte[] pub = hex(sign, "pub");
    String label = sign.getString("label");
    byte[] content = hex(sign, "content");
    assertTrue(suite.verifyWithLabel(pub, label, content, hex(sign, "signature")), "verify");
    byte[] ours = suite.signWithLabel(hex(sign, "priv"), label, content);
    assertTrue(suite.verifyWithLabel(pub, label, content, ours), "sign then verify");

    JsonObject enc = c.getJsonObject("encrypt_with_label");
    byte[] priv = hex(enc, "priv");
    String encLabel = enc.getString("label");
    byte[] context = hex(enc, "context");
    same(
        hex(enc, "plaintext"),
        suite.decryptWithLabel(
            priv, encLabel, context, hex(enc, "kem_output"), hex(enc, "ciphertext")),
        "decrypt_with_label");
    byte[][] sealed =
        suite.encryptWithLabel(hex(enc, "pub"), encLabel, context, hex(enc, "plaintext"));
    same(
        hex(enc, "plaintext"),
        suite.decryptWithLabel(priv, encLabel, context, sealed[1], sealed[0]),
        "encrypt then decrypt");
  }

  static void treeMath(JsonObject c) {
    long leaves = c.getJsonNumber("n_leaves").longValue();
    TreeSize size = TreeSize.forLeaves(leaves);
    assertEquals(c.getJsonNumber("n_nodes").longValue(), size.width(), "n_nodes");
    long root = c.getJsonNumber("root").longValue();
    assertEquals(root, NodeIndex.root(size).value(), "root");
    for (int i = 0; i < size.width(); i++) {
      NodeIndex node = new NodeIndex(i);
      boolean leaf = i % 2 == 0;
      checkRelative(c.getJsonArray("left"), i, leaf, () -> node.left().value(), "left");
      checkRelative(c.getJsonArray("right"), i, leaf, () -> node.right().value(), "right");
      checkRelative(c.getJsonArray("parent"), i, i == root, () -> node.parent().value(), "parent");
      checkRelative(
          c.getJsonArray("sibling"), i, i == root, () -> node.sibling().value(), "sibling");
    }
  }

  private interface LongSupplier {
    long get();
  }

  private static void checkRelative(
      JsonArray expected, int i, boolean absent, LongSupplier actual, String what) {
    JsonValue value = expected.get(i);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      assertTrue(absent, what + " of " + i + " should exist");
    } else {
      assertEquals(expected.getJsonNumber(i).longValue(), actual.get(), what + " of " + i);
    }
  }

  static void keySchedule(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    byte[] groupId = hex(c, "group_id");
    Secret init = new Secret(hex(c, "initial_init_secret"));
    JsonArray epochs = c.getJsonArray("epochs");
    for (int e = 0; e < epochs.size(); e++) {
      JsonObject ep = epochs.getJsonObject(e);
      byte[] context =
          MLSOutputStream.encode(
              new GroupContext(
                  suite,
                  groupId,
                  e,
                  hex(ep, "tree_hash"),
                  hex(ep, "confirmed_transcript_hash"),
                  new ArrayList<Extension>()));
      same(hex(ep, "group_context"), context, "group_context " + e);
      KeyScheduleEpoch.JoinSecrets join =
          KeyScheduleEpoch.JoinSecrets.forMember(
              suite, init, new Secret(hex(ep, "commit_secret")), new Secret(new byte[0]), context);
      join.injectPskSecret(new Secret(hex(ep, "psk_secret")));
      same(hex(ep, "joiner_secret"), join.joinerSecret.value(), "joiner_secret");
      same(hex(ep, "welcome_secret"), join.welcomeSecret.value(), "welcome_secret");
      KeyScheduleEpoch epoch = join.complete(TreeSize.forLeaves(e + 1L), context);
      same(hex(ep, "init_secret"), epoch.initSecret.value(), "init_secret");
      same(hex(ep, "sender_data_secret"), epoch.senderDataSecret.value(), "sender_data");
      same(hex(ep, "encryption_secret"), epoch.encryptionSecret.value(), "encryption_secret");
      same(hex(ep, "exporter_secret"), epoch.exporterSecret.value(), "exporter_secret");
      same(hex(ep, "epoch_authenticator"), epoch.epochAuthenticator.value(), "authenticator");
      same(hex(ep, "external_secret"), epoch.externalSecret.value(), "external_secret");
      same(hex(ep, "confirmation_key"), epoch.confirmationKey.value(), "confirmation_key");
      same(hex(ep, "membership_key"), epoch.membershipKey.value(), "membership_key");
      same(hex(ep, "resumption_psk"), epoch.resumptionPSK.value(), "resumption_psk");
      same(
          hex(ep, "external_pub"),
          suite.getHPKE().serializePublicKey(epoch.getExternalPublicKey()),
          "external_pub");
      JsonObject exporter = ep.getJsonObject("exporter");
      same(
          hex(exporter, "secret"),
          epoch.MLSExporter(
              exporter.getString("label"), hex(exporter, "context"), exporter.getInt("length")),
          "exporter");
      init = epoch.initSecret;
    }
  }

  static void secretTree(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    JsonObject senderData = c.getJsonObject("sender_data");
    KeyGeneration sd =
        KeyScheduleEpoch.senderDataKeys(
            suite, hex(senderData, "sender_data_secret"), hex(senderData, "ciphertext"));
    same(hex(senderData, "key"), sd.key, "sender data key");
    same(hex(senderData, "nonce"), sd.nonce, "sender data nonce");
    JsonArray leaves = c.getJsonArray("leaves");
    GroupKeySet keys =
        new GroupKeySet(
            suite, TreeSize.forLeaves(leaves.size()), new Secret(hex(c, "encryption_secret")));
    for (int i = 0; i < leaves.size(); i++) {
      for (JsonValue value : leaves.getJsonArray(i)) {
        JsonObject g = value.asJsonObject();
        int generation = (int) g.getJsonNumber("generation").longValue();
        KeyGeneration hs = keys.handshakeRatchet(new LeafIndex(i)).get(generation);
        KeyGeneration app = keys.applicationRatchet(new LeafIndex(i)).get(generation);
        same(hex(g, "handshake_key"), hs.key, "handshake key " + i + "/" + generation);
        same(hex(g, "handshake_nonce"), hs.nonce, "handshake nonce " + i + "/" + generation);
        same(hex(g, "application_key"), app.key, "application key " + i + "/" + generation);
        same(hex(g, "application_nonce"), app.nonce, "app nonce " + i + "/" + generation);
      }
    }
  }

  static void pskSecret(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    List<KeyScheduleEpoch.PSKWithSecret> psks = new ArrayList<>();
    for (JsonValue value : c.getJsonArray("psks")) {
      JsonObject psk = value.asJsonObject();
      psks.add(
          new KeyScheduleEpoch.PSKWithSecret(
              PreSharedKeyID.external(hex(psk, "psk_id"), hex(psk, "psk_nonce")),
              new Secret(hex(psk, "psk"))));
    }
    same(
        hex(c, "psk_secret"),
        KeyScheduleEpoch.JoinSecrets.pskSecret(suite, psks).value(),
        "psk_secret");
  }

  static void transcriptHashes(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    TranscriptHash transcript = new TranscriptHash(suite);
    transcript.setInterim(hex(c, "interim_transcript_hash_before"));
    byte[] encoded = hex(c, "authenticated_content");
    AuthenticatedContent content =
        (AuthenticatedContent) MLSInputStream.decode(encoded, AuthenticatedContent.class);
    same(encoded, MLSOutputStream.encode(content), "authenticated_content round trip");
    transcript.update(content);
    same(hex(c, "confirmed_transcript_hash_after"), transcript.getConfirmed(), "confirmed");
    same(hex(c, "interim_transcript_hash_after"), transcript.getInterim(), "interim");
    same(
        content.getConfirmationTag(),
        suite.getKDF().extract(hex(c, "confirmation_key"), transcript.getConfirmed()),
        "confirmation tag");
  }

  static void deserialization(JsonObject c) throws Exception {
    byte[] header = hex(c, "vlbytes_header");
    Varint varint = (Varint) MLSInputStream.decode(header, Varint.class);
    assertEquals(c.getJsonNumber("length").longValue(), Integer.toUnsignedLong(varint.value));
    same(header, MLSOutputStream.encode(varint), "minimal varint encoding");
  }
}
