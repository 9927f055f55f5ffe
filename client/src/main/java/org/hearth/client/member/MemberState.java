package org.hearth.client.member;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a member keeps about one group beside its MLS snapshot, as UTF-8 JSON in the keyring's
 * {@code state} blob (version 1): where it stands, the last sequence number it processed, its
 * display name for the group, and the ciphertexts it sent that it has not yet seen come back (a
 * sender cannot decrypt its own PrivateMessage, so it recognises them by their SHA-256).
 *
 * <p>Immutable and thread-safe.
 *
 * @param joinAfter for {@link Phase#JOINING} and {@link Phase#STARTING}: the group's latest
 *     sequence number when the join began, where to look for the join's own commit
 * @param requestId the join request's id while {@link Phase#REQUESTED}, else {@code null}
 * @param pendingProposals proposals of the current epoch received and not yet committed
 */
record MemberState(
    Phase phase,
    long lastSeen,
    String displayName,
    List<Sent> sent,
    int pendingProposals,
    long joinAfter,
    String requestId) {

  /** Where a member stands in a group. */
  enum Phase {
    /** The group's MLS state is made here and being registered with the server. */
    STARTING,
    /** A join request waits for a facilitator; the KeyPackage's private keys are kept. */
    REQUESTED,
    /** An external commit was sent; its outcome is not known yet. */
    JOINING,
    /** A member of the group. */
    MEMBER,
    /** An authentic commit removed this member; the MLS state is gone. */
    REMOVED
  }

  /**
   * A ciphertext this member sent in {@code epoch}.
   *
   * @param hash base64url SHA-256 of the MLSMessage
   */
  record Sent(String hash, long epoch) {}

  /** The most sent ciphertexts remembered; older ones can no longer come back in practice. */
  static final int MAX_SENT = 256;

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final int VERSION = 1;

  MemberState {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(displayName, "displayName");
    sent = List.copyOf(sent);
  }

  static MemberState fresh(Phase phase, String displayName) {
    return new MemberState(phase, 0, displayName, List.of(), 0, 0, null);
  }

  MemberState withPhase(Phase next) {
    return new MemberState(
        next, lastSeen, displayName, sent, pendingProposals, joinAfter, requestId);
  }

  MemberState withLastSeen(long seq) {
    return new MemberState(phase, seq, displayName, sent, pendingProposals, joinAfter, requestId);
  }

  MemberState withDisplayName(String name) {
    return new MemberState(phase, lastSeen, name, sent, pendingProposals, joinAfter, requestId);
  }

  MemberState withJoinAfter(long seq) {
    return new MemberState(phase, lastSeen, displayName, sent, pendingProposals, seq, requestId);
  }

  MemberState withRequestId(String id) {
    return new MemberState(phase, lastSeen, displayName, sent, pendingProposals, joinAfter, id);
  }

  MemberState withPendingProposals(int count) {
    return new MemberState(phase, lastSeen, displayName, sent, count, joinAfter, requestId);
  }

  /** This state remembering one more sent ciphertext (the oldest go beyond {@link #MAX_SENT}). */
  MemberState withSent(Sent one) {
    List<Sent> more = new ArrayList<>(sent);
    more.add(one);
    while (more.size() > MAX_SENT) {
      more.remove(0);
    }
    return new MemberState(
        phase, lastSeen, displayName, more, pendingProposals, joinAfter, requestId);
  }

  /** This state without the sent ciphertext {@code hash}. */
  MemberState withoutSent(String hash) {
    List<Sent> fewer = sent.stream().filter(s -> !s.hash().equals(hash)).toList();
    return new MemberState(
        phase, lastSeen, displayName, fewer, pendingProposals, joinAfter, requestId);
  }

  /**
   * The state in a new epoch: proposals of the old one are void, and own messages of earlier epochs
   * can no longer come back (the server takes messages of the current epoch only, so all of them
   * come before the commit that ended it).
   */
  MemberState inEpoch(long epoch) {
    List<Sent> current = sent.stream().filter(s -> s.epoch() >= epoch).toList();
    return new MemberState(phase, lastSeen, displayName, current, 0, joinAfter, requestId);
  }

  boolean hasSent(String hash) {
    return sent.stream().anyMatch(s -> s.hash().equals(hash));
  }

  byte[] encode() {
    JsonArrayBuilder sentArray = JSON.createArrayBuilder();
    sent.forEach(
        s ->
            sentArray.add(
                JSON.createObjectBuilder().add("hash", s.hash()).add("epoch", s.epoch())));
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("version", VERSION)
            .add("phase", phase.name())
            .add("lastSeen", lastSeen)
            .add("displayName", displayName)
            .add("sent", sentArray)
            .add("pendingProposals", pendingProposals)
            .add("joinAfter", joinAfter);
    if (requestId != null) {
      o.add("requestId", requestId);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer = JSON.createWriter(out)) {
      writer.writeObject(o.build());
    }
    return out.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a version-1 state
   */
  static MemberState decode(byte[] bytes) {
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
      JsonObject o = reader.readObject();
      if (o.getInt("version") != VERSION) {
        throw new IllegalArgumentException("group state version " + o.getInt("version"));
      }
      List<Sent> sent = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("sent")) {
        JsonObject s = v.asJsonObject();
        sent.add(new Sent(s.getString("hash"), s.getJsonNumber("epoch").longValueExact()));
      }
      return new MemberState(
          Phase.valueOf(o.getString("phase")),
          o.getJsonNumber("lastSeen").longValueExact(),
          o.getString("displayName"),
          sent,
          o.getInt("pendingProposals"),
          o.getJsonNumber("joinAfter").longValueExact(),
          o.containsKey("requestId") ? o.getString("requestId") : null);
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
      throw new IllegalArgumentException("damaged group state: " + e.getMessage(), e);
    }
  }
}
