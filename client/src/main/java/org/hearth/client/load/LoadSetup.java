package org.hearth.client.load;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.CreateGroupRequest;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.Memberships;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.delivery.PendingJoin;

/**
 * Sets up G groups of M members through the delivery API as real members would: a group is created
 * (by the admin key, or by a fresh member key where the instance lets members create groups), its
 * first member starts it as facilitator, the others ask to join, the facilitator accepts them all
 * in one commit, and each finishes with the Welcome.
 *
 * <p>Not thread-safe; one setup per run.
 */
final class LoadSetup {
  private final InstanceUrl url;
  private final Ed25519KeyPair admin;
  private final LoadStats stats;
  private final DeliveryClock clock;
  private final boolean decrypt;
  private final PrintWriter progress;

  /**
   * @param admin the instance's admin key, or {@code null} to create groups as members
   * @param decrypt whether followers decrypt what they receive (else the stream's arrival counts)
   */
  LoadSetup(
      InstanceUrl url,
      Ed25519KeyPair admin,
      LoadStats stats,
      boolean decrypt,
      PrintWriter progress) {
    this.url = url;
    this.admin = admin;
    this.stats = stats;
    this.clock = new DeliveryClock(stats);
    this.decrypt = decrypt;
    this.progress = progress;
  }

  /** The groups' members, group by group; the first of each facilitates it. */
  List<List<LoadMember>> groups(int groups, int members) {
    List<List<LoadMember>> all = new ArrayList<>();
    for (int g = 1; g <= groups; g++) {
      all.add(group(g, members));
      progress.println("setup: group " + g + "/" + groups + " ready with " + members + " members");
    }
    return all;
  }

  private List<LoadMember> group(int number, int size) {
    List<LoadMember> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      members.add(
          new LoadMember(
              "member " + number + "." + i, new HearthClient(url), stats, clock, decrypt));
    }
    LoadMember facilitator = members.get(0);
    GroupId group = create(number, size, facilitator);
    facilitator.joined(facilitator.memberships.start(group, facilitator.name));
    for (LoadMember joiner : members.subList(1, size)) {
      joiner.memberships.requestJoin(group, joiner.name, null);
    }
    List<PendingJoin> requests = facilitator.member().delivery().joinRequests();
    if (requests.size() != size - 1) {
      throw new IllegalStateException(
          "group " + group + " shows " + requests.size() + " join requests, not " + (size - 1));
    }
    facilitator.member().accept(requests);
    for (LoadMember joiner : members.subList(1, size)) {
      Memberships.JoinProgress joined = joiner.memberships.finishJoin(group);
      if (joined.status() != Memberships.JoinStatus.JOINED) {
        throw new IllegalStateException(joiner.name + " could not join: " + joined.status());
      }
      joiner.joined(joined.member());
    }
    for (LoadMember member : members) {
      GroupMember m = member.member();
      m.sync();
    }
    return members;
  }

  /** Creates the group and makes the facilitator's key for it a facilitator. */
  private GroupId create(int number, int size, LoadMember facilitator) {
    HearthClient client = facilitator.client;
    Ed25519KeyPair creator = admin != null ? admin : Ed25519KeyPair.generate();
    CreateGroupRequest request =
        new CreateGroupRequest(
            "Load test " + number,
            "A group made by the load generator.",
            List.of("load-test"),
            "en",
            Math.max(size, 2),
            JoinPolicy.APPROVAL,
            null,
            "For load tests only.",
            Boolean.FALSE,
            1,
            List.of());
    GroupId group;
    try {
      group = client.createGroup(creator, request).id();
    } catch (HearthApiException e) {
      if (admin == null && e.status() == 403) {
        throw new IllegalStateException(
            "this instance lets only admins create groups: give --setup-code-file or"
                + " --admin-keyring",
            e);
      }
      throw e;
    }
    KeyThumbprint key = facilitator.memberships.delivery(group).member();
    client.delivery(group, creator).grantFacilitator(key);
    return group;
  }
}
