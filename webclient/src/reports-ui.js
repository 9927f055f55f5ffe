// Reports in the chat page (docs/reports.md): a Report form under other members' messages, and for
// facilitators a panel with what waits for them (join requests, open reports, muted members) and the
// report queue, where each report shows whether its signature still verifies and offers Remove
// member (an MLS Remove commit from this browser), Dismiss, Escalate and, when the reporter sent a
// reply key, Reply privately. Text nodes only.

import * as content from '../../protocol/src/main/js/content.js';
import { fromBase64Url } from './bytes.js';
import { el, failure, say, text } from './page.js';
import { replyControl, sentReplies } from './private-replies-ui.js';

const REASONS = ['HARASSMENT', 'HATE', 'THREAT', 'SELF_HARM', 'PRIVACY', 'SPAM', 'OTHER'];
const REFRESH_MS = 30000;
const byId = (id) => document.getElementById(id);

/** A Report button for another member's post, opening a small form below it. */
export function reportControl(member, post) {
  const toggle = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, text('chat.report'));
  const reasonId = `report-reason-${post.seq}`;
  const noteId = `report-note-${post.seq}`;
  const errorId = `report-error-${post.seq}`;
  const reason = el(
    'select',
    { id: reasonId, required: true },
    REASONS.map((r) => el('option', { value: r }, text(`chat.report.reason.${r}`))),
  );
  const note = el('textarea', { id: noteId, rows: '2', maxlength: '500', 'aria-describedby': errorId });
  const form = el(
    'form',
    { class: 'report-form', hidden: true },
    el('label', { for: reasonId }, text('chat.report.reason')),
    reason,
    el('label', { for: noteId }, text('chat.report.note')),
    note,
    el('button', { type: 'submit' }, text('chat.report.send')),
    el('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true }),
  );
  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) {
      reason.focus();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    say(errorId, '');
    try {
      await member.report(post.seq, reason.value, note.value.trim() || null);
      form.hidden = true;
      toggle.disabled = true;
      toggle.textContent = text('chat.report.sent');
      toggle.setAttribute('aria-expanded', 'false');
      say('chat-status', text('chat.report.sent'));
    } catch (e) {
      say(errorId, failure(e));
    } finally {
      button.disabled = false;
    }
  });
  return [toggle, form];
}

function bodyOf(report) {
  try {
    const decoded = content.decode(fromBase64Url(report.content));
    return decoded.type === 'post' ? [decoded.title, decoded.body].filter(Boolean).join(' \u2014 ') : text('chat.reports.notAPost');
  } catch {
    return text('chat.reports.notAPost');
  }
}

/** The facilitators' panel; stays hidden for members who do not facilitate the group. */
export class FacilitationPanel {
  constructor(member) {
    this.member = member;
    this.timer = null;
    this.replyControls = new Map(); // report id -> its Reply privately nodes, kept across refreshes
  }

  start() {
    byId('facilitation-refresh').addEventListener('click', () => this.refresh());
    this.refresh();
    this.timer = setInterval(() => this.refresh(), REFRESH_MS);
  }

  async refresh() {
    try {
      const summary = await this.member.api.facilitation();
      const reports = await this.member.api.reports();
      byId('facilitation').hidden = false;
      say(
        'facilitation-summary',
        text('chat.facilitation.summary', summary.joinRequests, summary.openReports, summary.escalatedReports, summary.muted.length),
      );
      this.draw(reports);
    } catch (e) {
      if (e && e.name === 'ApiError' && e.status === 403) {
        clearInterval(this.timer);
        byId('facilitation').hidden = true;
        return;
      }
      say('facilitation-error', failure(e));
    }
  }

  draw(reports) {
    const list = byId('reports');
    // A reply being written is reused across refreshes; moving it must not take the focus away.
    const focused = list.contains(document.activeElement) ? document.activeElement : null;
    const selection = focused && 'selectionStart' in focused ? [focused.selectionStart, focused.selectionEnd] : null;
    list.replaceChildren(...reports.map((r) => this.item(r)));
    if (focused && focused.isConnected) {
      focused.focus();
      if (selection) {
        focused.setSelectionRange(...selection);
      }
    }
    const open = new Set(reports.map((r) => r.id));
    for (const id of this.replyControls.keys()) {
      if (!open.has(id)) {
        this.replyControls.delete(id);
      }
    }
    byId('reports-empty').hidden = reports.length > 0;
  }

  item(report) {
    const verification = el(
      'p',
      { class: report.verification === 'VERIFIED' ? 'verified' : 'unverified' },
      text(`chat.reports.verification.${report.verification}`),
    );
    const actions = el('div', { class: 'actions' });
    const act = (key, work) => {
      const button = el('button', { type: 'button', class: key === 'remove' ? 'danger' : 'secondary' }, text(`chat.reports.${key}`));
      button.addEventListener('click', async () => {
        button.disabled = true;
        say('facilitation-error', '');
        try {
          await work();
          say('chat-status', text(`chat.reports.${key}Done`));
          await this.refresh();
        } catch (e) {
          button.disabled = false;
          say('facilitation-error', failure(e));
        }
      });
      actions.append(button);
    };
    act('remove', async () => {
      await this.member.removeMember(report.accused);
      await this.member.api.actOnReport(report.id, 'REVIEW');
    });
    act('dismiss', () => this.member.api.actOnReport(report.id, 'DISMISS'));
    if (report.state === 'OPEN') {
      act('escalate', () => this.member.api.actOnReport(report.id, 'ESCALATE'));
    }
    let reply = null;
    if (report.replyKey) {
      reply = this.replyControls.get(report.id) || replyControl(this.member, report, () => this.refresh());
      this.replyControls.set(report.id, reply);
      actions.append(reply.toggle);
    }
    return el(
      'li',
      { class: 'report card', 'data-report': report.id },
      el('p', { class: 'byline' }, text('chat.reports.about', report.accused.slice(0, 6), text(`chat.report.reason.${report.reason}`))),
      el('blockquote', { class: 'body' }, bodyOf(report)),
      report.note ? el('p', { class: 'note' }, text('chat.reports.note', report.note)) : null,
      report.state === 'ESCALATED' ? el('p', { class: 'muted' }, text('chat.reports.escalatedState')) : null,
      verification,
      this.member.record ? sentReplies(this.member, report.id, () => this.refresh()) : null,
      actions,
      reply ? reply.form : null,
    );
  }
}
