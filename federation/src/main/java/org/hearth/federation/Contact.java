package org.hearth.federation;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a resource: a phone number (including short codes such as {@code 988} or {@code 116
 * 123}), an SMS number with an optional keyword, and a web address. At least one is present.
 *
 * <p>Immutable and thread-safe.
 */
public record Contact(
    Optional<String> phone,
    Optional<String> smsNumber,
    Optional<String> smsKeyword,
    Optional<URI> url) {
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ]{1,19}");
  private static final Pattern KEYWORD = Pattern.compile("[A-Za-z0-9 ]{1,20}");

  public Contact {
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(smsNumber, "smsNumber");
    Objects.requireNonNull(smsKeyword, "smsKeyword");
    Objects.requireNonNull(url, "url");
    if (phone.filter(p -> !NUMBER.matcher(p).matches()).isPresent()
        || smsNumber.filter(p -> !NUMBER.matcher(p).matches()).isPresent()) {
      throw new IllegalArgumentException("a phone number is + and 2 to 20 digits or spaces");
    }
    if (smsKeyword.filter(k -> !KEYWORD.matcher(k).matches()).isPresent()
        || (smsKeyword.isPresent() && smsNumber.isEmpty())) {
      throw new IllegalArgumentException("an SMS keyword is short and needs an SMS number");
    }
    if (url.filter(u -> !"https".equals(u.getScheme()) || u.toString().length() > 512)
        .isPresent()) {
      throw new IllegalArgumentException("a contact URL is https, at most 512 chars");
    }
    if (phone.isEmpty() && smsNumber.isEmpty() && url.isEmpty()) {
      throw new IllegalArgumentException("a contact has a phone, SMS or URL");
    }
  }
}
