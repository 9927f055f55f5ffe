package org.hearth.client.member;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hearth.client.GroupId;
import org.hearth.client.api.HearthClient;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.testing.FakeHearth;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.delivery.Accepted;

/**
 * One person in a test: a keyring in memory (its saves can be observed or made to fail), the
 * memberships over it and the events they handed out.
 */
final class Person {
  final String name;
  final Keyring keyring;
  final List<GroupEvent> events = new CopyOnWriteArrayList<>();
  final HearthClient client;
  volatile Consumer<Keyring> onSave = k -> {};
  final MemberStore store;
  final Memberships memberships;

  Person(String name, FakeHearth hearth) {
    this(name, hearth, new Keyring());
  }

  private Person(String name, FakeHearth hearth, Keyring keyring) {
    this.name = name;
    this.keyring = keyring;
    this.client = new HearthClient(hearth.url());
    this.store = new MemberStore(keyring, hearth.url(), k -> onSave.accept(k), Clock.systemUTC());
    this.memberships = new Memberships(client, store, events::add);
  }

  /**
   * The program started again on the keyring as last saved (each save here changes the keyring
   * first and then runs {@link #onSave}, so a save that throws is a crash after a durable write).
   */
  Person restarted(FakeHearth hearth) {
    return new Person(name, hearth, keyring);
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

  /** The bodies of the posts received so far, in order. */
  List<String> bodies() {
    return events.stream()
        .filter(e -> e instanceof GroupEvent.Message)
        .map(e -> ((GroupEvent.Message) e).content())
        .filter(c -> c instanceof Post)
        .map(c -> ((Post) c).body())
        .toList();
  }

  /** An open group that {@code facilitator} started and the others joined by external commit. */
  static GroupId openGroup(FakeHearth hearth, Person facilitator, Person... others) {
    GroupId group = hearth.createGroup(org.hearth.client.api.JoinPolicy.OPEN);
    hearth.group(group).facilitate(facilitator.key(group));
    facilitator.memberships.start(group, facilitator.name);
    for (Person other : others) {
      other.memberships.joinOpen(group, other.name);
    }
    return group;
  }

  /** A follow status listener that ignores everything. */
  static final org.hearth.client.api.Following.Listener QUIET = message -> {};

  static Content reply(GroupMember member, MessageId thread, String body) {
    return new Post(MessageId.random(), member.displayName(), thread, null, body, null);
  }
}
