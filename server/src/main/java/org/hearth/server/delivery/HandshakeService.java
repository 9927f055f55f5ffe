package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.ContentType;
import org.hearth.crypto.mls.GroupInfoIn;
import org.hearth.crypto.mls.LeafIndex;
import org.hearth.crypto.mls.Member;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.crypto.mls.MlsMessageInfo;
import org.hearth.crypto.mls.PendingEpoch;
import org.hearth.crypto.mls.PublicGroup;
import org.hearth.crypto.mls.VerifiedGroupInfo;
import org.hearth.crypto.mls.WireFormat;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.platform.Transactions;
import org.hearth.server.privacy.Coarsening;

/**
 * Orders a group's handshake: starting its MLS state, proposals and commits. Every commit is
 * verified against the server's public view of the current epoch, must come from the signed-in
 * key's own leaf, is checked against the group's policy with that verified sender, and is accepted
 * only with a GroupInfo that matches the epoch it makes — all while the group's row is locked, so
 * exactly one commit per epoch wins.
 */
@ApplicationScoped
public class HandshakeService {
  /** The largest handshake message or GroupInfo read. */
  static final int MAX_HANDSHAKE_BYTES = 512 * 1024;

  /** How long a Welcome waits for its member. */
  static final Duration WELCOME_KEEP = Duration.ofDays(7);

  @Inject GroupAccess access;
  @Inject CommitPolicy policy;
  @Inject GroupLedger ledger;
  @Inject PublicViews views;
  @Inject JoinLedger joins;
  @Inject JoinThrottle throttle;
  @Inject AfterCommit afterCommit;
  @Inject LiveDelivery live;
  @Inject DeliveryMetrics metrics;

  @Inject Transactions transactions;

  Clock clock = Clock.systemUTC();

  /** The MLS group id of a Hearth group: the UTF-8 of its id. */
  static byte[] mlsGroupId(GroupDescriptor group) {
    return group.id().getBytes(StandardCharsets.UTF_8);
  }

  /** Starts the group's MLS state from the facilitator's epoch-0 GroupInfo. */
  public GroupState start(KeyThumbprint caller, GroupId id, byte[] groupInfo) {
    return transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          if (!access.facilitates(group, caller)) {
            throw new ApiException(
                ProblemType.FORBIDDEN, "Only a facilitator of the group starts its conversation.");
          }
          VerifiedGroupInfo verified;
          try {
            verified = GroupInfoIn.of(groupInfo).validate();
          } catch (MlsException e) {
            throw KeyProofs.invalid("groupInfo", "is not a valid GroupInfo: " + e.getMessage());
          }
          if (!java.util.Arrays.equals(verified.groupId().bytes(), mlsGroupId(group))) {
            throw KeyProofs.invalid("groupInfo", "must be for MLS group id \"" + group.id() + "\"");
          }
          if (verified.epoch() != 0) {
            throw KeyProofs.invalid("groupInfo", "must be of epoch 0");
          }
          List<Member> members = verified.members();
          if (members.size() != 1
              || !members.get(0).identityMatchesKey()
              || !members.get(0).identity().equals(caller.value())) {
            throw KeyProofs.invalid(
                "groupInfo",
                "must have exactly one member: the signed-in key, as its own identity");
          }
          if (ledger.lock(group.id()).isPresent()) {
            throw new ApiException(
                ProblemType.CONFLICT, "This group's conversation has started already.");
          }
          PublicGroup view = PublicGroup.fromFirstGroupInfo(groupInfo);
          MlsGroupEntity state = new MlsGroupEntity(group.id(), 0, groupInfo, 1);
          ledger.start(
              state,
              new GroupEpochEntity(group.id(), 0, groupInfo, Long.MAX_VALUE),
              caller.value());
          afterCommit.run(() -> views.remember(group.id(), 0, 0, view));
          return GroupStateView.of(state);
        });
  }

  /** Stores a standalone proposal of the current epoch: leaving (Remove of one's own leaf). */
  public Accepted propose(KeyThumbprint caller, GroupId id, byte[] bytes) {
    return transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          MlsMessageIn proposal = Wire.parse("proposal", bytes, MAX_HANDSHAKE_BYTES);
          MlsMessageInfo info = proposal.info();
          if (info.wireFormat() != WireFormat.PUBLIC_MESSAGE
              || info.contentType() != ContentType.PROPOSAL) {
            throw new ApiException(
                ProblemType.MALFORMED_MLS, "A proposal must be an MLS PublicMessage proposal.");
          }
          MlsGroupEntity state = lockStarted(group);
          requireCurrentEpoch(info, state, group);
          PublicGroup view = views.of(state);
          PublicGroup.Verified<PublicGroup> verified = verify(() -> view.acceptProposal(proposal));
          Member sender = requireOwnLeaf(view, verified.sender(), caller);
          if (!info.addedKeyPackages().isEmpty()) {
            throw new ApiException(
                ProblemType.FORBIDDEN,
                "Members are added by a facilitator's commit, not by proposal.");
          }
          for (LeafIndex removed : info.removedLeaves()) {
            if (!removed.equals(sender.leaf())) {
              throw new ApiException(
                  ProblemType.FORBIDDEN,
                  "A proposal may only remove its sender (leaving); facilitators remove others by"
                      + " commit.");
            }
          }
          // Stored to the minute: the chat shows no finer, and a finer time says more about a
          // person.
          long now = Coarsening.MINUTE.floor(clock.instant().getEpochSecond());
          MessageEntity stored =
              ledger.append(
                  state,
                  MessageKind.PROPOSAL,
                  state.epoch,
                  now,
                  expiry(group, now),
                  caller.value(),
                  bytes);
          int proposals = ledger.proposals(group.id(), state.epoch).size();
          long epoch = state.epoch;
          afterCommit.run(
              () -> {
                views.remember(group.id(), epoch, proposals, verified.value());
                live.publish(group.id(), MessageViews.of(stored));
              });
          return new Accepted(stored.seq, state.epoch);
        });
  }

  /** Accepts a commit of the current epoch with the GroupInfo of the epoch it makes. */
  public Accepted commit(
      KeyThumbprint caller, GroupId id, byte[] commitBytes, byte[] groupInfo, byte[] welcome) {
    return transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          MlsMessageIn commit = Wire.parse("commit", commitBytes, MAX_HANDSHAKE_BYTES);
          MlsMessageInfo info = commit.info();
          if (info.wireFormat() != WireFormat.PUBLIC_MESSAGE
              || info.contentType() != ContentType.COMMIT) {
            throw new ApiException(
                ProblemType.MALFORMED_MLS, "A commit must be an MLS PublicMessage commit.");
          }
          if (welcome != null
              && Wire.parse("welcome", welcome, MAX_HANDSHAKE_BYTES).info().wireFormat()
                  != WireFormat.WELCOME) {
            throw new ApiException(ProblemType.MALFORMED_MLS, "The welcome is not an MLS Welcome.");
          }
          MlsGroupEntity state = lockStarted(group);
          requireCurrentEpoch(info, state, group);
          PublicGroup view = views.of(state);
          PublicGroup.Verified<PendingEpoch> verified = verify(() -> view.applyCommit(commit));
          boolean external = verified.sender() == null;
          if (!external) {
            requireOwnLeaf(view, verified.sender(), caller);
          }
          PublicGroup next;
          try {
            next = verified.value().finalise(groupInfo);
          } catch (MlsException e) {
            throw new ApiException(
                ProblemType.GROUP_INFO_MISMATCH,
                "The GroupInfo is not the one this commit makes: " + e.getMessage());
          }
          CommitPolicy.Change change = CommitPolicy.Change.between(view.members(), next.members());
          policy.check(group, caller, external, change, view, next, state.epoch);
          if (change.added().stream().anyMatch(key -> !(external && key.equals(caller.value())))
              && welcome == null) {
            throw KeyProofs.invalid("welcome", "is required when a commit adds members");
          }
          if (external) {
            throttle.acquire(group);
          }
          // Stored to the minute: the chat shows no finer, and a finer time says more about a
          // person.
          long now = Coarsening.MINUTE.floor(clock.instant().getEpochSecond());
          long closedEpoch = state.epoch;
          ledger.advance(state, groupInfo, next.members().size(), expiry(group, now));
          MessageEntity stored =
              ledger.append(
                  state,
                  MessageKind.COMMIT,
                  closedEpoch,
                  now,
                  expiry(group, now),
                  caller.value(),
                  commitBytes);
          ledger.replaceMembers(group.id(), change.after());
          for (String added : change.added()) {
            if (external && added.equals(caller.value())) {
              continue;
            }
            joins.welcome(
                new WelcomeEntity(
                    group.id(),
                    added,
                    welcome,
                    stored.seq,
                    state.epoch,
                    now + WELCOME_KEEP.toSeconds()));
          }
          joins.forgetAll(group.id(), change.removed());
          joins.requestsAnswered(group.id(), change.added());
          long epoch = state.epoch;
          afterCommit.run(
              () -> {
                metrics.commitAccepted();
                views.remember(group.id(), epoch, 0, next);
                live.publish(group.id(), MessageViews.of(stored));
              });
          return new Accepted(stored.seq, epoch);
        });
  }

  private MlsGroupEntity lockStarted(GroupDescriptor group) {
    return ledger
        .lock(group.id())
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemType.NOT_STARTED,
                    "A facilitator has not started this group's conversation yet."));
  }

  private void requireCurrentEpoch(
      MlsMessageInfo info, MlsGroupEntity state, GroupDescriptor group) {
    if (info.groupId().isEmpty()
        || !java.util.Arrays.equals(info.groupId().get().bytes(), mlsGroupId(group))) {
      throw new ApiException(ProblemType.VALIDATION, "This MLS message belongs to another group.");
    }
    long epoch = info.epoch().orElse(-1);
    if (epoch != state.epoch) {
      metrics.staleEpoch();
      throw ApiException.staleEpoch(epoch, state.epoch);
    }
  }

  private static Member requireOwnLeaf(PublicGroup view, LeafIndex leaf, KeyThumbprint caller) {
    for (Member member : view.members()) {
      if (member.leaf().equals(leaf)) {
        if (!member.signatureKey().thumbprint().equals(caller)) {
          throw new ApiException(
              ProblemType.FORBIDDEN,
              "This message is signed by another member's leaf than the signed-in key's.");
        }
        return member;
      }
    }
    throw new ApiException(ProblemType.FORBIDDEN, "The sender is not a member of the group.");
  }

  private static <T> T verify(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (MlsException e) {
      throw new ApiException(
          ProblemType.VALIDATION,
          "This does not verify against the group's current epoch: " + e.getMessage());
    }
  }

  static long expiry(GroupDescriptor group, long now) {
    return now + Duration.ofDays(group.retentionDays()).toSeconds();
  }
}
