package org.hearth.server.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;

/**
 * Opens members' live streams and keeps them alive: a comment every 20 seconds, which also finds
 * the connections that are gone. A stream ends when its member is no longer in the group.
 */
@ApplicationScoped
class EventStreams {
  static final long KEEP_ALIVE_SECONDS = 20;
  private static final int PAGE = 200;

  @Inject GroupAccess access;
  @Inject GroupLedger ledger;
  @Inject LiveDelivery live;
  @Inject DeliveryMetrics metrics;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService senders;

  private ScheduledFuture<?> keepAlive;

  void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
    keepAlive =
        scheduler.scheduleWithFixedDelay(
            this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (keepAlive != null) {
      keepAlive.cancel(false);
    }
    live.all().forEach(Follower::close);
  }

  void open(KeyThumbprint caller, GroupId id, long after, SseEventSink sink, Sse sse) {
    GroupDescriptor group = access.group(id);
    access.requireMember(group, caller);
    String groupId = group.id();
    Follower[] self = new Follower[1];
    Follower follower =
        new Follower(
            after,
            position ->
                ledger.after(groupId, position, PAGE).stream().map(MessageViews::of).toList(),
            new Follower.Stream() {
              @Override
              public void send(DeliveredMessage message) {
                requireOpen(sink);
                OutboundSseEvent event =
                    sse.newEventBuilder()
                        .id(Long.toString(message.seq()))
                        .name("message")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(DeliveredMessage.class, message)
                        .build();
                sink.send(event);
                metrics.delivered();
                if ("commit".equals(message.kind()) && !ledger.isMember(groupId, caller.value())) {
                  live.unfollow(groupId, self[0]);
                  sink.close();
                }
              }

              @Override
              public void ping() {
                requireOpen(sink);
                sink.send(sse.newEventBuilder().comment("keep-alive").build());
              }

              @Override
              public void end() {
                live.unfollow(groupId, self[0]);
                sink.close();
              }
            },
            senders,
            (millis, task) -> scheduler.schedule(task, millis, TimeUnit.MILLISECONDS));
    self[0] = follower;
    live.follow(groupId, follower);
    follower.catchUp();
  }

  private void keepAlive() {
    for (Follower follower : live.all()) {
      if (!follower.ping()) {
        follower.close();
      }
    }
  }

  private static void requireOpen(SseEventSink sink) {
    if (sink.isClosed()) {
      throw new IllegalStateException("stream closed");
    }
  }
}
