package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.ContentType;
import org.hearth.crypto.mls.MlsMessageInfo;
import org.hearth.crypto.mls.WireFormat;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.MessagePage;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.JoinPolicy;
import org.hearth.server.platform.HearthSettings;
import org.hearth.server.platform.Transactions;
import org.hearth.server.privacy.Coarsening;

/**
 * Application messages: opaque PrivateMessages stored with the group's next sequence number,
 * acknowledged only once their transaction has committed, read back in order.
 */
@ApplicationScoped
public class MessageService {
  static final int DEFAULT_PAGE = 100;
  static final int MAX_PAGE = 500;

  @Inject GroupAccess access;
  @Inject GroupLedger ledger;
  @Inject AfterCommit afterCommit;
  @Inject LiveDelivery live;
  @Inject DeliveryMetrics metrics;
  @Inject HearthSettings settings;
  @Inject Instance<SendGate> gates;

  @Inject Transactions transactions;

  Clock clock = Clock.systemUTC();

  /** Stores a PrivateMessage of the group's current epoch from one of its members. */
  public Accepted send(KeyThumbprint caller, GroupId id, byte[] bytes) {
    return transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          if (bytes.length > settings.maxMessageBytes()) {
            throw new ApiException(
                ProblemType.BODY_TOO_LARGE,
                "A message may be at most "
                    + settings.maxMessageBytes()
                    + " bytes on this instance.");
          }
          MlsMessageInfo info = Wire.parse("message", bytes, settings.maxMessageBytes()).info();
          if (info.wireFormat() != WireFormat.PRIVATE_MESSAGE
              || info.contentType() != ContentType.APPLICATION) {
            throw new ApiException(
                ProblemType.MALFORMED_MLS,
                "A message must be an MLS PrivateMessage with application content; handshake messages"
                    + " go to commits or proposals.");
          }
          if (info.groupId().isEmpty()
              || !Arrays.equals(info.groupId().get().bytes(), HandshakeService.mlsGroupId(group))) {
            throw new ApiException(
                ProblemType.VALIDATION, "This MLS message belongs to another group.");
          }
          access.requireMember(group, caller);
          gates.forEach(gate -> gate.checkMayPost(id, caller));
          MlsGroupEntity state =
              ledger
                  .lock(group.id())
                  .orElseThrow(
                      () ->
                          new ApiException(
                              ProblemType.NOT_STARTED,
                              "A facilitator has not started this group's conversation yet."));
          long epoch = info.epoch().orElse(-1);
          if (epoch != state.epoch) {
            metrics.staleEpoch();
            throw ApiException.staleEpoch(epoch, state.epoch);
          }
          // Stored to the minute: the chat shows no finer, and a finer time says more about a
          // person.
          long now = Coarsening.MINUTE.floor(clock.instant().getEpochSecond());
          MessageEntity stored =
              ledger.append(
                  state,
                  MessageKind.APPLICATION,
                  epoch,
                  now,
                  HandshakeService.expiry(group, now),
                  caller.value(),
                  bytes);
          DeliveredMessage view = MessageViews.of(stored);
          afterCommit.run(
              () -> {
                metrics.messageAccepted();
                live.publish(group.id(), view);
              });
          return new Accepted(stored.seq, epoch);
        });
  }

  /** Messages after {@code after}, for members. */
  public MessagePage page(KeyThumbprint caller, GroupId id, long after, Integer limit) {
    GroupDescriptor group = access.group(id);
    access.requireMember(group, caller);
    int size = limit == null ? DEFAULT_PAGE : limit;
    if (size < 1 || size > MAX_PAGE || after < 0) {
      throw new ApiException(
          ProblemType.BAD_REQUEST,
          "Ask for 1 to " + MAX_PAGE + " messages after a sequence number of 0 or more.");
    }
    MlsGroupEntity state = started(group);
    List<DeliveredMessage> messages =
        ledger.after(group.id(), after, size).stream().map(MessageViews::of).toList();
    return new MessagePage(messages, state.lastSeq);
  }

  /** The sender of an application message drops its ciphertext; clients hide it. */
  public void delete(KeyThumbprint caller, GroupId id, long seq) {
    transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          MessageEntity message =
              ledger
                  .message(group.id(), seq)
                  .orElseThrow(
                      () -> new ApiException(ProblemType.NOT_FOUND, "There is no such message."));
          if (message.kind != MessageKind.APPLICATION || !caller.value().equals(message.author)) {
            throw new ApiException(
                ProblemType.FORBIDDEN, "Only the sender of a message may delete it.");
          }
          message.data = null;
          message.deleted = true;
          message.author = null;
        });
  }

  /** The group's current epoch: for members, and for anyone signed in when the group is open. */
  public GroupState state(KeyThumbprint caller, GroupId id) {
    GroupDescriptor group = access.group(id);
    if (group.joinPolicy() != JoinPolicy.OPEN) {
      access.requireMember(group, caller);
    }
    return GroupStateView.of(started(group));
  }

  private MlsGroupEntity started(GroupDescriptor group) {
    return ledger
        .current(group.id())
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemType.NOT_STARTED,
                    "A facilitator has not started this group's conversation yet."));
  }
}
