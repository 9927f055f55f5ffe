package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.moderation.FacilitationSummary;
import org.hearth.protocol.moderation.ReportAction;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.delivery.DeliveryRecords;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.platform.Transactions;

/**
 * The queues: each group's for its facilitators, the escalated reports for the instance's admins,
 * and what they do with a report. Closing a report lifts an out-of-hours mute of the accused: a
 * person has now looked.
 */
@ApplicationScoped
public class ReportQueue {
  /** What a facilitator or admin does with a report. */
  enum Action {
    REVIEW,
    DISMISS,
    ESCALATE
  }

  @Inject GroupService groups;
  @Inject AdminService admins;
  @Inject DeliveryRecords records;
  @Inject ReportRepository repository;
  @Inject ReportViews views;
  @Inject Transactions transactions;

  Clock clock = Clock.systemUTC();

  /** The group's open and escalated reports, oldest first. */
  public List<ReportView> queue(KeyThumbprint caller, GroupId id) {
    requireFacilitator(groups.get(id), caller);
    return repository
        .inGroup(id.toString(), List.of(ReportState.OPEN, ReportState.ESCALATED), now())
        .stream()
        .map(views::of)
        .toList();
  }

  /** Reports escalated to the admins, across groups. */
  public List<ReportView> escalated(KeyThumbprint caller) {
    admins.requireAdmin(caller);
    return repository.inState(ReportState.ESCALATED, now()).stream().map(views::of).toList();
  }

  /** How many reports wait for the admins, without verifying each again. */
  public int escalatedCount(KeyThumbprint caller) {
    admins.requireAdmin(caller);
    return repository.inState(ReportState.ESCALATED, now()).size();
  }

  /** A facilitator's (or admin's) action on a report of the group. */
  public ReportView act(KeyThumbprint caller, GroupId id, String reportId, ReportAction body) {
    Action action = action(body);
    requireFacilitator(groups.get(id), caller);
    return transactions.run(
        () -> {
          ReportEntity report = pending(reportId);
          if (!report.groupId.equals(id.toString())) {
            throw new ApiException(ProblemType.NOT_FOUND, "There is no such report.");
          }
          return apply(report, action);
        });
  }

  /** An admin's action on an escalated report. */
  public ReportView adminAct(KeyThumbprint caller, String reportId, ReportAction body) {
    Action action = action(body);
    admins.requireAdmin(caller);
    if (action == Action.ESCALATE) {
      throw KeyProofs.invalid("action", "an admin reviews or dismisses");
    }
    return transactions.run(() -> apply(pending(reportId), action));
  }

  /** What waits for the group's facilitators. */
  public FacilitationSummary summary(KeyThumbprint caller, GroupId id) {
    requireFacilitator(groups.get(id), caller);
    long now = now();
    List<ReportEntity> pending =
        repository.inGroup(id.toString(), List.of(ReportState.OPEN, ReportState.ESCALATED), now);
    return new FacilitationSummary(
        records.pendingJoinRequests(id),
        (int) pending.stream().filter(r -> r.state == ReportState.OPEN).count(),
        (int) pending.stream().filter(r -> r.state == ReportState.ESCALATED).count(),
        repository.mutes(id.toString(), now).stream()
            .map(m -> new FacilitationSummary.Mute(m.thumbprint, m.mutedUntil))
            .toList());
  }

  /** Lifts a member's mute. */
  public void unmute(KeyThumbprint caller, GroupId id, KeyThumbprint member) {
    requireFacilitator(groups.get(id), caller);
    boolean lifted = transactions.run(() -> repository.unmute(id.toString(), member.value()));
    if (!lifted) {
      throw new ApiException(ProblemType.NOT_FOUND, "That member is not muted.");
    }
  }

  private ReportView apply(ReportEntity report, Action action) {
    switch (action) {
      case ESCALATE -> {
        if (report.state != ReportState.OPEN) {
          throw new ApiException(ProblemType.CONFLICT, "Only an open report is escalated.");
        }
        report.state = ReportState.ESCALATED;
      }
      case REVIEW, DISMISS -> {
        report.state = action == Action.REVIEW ? ReportState.REVIEWED : ReportState.DISMISSED;
        repository.unmute(report.groupId, report.accused);
      }
      default -> throw new IllegalStateException();
    }
    return views.of(report);
  }

  private ReportEntity pending(String reportId) {
    ReportEntity report =
        repository
            .lock(reportId == null || reportId.length() > 36 ? "" : reportId)
            .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "There is no such report."));
    if (report.state != ReportState.OPEN && report.state != ReportState.ESCALATED) {
      throw new ApiException(ProblemType.CONFLICT, "This report is closed already.");
    }
    return report;
  }

  private void requireFacilitator(GroupDescriptor group, KeyThumbprint caller) {
    if (!group.facilitators().contains(caller.value()) && !admins.isAdmin(caller)) {
      throw new ApiException(
          ProblemType.FORBIDDEN, "Only the group's facilitators handle its reports.");
    }
  }

  private static Action action(ReportAction body) {
    if (body == null || body.action() == null) {
      throw KeyProofs.invalid("action", "is required");
    }
    try {
      return Action.valueOf(body.action().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw KeyProofs.invalid("action", "must be REVIEW, DISMISS or ESCALATE");
    }
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
