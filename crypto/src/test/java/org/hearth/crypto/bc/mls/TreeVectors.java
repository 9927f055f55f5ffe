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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.NodeIndex;
import org.bouncycastle.mls.TreeKEM.TreeKEMPrivateKey;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.GroupContext;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.codec.MLSOutputStream;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.UpdatePath;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.bouncycastle.mls.crypto.Secret;
import org.bouncycastle.mls.protocol.Group;

/**
 * Checkers for the ratchet-tree vectors (RFC 9420 sections 7 and 12.1) on bcmls's tree directly:
 * treekem needs private keys that no Hearth API exposes. To keep the suite fast, treekem decrypts
 * every update path at every leaf on suite 0x0001 (Hearth's) and at the first receiving leaf on the
 * other suites, whose P-384/P-521 key derivations take seconds per case.
 */
final class TreeVectors {
  private TreeVectors() {}

  static TreeKEMPublicKey tree(MlsCipherSuite suite, byte[] encoded) throws Exception {
    TreeKEMPublicKey tree =
        (TreeKEMPublicKey) MLSInputStream.decode(encoded, TreeKEMPublicKey.class);
    same(encoded, MLSOutputStream.encode(tree), "tree round trip");
    tree.setSuite(suite);
    tree.setHashAll();
    return tree;
  }

  static void treeValidation(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    TreeKEMPublicKey tree = tree(suite, hex(c, "tree"));
    byte[] groupId = hex(c, "group_id");
    for (int i = 0; i < tree.getSize().leafCount(); i++) {
      LeafNode leaf = tree.getLeafNode(new LeafIndex(i));
      if (leaf != null) {
        assertTrue(leaf.verify(suite, leaf.toBeSigned(groupId, i)), "leaf signature " + i);
      }
    }
    JsonArray hashes = c.getJsonArray("tree_hashes");
    JsonArray resolutions = c.getJsonArray("resolutions");
    for (int i = 0; i < tree.getSize().width(); i++) {
      NodeIndex node = new NodeIndex(i);
      same(hexAt(hashes, i), tree.getHash(node), "tree hash of node " + i);
      List<Long> expected = new ArrayList<>();
      for (JsonValue n : resolutions.getJsonArray(i)) {
        expected.add(((jakarta.json.JsonNumber) n).longValue());
      }
      List<Long> actual = new ArrayList<>();
      for (NodeIndex r : tree.resolve(node)) {
        actual.add(r.value());
      }
      assertEquals(expected, actual, "resolution of node " + i);
    }
    assertTrue(tree.verifyParentHash(), "parent hashes");
  }

  static void treeOperations(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    TreeKEMPublicKey tree = tree(suite, hex(c, "tree_before"));
    same(hex(c, "tree_hash_before"), tree.getRootHash(), "tree hash before");
    Proposal proposal = (Proposal) MLSInputStream.decode(hex(c, "proposal"), Proposal.class);
    same(hex(c, "proposal"), MLSOutputStream.encode(proposal), "proposal round trip");
    switch (proposal.getProposalType()) {
      case ADD -> tree.addLeaf(proposal.getLeafNode());
      case UPDATE ->
          tree.updateLeaf(new LeafIndex(c.getInt("proposal_sender")), proposal.getLeafNode());
      case REMOVE -> {
        tree.blankPath(proposal.getRemove().removed);
        tree.truncate();
      }
      default -> throw new AssertionError("unexpected proposal " + proposal.getProposalType());
    }
    tree.setHashAll();
    same(hex(c, "tree_after"), MLSOutputStream.encode(tree), "tree after");
    same(hex(c, "tree_hash_after"), tree.getRootHash(), "tree hash after");
  }

  private static byte[] hexAt(JsonArray array, int i) {
    return java.util.HexFormat.of().parseHex(array.getString(i));
  }

  static void treeKem(JsonObject c) throws Exception {
    MlsCipherSuite suite = suite(c);
    TreeKEMPublicKey tree = tree(suite, hex(c, "ratchet_tree"));
    byte[] groupId = hex(c, "group_id");
    assertTrue(tree.verifyParentHash(), "parent hashes");
    Map<Integer, TreeKEMPrivateKey> privates = new HashMap<>();
    Map<Integer, byte[]> signers = new HashMap<>();
    for (JsonValue value : c.getJsonArray("leaves_private")) {
      JsonObject leaf = value.asJsonObject();
      int index = leaf.getInt("index");
      TreeKEMPrivateKey priv = new TreeKEMPrivateKey(suite, new LeafIndex(index));
      priv.insertPrivateKey(
          new NodeIndex(new LeafIndex(index)),
          suite.getHPKE().deserializePrivateKey(hex(leaf, "encryption_priv"), null));
      for (JsonValue ps : leaf.getJsonArray("path_secrets")) {
        JsonObject pathSecret = ps.asJsonObject();
        priv.insertPathSecret(
            new NodeIndex(pathSecret.getInt("node")), new Secret(hex(pathSecret, "path_secret")));
      }
      assertTrue(priv.consistent(tree), "private key of leaf " + index + " consistent");
      privates.put(index, priv);
      signers.put(index, hex(leaf, "signature_priv"));
    }
    for (JsonValue value : c.getJsonArray("update_paths")) {
      JsonObject up = value.asJsonObject();
      LeafIndex from = new LeafIndex(up.getInt("sender"));
      UpdatePath path =
          (UpdatePath) MLSInputStream.decode(hex(up, "update_path"), UpdatePath.class);
      assertTrue(tree.verifyParentHash(from, path), "update path parent hash");
      TreeKEMPublicKey after = TreeKEMPublicKey.clone(tree);
      after.merge(from, path);
      after.setHashAll();
      same(hex(up, "tree_hash_after"), after.getRootHash(), "tree hash after");
      byte[] context =
          MLSOutputStream.encode(
              new GroupContext(
                  suite,
                  groupId,
                  c.getJsonNumber("epoch").longValue(),
                  after.getRootHash(),
                  hex(c, "confirmed_transcript_hash"),
                  new ArrayList<Extension>()));
      JsonArray pathSecrets = up.getJsonArray("path_secrets");
      boolean everyLeaf = suite.getSuiteID() == BcMls.SUITE_ID;
      boolean decapsulated = false;
      for (int i = 0; i < after.getSize().leafCount(); i++) {
        LeafIndex to = new LeafIndex(i);
        if (to.equals(from) || !after.hasLeaf(to) || (decapsulated && !everyLeaf)) {
          continue;
        }
        decapsulated = true;
        TreeKEMPrivateKey priv = privates.get(i).copy();
        priv.decap(from, after, context, path, new ArrayList<LeafIndex>());
        same(hex(up, "commit_secret"), priv.getUpdateSecret().value(), "commit secret at " + i);
        if (pathSecrets.get(i).getValueType() != JsonValue.ValueType.NULL) {
          same(
              hexAt(pathSecrets, i),
              priv.getSharedPathSecret(from).value(),
              "shared path secret at " + i);
        }
      }
      if (suite.getSuiteID() != BcMls.SUITE_ID) {
        // Our own encap/decap round trip runs on Hearth's suite only: on the P-384/P-521 suites
        // it takes seconds per case and exercises no vector data.
        continue;
      }
      TreeKEMPublicKey encapTree = TreeKEMPublicKey.clone(tree);
      TreeKEMPrivateKey sender =
          encapTree.update(
              from,
              new Secret(new byte[suite.getKDF().getHashLength()]),
              groupId,
              signers.get(from.value()),
              new Group.LeafNodeOptions());
      UpdatePath ours = encapTree.encap(sender, context, new ArrayList<LeafIndex>());
      for (int i = 0; i < encapTree.getSize().leafCount(); i++) {
        LeafIndex to = new LeafIndex(i);
        if (to.equals(from) || !encapTree.hasLeaf(to)) {
          continue;
        }
        TreeKEMPrivateKey priv = privates.get(i).copy();
        priv.decap(from, encapTree, context, ours, new ArrayList<LeafIndex>());
        same(sender.getUpdateSecret().value(), priv.getUpdateSecret().value(), "encap/decap " + i);
      }
    }
  }
}
