package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HexFormat;
import org.bouncycastle.mls.crypto.MlsCipherSuite;

/** Reading helpers shared by the MLS vector checkers. */
final class Vectors {
  private Vectors() {}

  static byte[] hex(JsonObject object, String key) {
    return HexFormat.of().parseHex(object.getString(key));
  }

  static boolean isNull(JsonObject object, String key) {
    return !object.containsKey(key) || object.get(key).getValueType() == JsonValue.ValueType.NULL;
  }

  static MlsCipherSuite suite(JsonObject object) throws Exception {
    return MlsCipherSuite.getSuite((short) object.getInt("cipher_suite"));
  }

  static void same(byte[] expected, byte[] actual, String what) {
    assertArrayEquals(expected, actual, what);
  }
}
