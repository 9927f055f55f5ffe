package org.hearth.crypto.mls;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the public group view with mutated handshakes of its own epoch: each is applied (and, for
 * a commit, finalised against a mutated GroupInfo) or refused with an {@link MlsException}.
 */
class PublicGroupFuzzTest {
  private static final FuzzFixtures FIXTURES = new FuzzFixtures();

  @FuzzTest(maxDuration = "20s")
  void theViewRefusesForgedHandshakesCleanly(FuzzedDataProvider data) {
    byte[] handshake = FuzzFixtures.mutate(data, FIXTURES.handshakes);
    byte[] groupInfo = FuzzFixtures.mutate(data, FIXTURES.messages);
    try {
      MlsMessageIn message = MlsMessageIn.parse(handshake);
      if (message.info().contentType() == ContentType.PROPOSAL) {
        FIXTURES.view.acceptProposal(message);
      } else {
        FIXTURES.view.applyCommit(message).value().finalise(groupInfo);
      }
    } catch (MlsException expected) {
      // refused cleanly
    }
  }
}
