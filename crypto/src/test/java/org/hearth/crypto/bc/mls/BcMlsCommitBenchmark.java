package org.hearth.crypto.bc.mls;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.mls.TranscriptHash;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.NodeIndex;
import org.bouncycastle.mls.TreeKEM.TreeKEMPrivateKey;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.GroupContext;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.crypto.Secret;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.mls.CpuTimePerOp;
import org.hearth.crypto.mls.MlsBenchGroups;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A member's commit with an UpdatePath taken apart (JMH; run with the {@code bench} profile and see
 * docs/benchmarks-mls.md): the whole commit as Hearth stages it, then the parts it is made of.
 *
 * <ul>
 *   <li>{@code commit}: {@link BcMlsGroup#stage} with a forced path; {@code commitAndGroupInfo}
 *       adds the GroupInfo the committer uploads with it;
 *   <li>(a) {@code pathCrypto}: new path secrets and node keys, parent hashes, re-signing the leaf
 *       and one HPKE encryption per node of the copath resolution (bcmls {@code update} + {@code
 *       encap}, which also rehashes the committer's direct path);
 *   <li>(b) {@code treeHashAll}: every tree hash of a freshly decoded tree; {@code treeHashPath}:
 *       only the committer's leaf and direct path;
 *   <li>(c) {@code ratchetTreeEncode}, {@code ratchetTreeDecode} and {@code groupInfo} (signed,
 *       with external_pub and the ratchet tree, encoded);
 *   <li>(d) {@code treeCopy}: how bcmls copies the tree for each new epoch ({@code
 *       TreeKEMPublicKey.clone}: encode, decode, rehash everything), against {@code viewTreeCopy},
 *       how Hearth's public view copies it (decode, keep the hashes); {@code saveState}: Hearth's
 *       snapshot of the member, taken after each merged commit.
 * </ul>
 *
 * <p>Run with {@code -prof org.hearth.crypto.mls.CpuTimePerOp} for the CPU time per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BcMlsCommitBenchmark {
  /** The committer of a group of {@code members} built in the given shape. */
  @State(Scope.Thread)
  public static class Committer {
    @Param({"2", "8", "32", "128", "256"})
    public int members;

    @Param({"FULL", "BULK"})
    public MlsBenchGroups.Shape shape;

    BcMlsGroup member;
    Group group;
    TreeKEMPublicKey tree;
    byte[] treeBytes;
    byte[] groupContext;

    @Setup(Level.Trial)
    public void build() throws Exception {
      member = BcMlsStateCodec.restore(MlsBenchGroups.build(members, shape).committer().save());
      group = member.group();
      tree = group.getTree();
      treeBytes = BcMls.encode(tree);
      groupContext =
          BcMls.encode(
              new GroupContext(
                  group.getSuite(),
                  group.getGroupID(),
                  group.getEpoch(),
                  tree.getRootHash(),
                  ((TranscriptHash) Reflect.get(group, "transcriptHash")).getConfirmed(),
                  group.getExtensions()));
    }
  }

  /**
   * The committer with a hashed copy of its tree, fresh for every call. (Subclasses, not dependent
   * states: JMH would build a second group for those.)
   */
  @State(Scope.Thread)
  public static class WithTreeCopy extends Committer {
    TreeKEMPublicKey copy;

    @Setup(Level.Invocation)
    public void copy() throws Exception {
      copy = TreeKEMPublicKey.clone(tree);
    }
  }

  /** The committer with its tree as decoded, without any tree hash, fresh for every call. */
  @State(Scope.Thread)
  public static class WithUnhashedTree extends Committer {
    TreeKEMPublicKey unhashed;

    @Setup(Level.Invocation)
    public void decode() throws Exception {
      unhashed = (TreeKEMPublicKey) MLSInputStream.decode(treeBytes, TreeKEMPublicKey.class);
      unhashed.setSuite(tree.getSuite());
    }
  }

  @Benchmark
  public BcMlsGroup.Staged commit(Committer committer) throws Exception {
    return CpuTimePerOp.measure(() -> committer.member.stage(List.of(), List.of(), true));
  }

  @Benchmark
  public byte[] commitAndGroupInfo(Committer committer) throws Exception {
    return CpuTimePerOp.measure(
        () -> committer.member.stage(List.of(), List.of(), true).groupInfo());
  }

  @Benchmark
  public Object pathCrypto(WithTreeCopy committer) throws Exception {
    return CpuTimePerOp.measure(
        () -> {
          Group group = committer.group;
          TreeKEMPrivateKey secrets =
              committer.copy.update(
                  group.getIndex(),
                  new Secret(BcMlsKeyPackages.randomSecret()),
                  group.getGroupID(),
                  (byte[]) Reflect.get(group, "identitySk"),
                  new Group.LeafNodeOptions());
          return committer.copy.encap(secrets, committer.groupContext, List.of());
        });
  }

  @Benchmark
  public byte[] treeHashAll(WithUnhashedTree committer) throws Exception {
    return CpuTimePerOp.measure(
        () -> {
          committer.unhashed.setHashAll();
          return committer.unhashed.getRootHash();
        });
  }

  @Benchmark
  public byte[] treeHashPath(WithTreeCopy committer) throws Exception {
    return CpuTimePerOp.measure(
        () -> {
          @SuppressWarnings("unchecked")
          Map<NodeIndex, byte[]> hashes =
              (Map<NodeIndex, byte[]>) Reflect.get(committer.copy, "hashes");
          LeafIndex from = committer.group.getIndex();
          hashes.remove(new NodeIndex(from));
          from.directPath(committer.copy.getSize()).forEach(hashes::remove);
          committer.copy.setHashAll();
          return committer.copy.getRootHash();
        });
  }

  @Benchmark
  public byte[] ratchetTreeEncode(Committer committer) throws Exception {
    return CpuTimePerOp.measure(() -> BcMls.encode(committer.tree));
  }

  @Benchmark
  public Object ratchetTreeDecode(Committer committer) throws Exception {
    return CpuTimePerOp.measure(
        () -> MLSInputStream.decode(committer.treeBytes, TreeKEMPublicKey.class));
  }

  /** Signing and encoding an epoch's GroupInfo, which Hearth does once per epoch. */
  @Benchmark
  public byte[] groupInfo(Committer committer) throws Exception {
    return CpuTimePerOp.measure(() -> BcMls.encode(committer.group.getGroupInfo(true)));
  }

  @Benchmark
  public TreeKEMPublicKey treeCopy(Committer committer) throws Exception {
    return CpuTimePerOp.measure(() -> TreeKEMPublicKey.clone(committer.tree));
  }

  /** How the public view copies its tree: nodes decoded from the encoding, hashes kept. */
  @Benchmark
  public TreeKEMPublicKey viewTreeCopy(Committer committer) throws Exception {
    return CpuTimePerOp.measure(() -> BcMlsTrees.copy(committer.tree, committer.treeBytes));
  }

  @Benchmark
  public byte[] saveState(Committer committer) throws Exception {
    return CpuTimePerOp.measure(() -> BcMlsStateCodec.save(committer.member));
  }
}
