package org.hearth.client.member;

/**
 * A group operation cannot go on for a reason on this side of the wire, such as having no
 * membership in that group yet. The message is one line for a person.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, for programs. */
  public enum Reason {
    /** This keyring holds no membership in the group. */
    NOT_A_MEMBER,
    /** A join request waits for a facilitator. */
    JOIN_PENDING,
    /** A commit removed this member from the group. */
    REMOVED,
    /** The state held here cannot follow the group any more. */
    OUT_OF_SYNC,
    /** The group kept changing while this member tried to act in it. */
    BUSY,
    /** The named member is not in the group. */
    NO_SUCH_MEMBER,
    /** What the server handed out does not check out (a bad Welcome or KeyPackage). */
    REFUSED,
    /** This keyring is a member already. */
    ALREADY_MEMBER,
    /** The report carries no key for a private reply. */
    NO_REPLY_KEY
  }

  private final Reason reason;

  public MemberException(Reason reason, String message) {
    this(reason, message, null);
  }

  public MemberException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
