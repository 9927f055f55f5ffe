package org.hearth.bench.hearth;

import java.util.ArrayList;
import java.util.List;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.CreateGroupRequest;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.MemberStore;
import org.hearth.client.member.Memberships;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.protocol.delivery.PendingJoin;

/**
 * Sets up MLS groups through the delivery API as people would, with the Java client: a member
 * creates the group (the benchmarked instance lets members create groups) and starts it as
 * facilitator, the others ask to join with KeyPackages, the facilitator accepts them in one commit,
 * each joins from its Welcome. Keyrings stay in memory.
 *
 * <p>Thread-safe: each group is set up with its own clients.
 */
final class MlsGroups {
  private final InstanceUrl url;

  MlsGroups(InstanceUrl url) {
    this.url = url;
  }

  /** Group {@code number} with {@code size} members; thread-safe across different groups. */
  List<GroupMember> group(int number, int size) {
    List<Memberships> people = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      HearthClient client = new HearthClient(url);
      people.add(new Memberships(client, MemberStore.inMemory(url), event -> {}));
    }
    Memberships first = people.get(0);
    Ed25519KeyPair creator = Ed25519KeyPair.generate();
    HearthClient creatorClient = new HearthClient(url);
    GroupId group =
        creatorClient
            .createGroup(
                creator,
                new CreateGroupRequest(
                    "Bench " + number,
                    "A group made by the benchmark.",
                    List.of("bench"),
                    "en",
                    Math.max(size, 2),
                    JoinPolicy.APPROVAL,
                    null,
                    "For benchmarks only.",
                    Boolean.FALSE,
                    1,
                    List.of()))
            .id();
    creatorClient.delivery(group, creator).grantFacilitator(first.delivery(group).member());
    List<GroupMember> members = new ArrayList<>();
    members.add(first.start(group, "member " + number + ".0"));
    for (int i = 1; i < size; i++) {
      people.get(i).requestJoin(group, "member " + number + "." + i, null);
    }
    List<PendingJoin> requests = members.get(0).delivery().joinRequests();
    if (requests.size() != size - 1) {
      throw new IllegalStateException(
          "group " + number + " shows " + requests.size() + " join requests, not " + (size - 1));
    }
    members.get(0).accept(requests);
    for (int i = 1; i < size; i++) {
      Memberships.JoinProgress joined = people.get(i).finishJoin(group);
      if (joined.status() != Memberships.JoinStatus.JOINED) {
        throw new IllegalStateException("a member could not join: " + joined.status());
      }
      members.add(joined.member());
    }
    members.forEach(GroupMember::sync);
    return members;
  }
}
