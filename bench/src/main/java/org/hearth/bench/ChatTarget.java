package org.hearth.bench;

import java.util.List;
import org.hearth.bench.measure.Deliveries;

/**
 * A group-chat server under load: it sets up groups of members that all follow their group, and
 * reports the server's process for CPU and memory figures.
 *
 * <p>Implementations are not thread-safe; the members they return are.
 */
public interface ChatTarget extends AutoCloseable {
  /** The server's name in the results. */
  String name();

  /** The server's process (its descendants are counted too). */
  long pid();

  /**
   * Sets up {@code groups} groups of {@code members} members, each following its group, ready to
   * send messages of {@code payload} bytes; member ids are unique in the run.
   */
  List<ChatMember> join(int groups, int members, int payload, Deliveries counts) throws Exception;

  /** Stops the server. */
  @Override
  void close();
}
