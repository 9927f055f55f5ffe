package org.hearth.client.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.client.GroupId;

/**
 * Times deliveries that are not decrypted: a sender notes when it sent the message the server
 * stored as {@code seq}, a follower notes when {@code seq} reached it over the stream, and
 * whichever comes second records the latency (the stream often beats the sender's receipt). A
 * member's own messages are not deliveries.
 *
 * <p>Thread-safe.
 */
final class DeliveryClock {
  private record Key(GroupId group, long seq) {}

  private record Sent(String member, long at) {}

  private record Received(String member, long at) {}

  /** Per message: who sent it and when, or the receipts that came before the sender knew seq. */
  private static final class Entry {
    Sent sent;
    final List<Received> early = new ArrayList<>();
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final LoadStats stats;

  DeliveryClock(LoadStats stats) {
    this.stats = stats;
  }

  void sent(GroupId group, long seq, String member, long at) {
    entries.compute(
        new Key(group, seq),
        (key, entry) -> {
          Entry e = entry == null ? new Entry() : entry;
          e.sent = new Sent(member, at);
          e.early.forEach(r -> record(e.sent, r));
          e.early.clear();
          return e;
        });
  }

  void received(GroupId group, long seq, String member, long at) {
    entries.compute(
        new Key(group, seq),
        (key, entry) -> {
          Entry e = entry == null ? new Entry() : entry;
          Received receipt = new Received(member, at);
          if (e.sent == null) {
            e.early.add(receipt);
          } else {
            record(e.sent, receipt);
          }
          return e;
        });
  }

  private void record(Sent sent, Received receipt) {
    if (!sent.member().equals(receipt.member())) {
      stats.delivered(sent.at(), receipt.at());
    }
  }
}
