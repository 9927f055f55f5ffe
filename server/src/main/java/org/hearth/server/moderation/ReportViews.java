package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import org.hearth.crypto.mls.ContentEvidenceIn;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.VerifiedContent;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.delivery.DeliveryRecords;
import org.hearth.server.groups.GroupId;

/**
 * Reports as facilitators and admins see them, verified again as they are shown: against the
 * epoch's GroupInfo while the delivery service keeps it.
 */
@ApplicationScoped
class ReportViews {
  static final String VERIFIED = "VERIFIED";
  static final String EPOCH_GONE = "EPOCH_GONE";
  static final String FAILED = "FAILED";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @Inject DeliveryRecords records;

  ReportView of(ReportEntity report) {
    return of(report, records.groupInfo(GroupId.parse(report.groupId), report.epoch));
  }

  ReportView of(ReportEntity report, Optional<byte[]> groupInfo) {
    String verification;
    byte[] content;
    try {
      ContentEvidenceIn evidence = ContentEvidenceIn.of(report.evidence);
      Optional<VerifiedContent> verified = groupInfo.flatMap(evidence::verify);
      content = verified.map(VerifiedContent::applicationData).orElse(null);
      if (groupInfo.isEmpty()) {
        verification = EPOCH_GONE;
      } else {
        verification =
            verified
                    .filter(v -> v.senderKey().thumbprint().value().equals(report.accused))
                    .isPresent()
                ? VERIFIED
                : FAILED;
      }
      if (content == null) {
        content = unverifiedContent(evidence);
      }
    } catch (MlsException e) {
      verification = FAILED;
      content = new byte[0];
    }
    return new ReportView(
        report.id,
        report.groupId,
        report.seq,
        report.epoch,
        report.accused,
        B64.encodeToString(content),
        verification,
        report.reason.name(),
        report.note,
        report.state.name(),
        report.createdAt,
        report.expiresAt,
        report.replyKey == null ? null : B64.encodeToString(report.replyKey));
  }

  private static byte[] unverifiedContent(ContentEvidenceIn evidence) {
    return evidence.applicationData();
  }
}
