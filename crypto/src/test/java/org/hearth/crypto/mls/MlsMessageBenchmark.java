package org.hearth.crypto.mls;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.crypto.Ed25519KeyPair;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Application-message cost in a two-member group (JMH; run with the {@code bench} profile). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MlsMessageBenchmark {
  @Param({"100", "1024", "16384"})
  public int size;

  private MlsMember alice;
  private MlsMember bob;
  private byte[] payload;

  @Setup
  public void twoMembers() {
    alice = MlsMember.create(GroupId.random(), Ed25519KeyPair.generate());
    Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
    KeyPackageBundle bundle = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    PendingCommit add = alice.add(List.of(bundle.keyPackage()));
    alice.merge(add);
    bob = MlsMember.join(add.welcome().orElseThrow(), bobKey, bundle);
    payload = new byte[size];
  }

  /** Sign, pad, encrypt (bcmls) and re-seal with a random reuse guard (Hearth). */
  @Benchmark
  public byte[] protect() {
    return alice.protect(payload);
  }

  /** Protect by one member, then decrypt and verify by the other. */
  @Benchmark
  public ApplicationMessage protectThenUnprotect() {
    return bob.unprotect(alice.protect(payload));
  }
}
