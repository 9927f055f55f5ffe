package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.LeafIndex;
import org.hearth.crypto.mls.Member;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.crypto.mls.MlsMessageInfo;
import org.hearth.crypto.mls.PublicGroup;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.JoinPolicy;

/**
 * What a verified commit may change in a Hearth group: every member's credential identity is the
 * thumbprint of their key, one leaf per key; only facilitators add members or remove others;
 * members commit the leaving of those who proposed it; external joins only into open groups and
 * only of the signed-in key; never beyond the size cap.
 */
@ApplicationScoped
class CommitPolicy {
  @Inject GroupAccess access;
  @Inject GroupLedger ledger;

  /** Throws the problem a commit breaks, if any. */
  void check(
      GroupDescriptor group,
      KeyThumbprint caller,
      boolean external,
      Change change,
      PublicGroup before,
      PublicGroup next,
      long epoch) {
    for (Member member : next.members()) {
      if (!member.identityMatchesKey()) {
        throw new ApiException(
            ProblemType.FORBIDDEN,
            "Every member's credential identity must be the thumbprint of their signature key.");
      }
    }
    if (change.after().size() != next.members().size()) {
      throw new ApiException(ProblemType.FORBIDDEN, "A key may hold only one leaf in a group.");
    }
    boolean facilitator = access.facilitates(group, caller);
    Set<String> added = new HashSet<>(change.added());
    if (external) {
      if (group.joinPolicy() != JoinPolicy.OPEN) {
        throw new ApiException(
            ProblemType.FORBIDDEN,
            "Only open groups take external joins; ask to join instead (POST join-requests).");
      }
      if (!added.remove(caller.value())) {
        throw new ApiException(
            ProblemType.FORBIDDEN, "An external commit must add the signed-in key itself.");
      }
    }
    if (!added.isEmpty() && !facilitator) {
      throw new ApiException(ProblemType.FORBIDDEN, "Only the group's facilitators add members.");
    }
    if (!change.removed().isEmpty() && !facilitator) {
      Set<String> leaving = leavingMembers(group, epoch, before);
      for (String removed : change.removed()) {
        if (!leaving.contains(removed)) {
          throw new ApiException(
              ProblemType.FORBIDDEN,
              "Only the group's facilitators remove others; members commit only the leaving of"
                  + " those who proposed it.");
        }
      }
    }
    if (!change.added().isEmpty() && change.after().size() > group.sizeCap()) {
      throw new ApiException(
          ProblemType.GROUP_FULL,
          "The group is full: it has room for " + group.sizeCap() + " members.");
    }
  }

  /**
   * Members who proposed their own removal in this epoch, read from the proposals' public framing
   * (sender leaf and removed leaf), so it holds even after the leaver deleted their data.
   */
  private Set<String> leavingMembers(GroupDescriptor group, long epoch, PublicGroup view) {
    Set<LeafIndex> leaves = new HashSet<>();
    for (MessageEntity proposal : ledger.proposals(group.id(), epoch)) {
      MlsMessageInfo info = MlsMessageIn.parse(proposal.data).info();
      info.sender().filter(sender -> info.removedLeaves().contains(sender)).ifPresent(leaves::add);
    }
    Set<String> leaving = new HashSet<>();
    for (Member member : view.members()) {
      if (leaves.contains(member.leaf())) {
        leaving.add(member.identity());
      }
    }
    return leaving;
  }

  /** Who a commit added and removed, by thumbprint. */
  record Change(Set<String> after, Set<String> added, Set<String> removed) {
    static Change between(List<Member> before, List<Member> after) {
      Set<String> was = new LinkedHashSet<>();
      before.forEach(m -> was.add(m.identity()));
      Set<String> is = new LinkedHashSet<>();
      after.forEach(m -> is.add(m.identity()));
      Set<String> added = new LinkedHashSet<>(is);
      added.removeAll(was);
      Set<String> removed = new LinkedHashSet<>(was);
      removed.removeAll(is);
      return new Change(is, added, removed);
    }
  }
}
