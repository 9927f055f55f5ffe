package org.hearth.crypto.bc.mls;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hearth.crypto.mls.MlsException;

/**
 * Reads private bcmls state that its public API does not expose (the group's key set, pending
 * proposals, the GroupContext). Pinned to bcmls {@value BcMls#BCMLS_VERSION}: the state codec's
 * fingerprint refuses another bcmls, and the tests exercise every path that uses this.
 *
 * <p>Stateless and thread-safe.
 */
final class Reflect {
  private Reflect() {}

  static Object get(Object target, String name) {
    try {
      Field field = find(target.getClass(), name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("bcmls field " + name + " is not where Hearth expects", e);
    }
  }

  static Object call(Object target, String name, Class<?>[] types, Object... args)
      throws Exception {
    Method method;
    try {
      method = target.getClass().getDeclaredMethod(name, types);
      method.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("bcmls method " + name + " is not where Hearth expects", e);
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw new MlsException("bcmls failed in " + name, e.getCause());
    }
  }

  private static Field find(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
