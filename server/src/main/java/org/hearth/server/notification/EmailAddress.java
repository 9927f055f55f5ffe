package org.hearth.server.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/**
 * A facilitator's e-mail address, checked: a plain {@code local@domain} (RFC 5321 lengths: at most
 * 254 characters, 64 before the {@code @}), no display name, no comments, no quoting, no group
 * syntax, no address literal, a domain with a dot. {@link #toString()} deliberately does not show
 * it, so that it cannot reach a log by accident.
 */
public final class EmailAddress {
  static final int MAX_LENGTH = 254;
  static final int MAX_LOCAL = 64;

  private final String value;

  private EmailAddress(String value) {
    this.value = value;
  }

  /** The address in {@code text}, if it is one; surrounding spaces are ignored. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String candidate = text.strip();
    if (candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (c <= ' ' || c == 0x7f || "<>,;:\"[]()\\".indexOf(c) >= 0) {
        return Optional.empty();
      }
    }
    int at = candidate.lastIndexOf('@');
    if (at < 1 || at > MAX_LOCAL || candidate.indexOf('@') != at) {
      return Optional.empty();
    }
    String domain = candidate.substring(at + 1);
    if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
      return Optional.empty();
    }
    try {
      InternetAddress parsed = new InternetAddress(candidate, true);
      parsed.validate();
      if (parsed.getPersonal() != null || !candidate.equals(parsed.getAddress())) {
        return Optional.empty();
      }
    } catch (AddressException e) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(candidate));
  }

  /** The address itself, for the facilitator's own view and for the mail server only. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress address && address.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "EmailAddress[hidden]";
  }
}
