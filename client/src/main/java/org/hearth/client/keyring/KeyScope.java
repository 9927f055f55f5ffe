package org.hearth.client.keyring;

import java.util.Objects;
import java.util.regex.Pattern;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;

/**
 * What a key is for: one instance and one slot there, {@code admin}, {@code default} (plain sign-in
 * outside any group) or {@code group/<id>} (a group's own key, which also becomes the MLS signature
 * key in that group). Keys are never shared between slots, so the server cannot link a person's
 * groups.
 *
 * <p>Immutable and thread-safe.
 */
public record KeyScope(InstanceUrl instance, String slot) {
  /** Slot of the instance admin key. */
  public static final String ADMIN = "admin";

  /** Slot of the key for signing in outside any group. */
  public static final String DEFAULT = "default";

  private static final String GROUP_PREFIX = "group/";
  private static final Pattern SLOT =
      Pattern.compile(
          "admin|default|group/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public KeyScope {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(slot, "slot");
    if (!SLOT.matcher(slot).matches()) {
      throw new IllegalArgumentException("a key slot is admin, default or group/<uuid>: " + slot);
    }
  }

  public static KeyScope admin(InstanceUrl instance) {
    return new KeyScope(instance, ADMIN);
  }

  public static KeyScope defaultFor(InstanceUrl instance) {
    return new KeyScope(instance, DEFAULT);
  }

  public static KeyScope group(InstanceUrl instance, GroupId group) {
    return new KeyScope(instance, GROUP_PREFIX + group);
  }

  @Override
  public String toString() {
    return instance + " " + slot;
  }
}
