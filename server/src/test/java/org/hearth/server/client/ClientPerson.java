package org.hearth.server.client;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.CreateGroupRequest;
import org.hearth.client.api.GroupDescriptor;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.MemberStore;
import org.hearth.client.member.Memberships;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;

/**
 * One person using the Java client library against a test server: their own HTTP client, a keyring
 * (in memory here) and their memberships, with every event the library handed out.
 */
final class ClientPerson {
  final String name;
  final HearthServer hearth;
  final InstanceUrl url;
  final HearthClient client;
  final Keyring keyring = new Keyring();
  final MemberStore store;
  final Memberships memberships;
  final List<GroupEvent> events = new CopyOnWriteArrayList<>();

  ClientPerson(String name, HearthServer hearth) {
    this(
        name,
        hearth,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  ClientPerson(String name, HearthServer hearth, HttpClient http) {
    this.name = name;
    this.hearth = hearth;
    this.url = InstanceUrl.parse(hearth.baseUri().toString());
    this.client = new HearthClient(url, http, Clock.systemUTC());
    this.store = new MemberStore(keyring, url, k -> {}, Clock.systemUTC());
    this.memberships = new Memberships(client, store, events::add);
  }

  /** A group the instance's admin creates and this person starts as its facilitator. */
  GroupId startGroup(JoinPolicy policy) {
    HearthClient admin = new HearthClient(url);
    GroupDescriptor created =
        admin.createGroup(
            Admins.key(hearth),
            CreateGroupRequest.of("Client test " + name, "d", "en", policy, "Be kind."));
    GroupId group = created.id();
    admin.delivery(group, Admins.key(hearth)).grantFacilitator(key(group));
    memberships.start(group, name);
    return group;
  }

  KeyThumbprint key(GroupId group) {
    return store.key(group).publicKey().thumbprint();
  }

  GroupMember member(GroupId group) {
    return memberships.open(group);
  }

  Accepted post(GroupId group, String title, String body) {
    GroupMember member = member(group);
    return member.send(new Post(MessageId.random(), member.displayName(), null, title, body, null));
  }

  /** The bodies of the posts this person received, in order. */
  List<String> bodies() {
    return events.stream()
        .filter(e -> e instanceof GroupEvent.Message)
        .map(e -> ((GroupEvent.Message) e).content())
        .filter(c -> c instanceof Post)
        .map(c -> ((Post) c).body())
        .toList();
  }

  /** The sequence numbers of the posts this person received, in order. */
  List<Long> postSeqs() {
    return events.stream()
        .filter(e -> e instanceof GroupEvent.Message)
        .map(GroupEvent::seq)
        .toList();
  }
}
