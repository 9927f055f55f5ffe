package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.crypto.mls.PublicGroup;

/**
 * The delivery service's public view of each started group's current epoch (crypto {@link
 * PublicGroup}), with the epoch's proposals applied. Rebuilt from the epoch's stored GroupInfo
 * (which the server accepted only because it matched what it derived) and proposals whenever the
 * cached one is not of the stored epoch, so several nodes sharing a database stay correct.
 *
 * <p>Thread-safe; callers hold the group's row lock while they use a view to change the group.
 */
@ApplicationScoped
class PublicViews {
  /** A view and how much of the stored state it covers. */
  record Cached(long epoch, int proposals, PublicGroup view) {}

  private final Map<String, Cached> views = new ConcurrentHashMap<>();

  @Inject GroupLedger ledger;

  /** The view of the group's current epoch with all its proposals. */
  PublicGroup of(MlsGroupEntity group) {
    List<MessageEntity> proposals = ledger.proposals(group.groupId, group.epoch);
    Cached cached = views.get(group.groupId);
    if (cached != null && cached.epoch() == group.epoch && cached.proposals() == proposals.size()) {
      return cached.view();
    }
    PublicGroup view = PublicGroup.fromFirstGroupInfo(group.groupInfo);
    for (MessageEntity proposal : proposals) {
      view = view.acceptProposal(MlsMessageIn.parse(proposal.data)).value();
    }
    views.put(group.groupId, new Cached(group.epoch, proposals.size(), view));
    return view;
  }

  /** Remembers the view a write produced; call only once the write has committed. */
  void remember(String groupId, long epoch, int proposals, PublicGroup view) {
    views.put(groupId, new Cached(epoch, proposals, view));
  }

  void forget(String groupId) {
    views.remove(groupId);
  }
}
