package org.hearth.crypto.bc.mls;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;

/**
 * Reads the occupied leaves of a ratchet tree (RFC 9420 section 7.8).
 *
 * <p>Stateless; callers hold {@link BcMls#LOCK}.
 */
public final class BcMlsTrees {
  /** An occupied leaf: its index, Ed25519 signature key and credential identity. */
  public record Leaf(int index, byte[] signatureKey, byte[] identity) {}

  private BcMlsTrees() {}

  static List<Leaf> members(TreeKEMPublicKey tree) {
    List<Leaf> leaves = new ArrayList<>();
    for (int i = 0; i < tree.getSize().leafCount(); i++) {
      LeafNode leaf = tree.getLeafNode(new LeafIndex(i));
      if (leaf != null) {
        leaves.add(new Leaf(i, leaf.getSignatureKey(), leaf.getCredential().getIdentity()));
      }
    }
    return leaves;
  }
}
