package org.hearth.bench.hearth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  private static final int SETUP_THREADS = 8;

  private final Map<GroupMember, byte[][]> pools = new ConcurrentHashMap<>();
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
    // Groups are independent: set them up, and encrypt their pools, a few at a time.
    ExecutorService setup = Executors.newFixedThreadPool(SETUP_THREADS);
    try {
      List<Future<List<GroupMember>>> ready = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        int number = g;
        ready.add(
            setup.submit(
                () -> {
                  List<GroupMember> group = new MlsGroups(url).group(number, members);
                  for (GroupMember member : group) {
                    pools.put(member, pool(member, payload));
                  }
                  return group;
                }));
      }
      for (Future<List<GroupMember>> group : ready) {
        for (GroupMember member : group.get()) {
          all.add(new HearthMember(all.size(), member.delivery(), pools.get(member), counts));
          after.add(member.lastSeen());
        }
      }
    } finally {
      setup.shutdownNow();
      pools.clear();
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

  private byte[][] pool(GroupMember member, int payload) {
    byte[][] pool = new byte[poolSize][];
    for (int i = 0; i < poolSize; i++) {
      pool[i] = member.encrypt(post(member.displayName(), payload));
    }
    return pool;
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
