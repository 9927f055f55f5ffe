package org.hearth.crypto.bc.mls;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A SHA-256 fingerprint of the shape of an object graph: for every Bouncy Castle class reachable
 * through field types (generic arguments, arrays and nested classes included), each non-static
 * field's name and generic type. Any change bcmls makes to the state Hearth serializes changes it.
 *
 * <p>Stateless and thread-safe.
 */
final class BcMlsFingerprint {
  private BcMlsFingerprint() {}

  static byte[] of(Class<?>... roots) {
    Set<String> lines = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(Arrays.asList(roots));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.getName().startsWith("org.bouncycastle.") || !seen.add(type)) {
        continue;
      }
      for (Class<?> nested : type.getDeclaredClasses()) {
        todo.add(nested);
      }
      if (type.getSuperclass() != null) {
        todo.add(type.getSuperclass());
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        lines.add(type.getName() + "#" + field.getName() + ":" + field.getGenericType());
        enqueue(field.getGenericType(), todo);
      }
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static void enqueue(Type type, Deque<Class<?>> todo) {
    if (type instanceof Class<?> c) {
      todo.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      enqueue(p.getRawType(), todo);
      for (Type argument : p.getActualTypeArguments()) {
        enqueue(argument, todo);
      }
    } else if (type instanceof GenericArrayType g) {
      enqueue(g.getGenericComponentType(), todo);
    }
  }
}
