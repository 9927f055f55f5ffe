package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.ContentEvidenceIn;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.ReportReplies;
import org.hearth.crypto.mls.VerifiedContent;
import org.hearth.protocol.moderation.ReportRequest;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.delivery.DeliveryRecords;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.notification.NotificationService;
import org.hearth.server.platform.Transactions;

/**
 * Takes members' reports: checks the evidence against the stored message and the epoch's GroupInfo
 * before anything is written, stores the report, and applies out-of-hours protection.
 */
@ApplicationScoped
public class ReportIntake {
  private static final Logger LOG = Logger.getLogger(ReportIntake.class.getName());
  static final int MAX_NOTE = 500;

  @Inject GroupService groups;
  @Inject DeliveryRecords records;
  @Inject ReportRepository repository;
  @Inject ReporterTags tags;
  @Inject ModerationSettings settings;
  @Inject ReportViews views;
  @Inject Transactions transactions;
  @Inject NotificationService notices;

  Clock clock = Clock.systemUTC();

  /** Files a report by {@code reporter}, a member of the group. */
  public ReportView report(KeyThumbprint reporter, GroupId id, ReportRequest request) {
    if (request == null) {
      throw KeyProofs.invalid("body", "is required");
    }
    if (request.seq() == null || request.seq() < 1) {
      throw KeyProofs.invalid("seq", "must be the reported message's sequence number");
    }
    ReportReason reason = reason(request.reason());
    String note = note(request.note());
    byte[] bytes = evidenceBytes(request.evidence());
    byte[] replyKey = replyKey(request.replyKey());
    GroupDescriptor group = groups.get(id);
    if (!records.isMember(id, reporter)) {
      throw new ApiException(
          ProblemType.FORBIDDEN,
          "Only members of the group report its messages. Sign in with your key for this group.");
    }
    ContentEvidenceIn evidence;
    try {
      evidence = ContentEvidenceIn.of(bytes);
    } catch (MlsException e) {
      throw unverifiable("it is not a member's signed application message");
    }
    if (!Arrays.equals(evidence.groupId().bytes(), group.id().getBytes(StandardCharsets.UTF_8))) {
      throw unverifiable("it belongs to another group");
    }
    ReportView filed =
        transactions.run(
            () -> {
              DeliveryRecords.StoredMessage stored =
                  records
                      .applicationMessage(id, request.seq())
                      .orElseThrow(
                          () ->
                              new ApiException(
                                  ProblemType.NOT_FOUND, "There is no message with that number."));
              if (stored.epoch() != evidence.epoch()) {
                throw unverifiable("the message with that number was sent in another epoch");
              }
              byte[] groupInfo =
                  records
                      .groupInfo(id, evidence.epoch())
                      .orElseThrow(
                          () ->
                              new ApiException(
                                  ProblemType.UNKNOWN_EPOCH,
                                  "That message's epoch is no longer kept, so no report can be"
                                      + " checked against it."));
              VerifiedContent verified =
                  evidence
                      .verify(groupInfo)
                      .orElseThrow(
                          () -> unverifiable("its signature does not verify for the named sender"));
              KeyThumbprint accused = verified.senderKey().thumbprint();
              if (stored.author().isPresent() && !stored.author().get().equals(accused)) {
                throw unverifiable("the message with that number was sent by someone else");
              }
              if (accused.equals(reporter)) {
                throw KeyProofs.invalid("evidence", "is of your own message");
              }
              String tag = tags.of(id, reporter);
              if (repository.exists(id.toString(), request.seq(), tag)) {
                throw new ApiException(
                    ProblemType.DUPLICATE, "You have reported this message before.");
              }
              Instant now = clock.instant();
              ReportEntity report = new ReportEntity(UUID.randomUUID().toString(), id.toString());
              report.seq = request.seq();
              report.epoch = evidence.epoch();
              report.evidence = bytes;
              report.accused = accused.value();
              report.reporterTag = tag;
              report.reason = reason;
              report.note = note;
              report.state = ReportState.OPEN;
              report.replyKey = replyKey;
              report.createdAt = now.getEpochSecond() / 60 * 60;
              report.expiresAt = now.plus(settings.reportsKeep()).getEpochSecond();
              if (!repository.insert(report)) {
                throw new ApiException(
                    ProblemType.DUPLICATE, "You have reported this message before.");
              }
              protect(group, accused, now);
              return views.of(report, Optional.of(groupInfo));
            });
    notices.somethingWaits(id);
    return filed;
  }

  /** Mutes the accused when enough distinct members reported them while nobody is on duty. */
  private void protect(GroupDescriptor group, KeyThumbprint accused, Instant now) {
    OutOfHoursPolicy policy = settings.outOfHours();
    long since = policy.windowStart(now).getEpochSecond() / 60 * 60;
    long reporters = repository.distinctReporters(group.id(), accused.value(), since);
    policy
        .muteUntil(FacilitationHours.of(group.facilitationHours()), now, reporters)
        .ifPresent(
            until -> {
              repository.mute(group.id(), accused.value(), until.getEpochSecond());
              LOG.info("Out-of-hours protection muted a member of a group until " + until);
            });
  }

  private static ReportReason reason(String text) {
    if (text == null) {
      throw KeyProofs.invalid("reason", "is required");
    }
    try {
      return ReportReason.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw KeyProofs.invalid("reason", "must be one of " + Arrays.toString(ReportReason.values()));
    }
  }

  private static String note(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_NOTE) {
      throw KeyProofs.invalid("note", "must be at most " + MAX_NOTE + " characters");
    }
    return stripped;
  }

  private static byte[] evidenceBytes(String text) {
    if (text == null || text.isEmpty()) {
      throw KeyProofs.invalid("evidence", "is required");
    }
    if (text.length() > (ContentEvidenceIn.MAX_BYTES * 4 + 2) / 3) {
      throw KeyProofs.invalid(
          "evidence", "must be at most " + ContentEvidenceIn.MAX_BYTES + " bytes");
    }
    return KeyProofs.base64Url("evidence", text);
  }

  /** The optional reply key: a usable X25519 public key, 32 bytes base64url. */
  private static byte[] replyKey(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() != 43) {
      throw KeyProofs.invalid("replyKey", "must be a 32-byte X25519 public key, base64url");
    }
    byte[] key = KeyProofs.base64Url("replyKey", text);
    if (!ReportReplies.isUsableKey(key)) {
      throw KeyProofs.invalid("replyKey", "is not a usable X25519 public key");
    }
    return key;
  }

  private static ApiException unverifiable(String why) {
    return new ApiException(
        ProblemType.UNVERIFIABLE_EVIDENCE, "The evidence does not check out: " + why + ".");
  }
}
