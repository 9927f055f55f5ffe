package org.hearth.crypto.bc.mls;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.SerializerFactory;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.bouncycastle.mls.crypto.Secret;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.mls.MlsException;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Saves and restores a member's bcmls {@link Group} faithfully, secret-tree ratchet generations
 * included, so that a restarted member neither loses messages nor reuses a (key, nonce) pair.
 *
 * <p>bcmls 1.84 has no state serialization and keeps its state in private fields, so Hearth
 * serializes the object graph with Kryo field serializers. Kryo's field order carries no tags: a
 * bcmls upgrade would silently misread old snapshots, so every snapshot starts with a header naming
 * the bcmls version and a SHA-256 fingerprint of every field of every class reachable from {@code
 * Group} ({@link BcMlsFingerprint}), and a snapshot with another header is refused.
 *
 * <p>Two classes get their own serializers: {@link MlsCipherSuite} is written as its suite id (it
 * holds engines and a {@code SecureRandom}), and {@link Secret} as its value only, which drops
 * bcmls's links to parent secrets of earlier epochs (the file would grow and forward secrecy would
 * weaken). A snapshot holds private keys and epoch secrets: seal it at rest, save it before the
 * ciphertext it protects leaves the process, and never run two copies of one snapshot.
 *
 * <p>Thread-safe: each thread uses its own Kryo instance.
 */
public final class BcMlsStateCodec {
  private static final byte[] MAGIC = "HEARTH-MLS-STATE/1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STAGED_MAGIC =
      "HEARTH-MLS-STAGED/1".getBytes(StandardCharsets.US_ASCII);

  /** Kryo instances are costly to build (serializers are generated per class) and not shared. */
  private static final ThreadLocal<Kryo> KRYO = ThreadLocal.withInitial(BcMlsStateCodec::kryo);

  private static final byte[] HEADER = header();

  private BcMlsStateCodec() {}

  /** The header every snapshot starts with. */
  static byte[] header() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MAGIC);
    byte[] version = BcMls.BCMLS_VERSION.getBytes(StandardCharsets.US_ASCII);
    out.write(version.length);
    out.writeBytes(version);
    // Key parameters sit behind abstract field types: name the ones suite 0x0001 uses.
    out.writeBytes(
        BcMlsFingerprint.of(
            Group.class,
            X25519PrivateKeyParameters.class,
            X25519PublicKeyParameters.class,
            Ed25519PrivateKeyParameters.class,
            Ed25519PublicKeyParameters.class));
    return out.toByteArray();
  }

  /** Serializes the member's state. */
  public static byte[] save(BcMlsGroup member) {
    BcMls.LOCK.lock();
    try (Output output = new Output(4096, -1)) {
      output.writeBytes(HEADER);
      KRYO.get().writeObject(output, member);
      return output.toBytes();
    } catch (KryoException e) {
      throw new MlsException("cannot save the MLS state", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * Serializes a staged commit: the epoch it leaves, the commit and Welcome as sent, and the next
   * epoch's whole state, so that a client that crashed after sending the commit can still adopt the
   * epoch if the delivery service accepted it.
   */
  public static byte[] saveStaged(BcMlsGroup.Staged staged) {
    byte[] next = save(new BcMlsGroup(staged.next()));
    byte[] commit = staged.commit();
    byte[] welcome = staged.welcome();
    ByteBuffer out =
        ByteBuffer.allocate(
            STAGED_MAGIC.length
                + 8
                + 4
                + commit.length
                + 4
                + (welcome == null ? 0 : welcome.length)
                + next.length);
    out.put(STAGED_MAGIC).putLong(staged.fromEpoch()).putInt(commit.length).put(commit);
    out.putInt(welcome == null ? -1 : welcome.length);
    if (welcome != null) {
      out.put(welcome);
    }
    return out.put(next).array();
  }

  /**
   * Restores a staged commit saved by {@link #saveStaged}.
   *
   * @throws MlsException if it was written by another bcmls or is damaged
   */
  public static BcMlsGroup.Staged restoreStaged(byte[] saved) {
    try {
      ByteBuffer in = ByteBuffer.wrap(saved);
      byte[] magic = new byte[STAGED_MAGIC.length];
      in.get(magic);
      if (!Arrays.equals(magic, STAGED_MAGIC)) {
        throw new MlsException("not a saved staged commit");
      }
      long fromEpoch = in.getLong();
      byte[] commit = new byte[in.getInt()];
      in.get(commit);
      int welcomeLength = in.getInt();
      byte[] welcome = null;
      if (welcomeLength >= 0) {
        welcome = new byte[welcomeLength];
        in.get(welcome);
      }
      byte[] next = new byte[in.remaining()];
      in.get(next);
      Group group = restore(next).group();
      if (group.getEpoch() != fromEpoch + 1) {
        throw new MlsException("saved staged commit is damaged: its epochs do not follow");
      }
      return new BcMlsGroup.Staged(group, fromEpoch, commit, welcome);
    } catch (BufferUnderflowException | NegativeArraySizeException e) {
      throw new MlsException("saved staged commit is damaged", e);
    }
  }

  /**
   * Restores a member's state saved by {@link #save}.
   *
   * @throws MlsException if the snapshot was written by another bcmls or is damaged
   */
  public static BcMlsGroup restore(byte[] snapshot) {
    byte[] header = HEADER;
    if (snapshot.length < header.length
        || !MessageDigest.isEqual(Arrays.copyOf(snapshot, header.length), header)) {
      throw new MlsException(
          "MLS state snapshot is not from bcmls " + BcMls.BCMLS_VERSION + " with these classes");
    }
    BcMls.LOCK.lock();
    try (Input input = new Input(snapshot, header.length, snapshot.length - header.length)) {
      BcMlsGroup member = KRYO.get().readObject(input, BcMlsGroup.class);
      if (input.position() != snapshot.length) {
        throw new MlsException("MLS state snapshot has trailing data");
      }
      return member;
    } catch (KryoException | IllegalArgumentException e) {
      throw new MlsException("MLS state snapshot is damaged", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  private static Kryo kryo() {
    Kryo kryo = new Kryo();
    kryo.setRegistrationRequired(false);
    kryo.setReferences(true);
    kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    FieldSerializer.FieldSerializerConfig config = new FieldSerializer.FieldSerializerConfig();
    // The secret tree's ratchets are inner classes: their this$0 must be kept.
    config.setIgnoreSyntheticFields(false);
    kryo.setDefaultSerializer(new SerializerFactory.FieldSerializerFactory(config));
    kryo.addDefaultSerializer(MlsCipherSuite.class, new SuiteSerializer());
    kryo.addDefaultSerializer(Secret.class, new SecretSerializer());
    return kryo;
  }

  /** Writes a suite as its id and restores bcmls's singleton. */
  private static final class SuiteSerializer extends Serializer<MlsCipherSuite> {
    @Override
    public void write(Kryo kryo, Output output, MlsCipherSuite suite) {
      output.writeShort(suite.getSuiteID());
    }

    @Override
    public MlsCipherSuite read(Kryo kryo, Input input, Class<? extends MlsCipherSuite> type) {
      try {
        return MlsCipherSuite.getSuite(input.readShort());
      } catch (Exception e) {
        throw new KryoException("unknown MLS cipher suite", e);
      }
    }
  }

  /** Writes a secret's value only (null once consumed); parents are not kept. */
  private static final class SecretSerializer extends Serializer<Secret> {
    @Override
    public void write(Kryo kryo, Output output, Secret secret) {
      byte[] value = secret.value();
      if (value == null) {
        output.writeVarInt(0, true);
      } else {
        output.writeVarInt(value.length + 1, true);
        output.writeBytes(value);
      }
    }

    @Override
    public Secret read(Kryo kryo, Input input, Class<? extends Secret> type) {
      int length = input.readVarInt(true);
      if (length == 0) {
        Secret consumed = new Secret(new byte[0]);
        consumed.consume();
        return consumed;
      }
      return new Secret(input.readBytes(length - 1));
    }
  }
}
