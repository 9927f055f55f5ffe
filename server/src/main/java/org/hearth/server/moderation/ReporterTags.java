package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.groups.GroupId;
import org.hearth.server.instance.InstanceSecrets;

/**
 * A reporter's tag: HMAC-SHA256 (RFC 2104) under an instance secret of the group and the reporter's
 * key. Equal for one reporter in one group, so duplicates are refused and reporters are counted
 * once, and it names nobody to a reader of the database or of the queues.
 */
@ApplicationScoped
class ReporterTags {
  private static final String SECRET = "report-reporter-tag";

  @Inject InstanceSecrets secrets;

  String of(GroupId group, KeyThumbprint reporter) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secrets.secret(SECRET), "HmacSHA256"));
      byte[] tag = mac.doFinal((group + "\n" + reporter.value()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
