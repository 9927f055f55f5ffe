package org.hearth.crypto.bc.mls;

import static org.hearth.crypto.bc.mls.Vectors.hex;
import static org.hearth.crypto.bc.mls.Vectors.same;
import static org.hearth.crypto.bc.mls.Vectors.suite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Map;
import org.bouncycastle.mls.GroupKeySet;
import org.bouncycastle.mls.KeyScheduleEpoch;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.TreeSize;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.Commit;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.FramedContent;
import org.bouncycastle.mls.codec.GroupContext;
import org.bouncycastle.mls.codec.GroupInfo;
import org.bouncycastle.mls.codec.GroupSecrets;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.MLSOutputStream;
import org.bouncycastle.mls.codec.PrivateMessage;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.Sender;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.bouncycastle.mls.crypto.Secret;
import org.hearth.crypto.mls.MlsMessageIn;

/**
 * Checkers for the message vectors (RFC 9420 sections 6, 10, 12). The MLSMessage fields of {@code
 * messages} go through Hearth's delivery-service parser ({@link MlsMessageIn}: strict decoding and
 * framing); the inner structures and the secret-dependent checks use bcmls directly.
 */
final class MessageVectors {
  private static final Map<String, Class<?>> STRUCTURES =
      Map.ofEntries(
          Map.entry("mls_welcome", MLSMessage.class),
          Map.entry("mls_group_info", MLSMessage.class),
          Map.entry("mls_key_package", MLSMessage.class),
          Map.entry("public_message_application", MLSMessage.class),
          Map.entry("public_message_proposal", MLSMessage.class),
          Map.entry("public_message_commit", MLSMessage.class),
          Map.entry("private_message", MLSMessage.class),
          Map.entry("ratchet_tree", TreeKEMPublicKey.class),
          Map.entry("group_secrets", GroupSecrets.class),
          Map.entry("add_proposal", Proposal.Add.class),
          Map.entry("update_proposal", Proposal.Update.class),
          Map.entry("remove_proposal", Proposal.Remove.class),
          Map.entry("pre_shared_key_proposal", Proposal.PreSharedKey.class),
          Map.entry("re_init_proposal", Proposal.ReInit.class),
          Map.entry("external_init_proposal", Proposal.ExternalInit.class),
          Map.entry("group_context_extensions_proposal", Proposal.GroupContextExtensions.class),
          Map.entry("commit", Commit.class));

  private MessageVectors() {}

  static void messages(JsonObject c) throws Exception {
    for (Map.Entry<String, Class<?>> entry : STRUCTURES.entrySet()) {
      byte[] encoded = hex(c, entry.getKey());
      if (entry.getValue() == MLSMessage.class) {
        assertNotNull(MlsMessageIn.parse(encoded).info(), entry.getKey());
      } else {
        Object decoded = MLSInputStream.decode(encoded, entry.getValue());
        same(encoded, MLSOutputStream.encode(decoded), entry.getKey() + " round trip");
      }
    }
  }

  static void welcome(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    MLSMessage welcome = BcMls.decodeExact(hex(c, "welcome"), MLSMessage.class);
    MLSMessage keyPackage = BcMls.decodeExact(hex(c, "key_package"), MLSMessage.class);
    assertEquals(WireFormat.mls_welcome, welcome.wireFormat);
    assertEquals(WireFormat.mls_key_package, keyPackage.wireFormat);
    assertEquals(suite.getSuiteID(), keyPackage.getCipherSuite().getSuiteID());
    int index = welcome.welcome.find(keyPackage.keyPackage);
    assertNotEquals(-1, index, "the Welcome names the KeyPackage");
    GroupSecrets secrets = welcome.welcome.decryptSecrets(index, hex(c, "init_priv"));
    GroupInfo groupInfo =
        welcome.welcome.decrypt(
            secrets.joiner_secret, new ArrayList<KeyScheduleEpoch.PSKWithSecret>());
    assertTrue(groupInfo.verify(suite, hex(c, "signer_pub")), "GroupInfo signature");
    GroupContext context = groupInfo.getGroupContext();
    KeyScheduleEpoch keySchedule =
        KeyScheduleEpoch.joiner(
            suite,
            secrets.joiner_secret,
            new ArrayList<KeyScheduleEpoch.PSKWithSecret>(),
            MLSOutputStream.encode(context));
    same(
        groupInfo.getConfirmationTag(),
        keySchedule.confirmationTag(context.getConfirmedTranscriptHash()),
        "confirmation tag");
  }

  static void messageProtection(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    GroupContext context =
        new GroupContext(
            suite,
            hex(c, "group_id"),
            c.getJsonNumber("epoch").longValue(),
            hex(c, "tree_hash"),
            hex(c, "confirmed_transcript_hash"),
            new ArrayList<Extension>());
    byte[] contextBytes = MLSOutputStream.encode(context);
    byte[] signaturePub = hex(c, "signature_pub");
    Secret membershipKey = new Secret(hex(c, "membership_key"));

    for (String kind : new String[] {"proposal", "commit"}) {
      MLSMessage pub = BcMls.decodeExact(hex(c, kind + "_pub"), MLSMessage.class);
      AuthenticatedContent fromPub = pub.publicMessage.unprotect(suite, membershipKey, context);
      assertNotNull(fromPub, kind + "_pub membership tag");
      checkContent(kind, c, fromPub, suite, signaturePub, contextBytes);
      AuthenticatedContent fromPriv = open(c, suite, hex(c, kind + "_priv"));
      checkContent(kind, c, fromPriv, suite, signaturePub, contextBytes);
    }
    AuthenticatedContent app = open(c, suite, hex(c, "application_priv"));
    checkContent("application", c, app, suite, signaturePub, contextBytes);

    // Protect our own application message and open it with a fresh key set.
    FramedContent content =
        FramedContent.application(
            hex(c, "group_id"),
            c.getJsonNumber("epoch").longValue(),
            Sender.forMember(new LeafIndex(1)),
            new byte[0],
            hex(c, "application"));
    AuthenticatedContent signed =
        AuthenticatedContent.sign(
            WireFormat.mls_private_message, content, suite, hex(c, "signature_priv"), contextBytes);
    PrivateMessage sealed =
        PrivateMessage.protect(signed, suite, keys(c, suite), hex(c, "sender_data_secret"), 0);
    MLSMessage wrapped = new MLSMessage(WireFormat.mls_private_message);
    wrapped.privateMessage = sealed;
    checkContent(
        "application",
        c,
        open(c, suite, MLSOutputStream.encode(wrapped)),
        suite,
        signaturePub,
        contextBytes);
  }

  private static GroupKeySet keys(JsonObject c, MlsCipherSuite suite) throws Exception {
    return new GroupKeySet(suite, TreeSize.forLeaves(2), new Secret(hex(c, "encryption_secret")));
  }

  private static AuthenticatedContent open(JsonObject c, MlsCipherSuite suite, byte[] message)
      throws Exception {
    MLSMessage priv = BcMls.decodeExact(message, MLSMessage.class);
    AuthenticatedContent content =
        priv.privateMessage.unprotect(suite, keys(c, suite), hex(c, "sender_data_secret"));
    assertNotNull(content, "PrivateMessage opens");
    return content;
  }

  private static void checkContent(
      String kind,
      JsonObject c,
      AuthenticatedContent auth,
      MlsCipherSuite suite,
      byte[] signaturePub,
      byte[] contextBytes)
      throws Exception {
    assertTrue(auth.verify(suite, signaturePub, contextBytes), kind + " signature");
    byte[] actual =
        switch (kind) {
          case "proposal" -> MLSOutputStream.encode(auth.getContent().getProposal());
          case "commit" -> MLSOutputStream.encode(auth.getContent().getCommit());
          default -> auth.getContent().getContentBytes();
        };
    same(hex(c, kind), actual, kind + " content");
  }
}
