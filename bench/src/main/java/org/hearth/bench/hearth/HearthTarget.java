package org.hearth.bench.hearth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.bench.ChatMember;
import org.hearth.bench.ChatTarget;
import org.hearth.bench.measure.Deliveries;
import org.hearth.client.InstanceUrl;
import org.hearth.client.member.GroupMember;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;

/**
 * Hearth as a {@link ChatTarget}: groups set up by real MLS members ({@link MlsGroups}), each
 * member encrypting a pool of posts before the run, then light {@link HearthMember}s send them.
 *
 * <p>Not thread-safe.
 */
public final class HearthTarget implements ChatTarget {
  private final HearthProcess server;
  private final String name;
  private final int poolSize;

  /**
   * @param name the name in the results (e.g. "Hearth (H2)")
   * @param poolSize posts each member encrypts before the run and sends round-robin
   */
  public HearthTarget(HearthProcess server, String name, int poolSize) {
    this.server = server;
    this.name = name;
    this.poolSize = poolSize;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long pid() {
    return server.pid();
  }

  @Override
  public List<ChatMember> join(int groups, int members, int payload, Deliveries counts)
      throws Exception {
    InstanceUrl url = InstanceUrl.parse(server.baseUri().toString());
    List<HearthMember> all = new ArrayList<>();
    List<Long> after = new ArrayList<>();
    for (List<GroupMember> group : new MlsGroups(url).create(groups, members)) {
      for (GroupMember member : group) {
        byte[][] pool = new byte[poolSize][];
        for (int i = 0; i < poolSize; i++) {
          pool[i] = member.encrypt(post(member.displayName(), payload));
        }
        all.add(new HearthMember(all.size(), member.delivery(), pool, counts));
        after.add(member.lastSeen());
      }
    }
    CountDownLatch connected = new CountDownLatch(all.size());
    for (int i = 0; i < all.size(); i++) {
      all.get(i).follow(after.get(i), connected);
    }
    if (!connected.await(Duration.ofSeconds(120).toSeconds(), TimeUnit.SECONDS)) {
      all.forEach(HearthMember::stop);
      throw new IllegalStateException("not every member could follow its group within 120 s");
    }
    return List.copyOf(all);
  }

  /** A post whose body is {@code payload} bytes of text. */
  static Post post(String displayName, int payload) {
    return new Post(MessageId.random(), displayName, null, "bench", "x".repeat(payload), null);
  }

  @Override
  public void close() {
    server.close();
  }
}
