package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bouncycastle.mls.GroupKeySet;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

class BcMlsSenderKeysTest {
  @Test
  void theSenderKeepsNoKeyOfMessagesItSent() throws Exception {
    BcMlsGroup alice = BcMlsJoins.create(new byte[] {1, 2, 3}, Ed25519KeyPair.generate());
    for (int i = 0; i < 5; i++) {
      alice.protect(new byte[] {(byte) i}, 0);
    }
    GroupKeySet keys = (GroupKeySet) Reflect.get(alice.group(), "keys");
    GroupKeySet.HashRatchet ratchet = keys.applicationRatchet(alice.group().getIndex());
    assertTrue(((Map<?, ?>) Reflect.get(ratchet, "cache")).isEmpty());
    assertEquals(5, Reflect.get(ratchet, "nextGeneration"));
  }
}
