package org.hearth.server.browser;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.CreateGroupRequest;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.MemberStore;
import org.hearth.client.member.Memberships;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;

/**
 * A person using the Java client library (its {@link GroupMember}, keyring in memory) next to
 * browser members, with every event the library handed out.
 */
final class LibraryMember {
  final GroupId group;
  final List<GroupEvent> events = new CopyOnWriteArrayList<>();
  private final Memberships memberships;
  private final MemberStore store;

  private LibraryMember(HearthServer hearth, GroupId group) {
    this.group = group;
    InstanceUrl url = InstanceUrl.parse(hearth.baseUri().toString());
    HearthClient client =
        new HearthClient(
            url,
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(),
            Clock.systemUTC());
    this.store = new MemberStore(new Keyring(), url, k -> {}, Clock.systemUTC());
    this.memberships = new Memberships(client, store, events::add);
  }

  /** An open group the instance's admin creates, started by this person as its facilitator. */
  static LibraryMember facilitatorOfNewOpenGroup(HearthServer hearth, String displayName) {
    HearthClient admin = new HearthClient(InstanceUrl.parse(hearth.baseUri().toString()));
    GroupId group =
        admin
            .createGroup(
                Admins.key(hearth),
                CreateGroupRequest.of(
                    "Evening circle", "A calm space.", "en", JoinPolicy.OPEN, "Be kind."))
            .id();
    LibraryMember person = new LibraryMember(hearth, group);
    admin.delivery(group, Admins.key(hearth)).grantFacilitator(person.key());
    person.memberships.start(group, displayName);
    return person;
  }

  /** A new member of the open group, joined by external commit. */
  static LibraryMember joinOpen(HearthServer hearth, GroupId group, String displayName) {
    LibraryMember person = new LibraryMember(hearth, group);
    person.memberships.joinOpen(group, displayName);
    return person;
  }

  KeyThumbprint key() {
    return store.key(group).publicKey().thumbprint();
  }

  GroupMember member() {
    return memberships.open(group);
  }

  /** Reads everything new, then returns this person's private-reply events so far. */
  List<GroupEvent.PrivateReplyReceived> syncAndReplies() {
    member().sync();
    return events.stream()
        .filter(GroupEvent.PrivateReplyReceived.class::isInstance)
        .map(GroupEvent.PrivateReplyReceived.class::cast)
        .toList();
  }

  /** The message with this sequence number as this person received it. */
  GroupEvent.Message messageAt(long seq) {
    return events.stream()
        .filter(e -> e instanceof GroupEvent.Message && e.seq() == seq)
        .map(GroupEvent.Message.class::cast)
        .findFirst()
        .orElseThrow();
  }
}
