package org.hearth.crypto.mls;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;

/**
 * Fuzzes the delivery service's untrusted-input parsers: whatever the bytes, they either parse or
 * are refused with an {@link MlsException}; any other throwable, or a hang, is a finding.
 */
class MlsMessageFuzzTest {
  private static final FuzzFixtures FIXTURES = new FuzzFixtures();

  @FuzzTest(maxDuration = "20s")
  void parsersRefuseBadInputCleanly(FuzzedDataProvider data) {
    byte[] input =
        data.consumeBoolean()
            ? data.consumeRemainingAsBytes()
            : FuzzFixtures.mutate(data, FIXTURES.messages);
    try {
      MlsMessageInfo info = MlsMessageIn.parse(input).info();
      if (info.wireFormat() == WireFormat.KEY_PACKAGE) {
        KeyPackageIn.of(input).validate(Instant.now());
      } else if (info.wireFormat() == WireFormat.GROUP_INFO) {
        GroupInfoIn.of(input).validate();
      }
    } catch (MlsException expected) {
      // refused cleanly
    }
  }
}
