package org.hearth.crypto.bc.mls;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.Map;
import org.bouncycastle.mls.GroupKeySet;
import org.bouncycastle.mls.KeyGeneration;
import org.bouncycastle.mls.KeyScheduleEpoch;
import org.bouncycastle.mls.codec.ContentType;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.MLSOutputStream;
import org.bouncycastle.mls.codec.PrivateMessage;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.mls.MlsException;

/**
 * Closes two gaps of bcmls 1.84's PrivateMessage sender (RFC 9420 sections 6.3.1 and 9.2):
 *
 * <ul>
 *   <li>bcmls sends an all-zero {@code reuse_guard}; RFC 9420 wants 4 fresh random bytes XORed into
 *       the nonce, so that a sender restored from a stale state copy does not repeat a (key, nonce)
 *       pair. Hearth re-seals the content under {@code nonce XOR guard} and re-encrypts the sender
 *       data with the new guard.
 *   <li>bcmls keeps every key and nonce its own member used in the epoch (about 40 bytes per
 *       message, in memory and in snapshots), against the deletion schedule of section 9.2. Hearth
 *       erases the generation right after use.
 * </ul>
 *
 * <p>The re-seal costs one extra AES-GCM open and seal of the message. Stateless; callers hold
 * {@link BcMls#LOCK}.
 */
final class BcMlsSenderKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private BcMlsSenderKeys() {}

  static MLSMessage reseal(Group group, MLSMessage sealed) throws Exception {
    MlsCipherSuite suite = group.getSuite();
    PrivateMessage message = sealed.privateMessage;
    byte[] groupId = (byte[]) Reflect.get(message, "group_id");
    long epoch = (Long) Reflect.get(message, "epoch");
    byte[] aad = (byte[]) Reflect.get(message, "authenticated_data");
    byte[] ciphertext = (byte[]) Reflect.get(message, "ciphertext");

    GroupKeySet keys = (GroupKeySet) Reflect.get(group, "keys");
    GroupKeySet.HashRatchet ratchet = keys.applicationRatchet(group.getIndex());
    @SuppressWarnings("unchecked")
    Map<Integer, KeyGeneration> cache = (Map<Integer, KeyGeneration>) Reflect.get(ratchet, "cache");
    if (cache.isEmpty()) {
      throw new MlsException("bcmls did not leave the sender's key generation where expected");
    }
    int generation = Collections.max(cache.keySet());
    KeyGeneration keyGeneration = cache.get(generation);

    MLSOutputStream contentAad = new MLSOutputStream();
    contentAad.writeOpaque(groupId);
    contentAad.write(epoch);
    contentAad.write(ContentType.APPLICATION);
    contentAad.writeOpaque(aad);
    byte[] contentAadBytes = contentAad.toByteArray();
    byte[] plaintext =
        suite.getAEAD().open(keyGeneration.key, keyGeneration.nonce, contentAadBytes, ciphertext);

    byte[] guard = new byte[4];
    RANDOM.nextBytes(guard);
    byte[] nonce = keyGeneration.nonce.clone();
    for (int i = 0; i < guard.length; i++) {
      nonce[i] ^= guard[i];
    }
    byte[] resealed = suite.getAEAD().seal(keyGeneration.key, nonce, contentAadBytes, plaintext);
    for (Integer used : cache.keySet().toArray(new Integer[0])) {
      ratchet.erase(used);
    }

    MLSOutputStream senderData = new MLSOutputStream();
    senderData.write(group.getIndex().value());
    senderData.write(generation);
    senderData.write(guard[0]);
    senderData.write(guard[1]);
    senderData.write(guard[2]);
    senderData.write(guard[3]);
    MLSOutputStream senderDataAad = new MLSOutputStream();
    senderDataAad.writeOpaque(groupId);
    senderDataAad.write(epoch);
    senderDataAad.write(ContentType.APPLICATION);
    KeyGeneration senderDataKeys =
        KeyScheduleEpoch.senderDataKeys(
            suite, group.getKeySchedule().senderDataSecret.value().clone(), resealed);
    byte[] encryptedSenderData =
        suite
            .getAEAD()
            .seal(
                senderDataKeys.key,
                senderDataKeys.nonce,
                senderDataAad.toByteArray(),
                senderData.toByteArray());

    MLSMessage out = new MLSMessage(sealed.wireFormat);
    out.version = sealed.version;
    out.privateMessage =
        new PrivateMessage(
            groupId, epoch, ContentType.APPLICATION, aad, encryptedSenderData, resealed);
    return out;
  }
}
