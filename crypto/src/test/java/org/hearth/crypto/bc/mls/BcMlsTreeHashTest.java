package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.NodeIndex;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.crypto.Secret;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BcMlsTrees#copy} carries bcmls's per-node tree hashes into the next epoch's tree instead
 * of recomputing them, so bcmls must drop exactly the hashes a change makes stale. Over random
 * epochs of updates, removes, adds, truncation and UpdatePaths, in the order a commit applies them
 * (RFC 9420 section 12.4.2), every cached hash must equal a full recomputation from the encoded
 * tree (section 7.8).
 */
class BcMlsTreeHashTest {
  private static final int EPOCHS = 40;

  private final Map<Integer, Ed25519KeyPair> keys = new HashMap<>();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void cachedTreeHashesMatchAFullRecomputationAfterRandomEpochs(long seed) throws Exception {
    Random random = new Random(seed);
    TreeKEMPublicKey tree = new TreeKEMPublicKey(BcMls.suite());
    add(tree);
    tree.setHashAll();
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      tree = BcMlsTrees.copy(tree, BcMls.encode(tree));
      List<Integer> occupied = new ArrayList<>(keys.keySet());
      for (int update = random.nextInt(3); update > 0 && !occupied.isEmpty(); update--) {
        int leaf = occupied.get(random.nextInt(occupied.size()));
        tree.updateLeaf(new LeafIndex(leaf), leafNode(keys.get(leaf)));
      }
      for (int remove = random.nextInt(3); remove > 0 && keys.size() > 2; remove--) {
        occupied = new ArrayList<>(keys.keySet());
        int leaf = occupied.get(random.nextInt(occupied.size()));
        tree.blankPath(new LeafIndex(leaf));
        keys.remove(leaf);
      }
      for (int add = random.nextInt(4); add > 0; add--) {
        add(tree);
      }
      tree.truncate();
      if (random.nextBoolean()) {
        // Sometimes the hashes are left stale until after the copy of the next epoch.
        continue;
      }
      tree.setHashAll();
      if (keys.size() > 1 && random.nextBoolean()) {
        occupied = new ArrayList<>(keys.keySet());
        int committer = occupied.get(random.nextInt(occupied.size()));
        tree.update(
            new LeafIndex(committer),
            new Secret(BcMlsKeyPackages.randomSecret()),
            new byte[] {1, 2, 3},
            keys.get(committer).seed(),
            new Group.LeafNodeOptions());
      }
      assertSameHashesAsARecomputation(tree);
    }
    tree.setHashAll();
    assertSameHashesAsARecomputation(tree);
  }

  private void add(TreeKEMPublicKey tree) throws Exception {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    keys.put(tree.addLeaf(leafNode(key)).value(), key);
  }

  private static LeafNode leafNode(Ed25519KeyPair key) throws Exception {
    return BcMlsKeyPackages.leafNode(
        key, BcMls.suite().getHPKE().generatePrivateKey(), 0, Long.MAX_VALUE);
  }

  private static void assertSameHashesAsARecomputation(TreeKEMPublicKey tree) throws Exception {
    TreeKEMPublicKey fresh =
        (TreeKEMPublicKey) MLSInputStream.decode(BcMls.encode(tree), TreeKEMPublicKey.class);
    fresh.setSuite(tree.getSuite());
    fresh.setHashAll();
    assertEquals(fresh.getSize().width(), tree.getSize().width());
    Map<NodeIndex, byte[]> cached = BcMlsTrees.hashes(tree);
    for (long node = 0; node < tree.getSize().width(); node++) {
      NodeIndex index = new NodeIndex(node);
      assertArrayEquals(fresh.getHash(index), cached.get(index), "hash of node " + node);
    }
    assertArrayEquals(fresh.getRootHash(), tree.getRootHash());
  }
}
