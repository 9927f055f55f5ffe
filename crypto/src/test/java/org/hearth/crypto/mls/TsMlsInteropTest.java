package org.hearth.crypto.mls;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hearth.crypto.mls.TsMlsPeer.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

/**
 * Hearth's Java members and ts-mls members (the browser client's library) in one group, led by each
 * side in turn; the delivery service's public view follows every commit from both sides.
 */
class TsMlsInteropTest {
  private PublicGroup view;

  private void follow(byte[] commit, byte[] groupInfo) {
    view = view.applyCommit(MlsMessageIn.parse(commit)).value().finalise(groupInfo);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, UTF_8);
  }

  private static void assertTsReads(TsMlsPeer ts, String name, byte[] message, String expected)
      throws IOException {
    assertEquals(expected, text(bytes(ts.call("process", name, "message", message), "plaintext")));
  }

  @Test
  void javaLeadsTsJoinsAddsLeavesAndIsRemoved() throws Exception {
    try (TsMlsPeer ts = new TsMlsPeer()) {
      MlsMember alice = MlsMember.create(GroupId.random(), Ed25519KeyPair.generate());
      view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());

      // Java adds ts member Bob.
      byte[] bobKp = bytes(ts.call("keyPackage", "bob"), "keyPackage");
      PendingCommit addBob = alice.add(List.of(bobKp));
      follow(addBob.commit(), addBob.groupInfo());
      alice.merge(addBob);
      ts.call("join", "bob", "welcome", addBob.welcome().orElseThrow());
      assertTsReads(ts, "bob", alice.protect("hi bob".getBytes(UTF_8)), "hi bob");
      byte[] fromBob =
          bytes(ts.call("protect", "bob", "plaintext", "hi alice".getBytes(UTF_8)), "message");
      assertEquals("hi alice", text(alice.unprotect(fromBob).plaintext()));

      // ts Bob adds Java Carol.
      Ed25519KeyPair carolKey = Ed25519KeyPair.generate();
      KeyPackageBundle carolBundle = KeyPackageBundle.create(carolKey, Duration.ofDays(1));
      JsonObject addCarol =
          ts.call("add", "bob", "keyPackages", new byte[][] {carolBundle.keyPackage()});
      follow(bytes(addCarol, "commit"), bytes(addCarol, "groupInfo"));
      assertEquals(Handled.EPOCH_ADVANCED, alice.handle(bytes(addCarol, "commit")));
      MlsMember carol = MlsMember.join(bytes(addCarol, "welcome"), carolKey, carolBundle);
      assertEquals(alice.epoch(), carol.epoch());

      // ts Dave joins by external commit from Java's GroupInfo.
      JsonObject daveJoin = ts.call("externalJoin", "dave", "groupInfo", carol.groupInfo());
      follow(bytes(daveJoin, "commit"), bytes(daveJoin, "groupInfo"));
      alice.handle(bytes(daveJoin, "commit"));
      carol.handle(bytes(daveJoin, "commit"));
      ts.call("process", "bob", "message", bytes(daveJoin, "commit"));
      assertEquals(
          "welcome dave",
          text(
              bytes(
                  ts.call(
                      "process", "dave", "message", carol.protect("welcome dave".getBytes(UTF_8))),
                  "plaintext")));

      // Java Carol leaves; ts Bob commits her proposal.
      byte[] leave = carol.proposeLeave();
      view = view.acceptProposal(MlsMessageIn.parse(leave)).value();
      alice.handle(leave);
      ts.call("process", "bob", "message", leave);
      ts.call("process", "dave", "message", leave);
      JsonObject commitLeave = ts.call("commitPending", "bob");
      byte[] leaveCommit = bytes(commitLeave, "commit");
      follow(leaveCommit, bytes(commitLeave, "groupInfo"));
      assertEquals(Handled.EPOCH_ADVANCED, alice.handle(leaveCommit));
      assertEquals(Handled.REMOVED, carol.handle(leaveCommit));
      ts.call("process", "dave", "message", leaveCommit);

      // Java Alice removes ts Dave.
      int daveLeaf = ts.call("state", "dave").getInt("leaf");
      PendingCommit removeDave = alice.remove(List.of(new LeafIndex(daveLeaf)));
      follow(removeDave.commit(), removeDave.groupInfo());
      alice.merge(removeDave);
      ts.call("process", "bob", "message", removeDave.commit());
      assertTrue(ts.call("process", "dave", "message", removeDave.commit()).getBoolean("removed"));

      byte[] last = alice.protect("just us".getBytes(UTF_8));
      assertTsReads(ts, "bob", last, "just us");
      assertThrows(MlsException.class, () -> carol.unprotect(last));
      assertThrows(IOException.class, () -> ts.call("process", "dave", "message", last));
      assertEquals(alice.members(), view.members());
    }
  }

  @Test
  void tsLeadsJavaJoinsAddsLeavesAndIsRemoved() throws Exception {
    try (TsMlsPeer ts = new TsMlsPeer()) {
      byte[] groupId = GroupId.random().bytes();
      view =
          PublicGroup.fromFirstGroupInfo(
              bytes(ts.call("create", "anna", "groupId", groupId), "groupInfo"));

      // ts Anna adds Java Ben.
      Ed25519KeyPair benKey = Ed25519KeyPair.generate();
      KeyPackageBundle benBundle = KeyPackageBundle.create(benKey, Duration.ofDays(1));
      JsonObject addBen =
          ts.call("add", "anna", "keyPackages", new byte[][] {benBundle.keyPackage()});
      follow(bytes(addBen, "commit"), bytes(addBen, "groupInfo"));
      MlsMember ben = MlsMember.join(bytes(addBen, "welcome"), benKey, benBundle);
      assertTsReads(ts, "anna", ben.protect("hello anna".getBytes(UTF_8)), "hello anna");
      byte[] fromAnna =
          bytes(ts.call("protect", "anna", "plaintext", "hello ben".getBytes(UTF_8)), "message");
      assertEquals("hello ben", text(ben.unprotect(fromAnna).plaintext()));

      // Java Ben adds ts Cleo.
      byte[] cleoKp = bytes(ts.call("keyPackage", "cleo"), "keyPackage");
      PendingCommit addCleo = ben.add(List.of(cleoKp));
      follow(addCleo.commit(), addCleo.groupInfo());
      ben.merge(addCleo);
      ts.call("process", "anna", "message", addCleo.commit());
      ts.call("join", "cleo", "welcome", addCleo.welcome().orElseThrow());

      // Java Dina joins by external commit from ts Anna's GroupInfo (length-prefixed external_pub).
      JsonObject annaInfo = ts.call("commitPending", "anna");
      follow(bytes(annaInfo, "commit"), bytes(annaInfo, "groupInfo"));
      ben.handle(bytes(annaInfo, "commit"));
      ts.call("process", "cleo", "message", bytes(annaInfo, "commit"));
      MlsMember.ExternalJoin dinaJoin =
          MlsMember.externalJoin(bytes(annaInfo, "groupInfo"), Ed25519KeyPair.generate());
      follow(dinaJoin.commit(), dinaJoin.groupInfo());
      MlsMember dina = dinaJoin.member();
      ben.handle(dinaJoin.commit());
      ts.call("process", "anna", "message", dinaJoin.commit());
      ts.call("process", "cleo", "message", dinaJoin.commit());
      assertTsReads(ts, "cleo", dina.protect("hi from dina".getBytes(UTF_8)), "hi from dina");

      // ts Cleo leaves; Java Ben commits her proposal.
      byte[] leave = bytes(ts.call("proposeLeave", "cleo"), "proposal");
      view = view.acceptProposal(MlsMessageIn.parse(leave)).value();
      ben.handle(leave);
      dina.handle(leave);
      ts.call("process", "anna", "message", leave);
      PendingCommit commitLeave = ben.commitPending();
      follow(commitLeave.commit(), commitLeave.groupInfo());
      ben.merge(commitLeave);
      dina.handle(commitLeave.commit());
      ts.call("process", "anna", "message", commitLeave.commit());
      assertTrue(ts.call("process", "cleo", "message", commitLeave.commit()).getBoolean("removed"));

      // ts Anna removes Java Dina.
      JsonObject removeDina = ts.call("remove", "anna", "leaf", dina.ownLeaf().value());
      follow(bytes(removeDina, "commit"), bytes(removeDina, "groupInfo"));
      assertEquals(Handled.REMOVED, dina.handle(bytes(removeDina, "commit")));
      assertEquals(Handled.EPOCH_ADVANCED, ben.handle(bytes(removeDina, "commit")));

      byte[] last =
          bytes(ts.call("protect", "anna", "plaintext", "two of us".getBytes(UTF_8)), "message");
      assertEquals("two of us", text(ben.unprotect(last).plaintext()));
      assertThrows(MlsException.class, () -> dina.unprotect(last));
      assertThrows(IOException.class, () -> ts.call("process", "cleo", "message", last));
      assertFalse(view.members().isEmpty());
      assertEquals(ben.members(), view.members());
    }
  }
}
