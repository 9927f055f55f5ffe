// Private replies to reports in the chat page (docs/reports.md, "Replying privately"): the replies
// this member's reports received, each marked as such with its sender, and for facilitators the
// Reply privately form under a report that carries a reply key. Text nodes only.

import { deleteButton, el, failure, say, text } from './page.js';

const byId = (id) => document.getElementById(id);
let drawn = '';

/** Shows `replies` (the conversation view's private replies received from others, not muted). */
export function drawPrivateReplies(replies, record) {
  const muted = new Set(record.mutes);
  const shown = replies.filter((r) => r.sender !== record.thumbprint && !muted.has(r.sender));
  const signature = shown.map((r) => r.seq).join(',');
  if (signature === drawn) {
    return;
  }
  drawn = signature;
  byId('private-replies-list').replaceChildren(...shown.map(item));
  byId('private-replies').hidden = shown.length === 0;
}

function item(reply) {
  const when = new Date(reply.sentAt * 1000);
  return el(
    'li',
    { class: 'post private-reply', 'data-seq': String(reply.seq) },
    el('p', { class: 'marker' }, el('strong', {}, text('chat.privateReply.marker'))),
    el(
      'p',
      { class: 'byline' },
      el('strong', { class: 'author' }, reply.displayName),
      ' ',
      el('span', { class: 'fingerprint', title: text('chat.fingerprint') }, (reply.sender || '').slice(0, 6)),
      ' ',
      el('time', { datetime: when.toISOString() }, when.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })),
    ),
    el('p', { class: 'body' }, reply.body),
  );
}

/**
 * The Reply privately button and form of one report (a ReportView with a `replyKey`), for the
 * facilitators' panel. The same nodes are reused across the panel's refreshes, so a reply being
 * written survives them.
 */
export function replyControl(member, report, onSent = () => {}) {
  const fieldId = `private-reply-${report.id}`;
  const errorId = `private-reply-error-${report.id}`;
  const toggle = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, text('chat.reports.replyPrivately'));
  const field = el('textarea', { id: fieldId, rows: '3', maxlength: '16000', 'aria-describedby': errorId });
  const form = el(
    'form',
    { class: 'private-reply-form stacked', hidden: true },
    el('label', { for: fieldId }, text('chat.reports.replyLabel')),
    field,
    el('button', { type: 'submit' }, text('chat.reports.replySend')),
    el('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true }),
  );
  field.addEventListener('input', () => say(errorId, ''));
  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) {
      field.focus();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(errorId, '');
    if (!field.value.trim()) {
      say(errorId, text('chat.reports.replyEmpty'));
      field.focus();
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      await member.replyPrivately(report, field.value);
      field.value = '';
      form.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      say('chat-status', text('chat.reports.replySent'));
      onSent();
    } catch (e) {
      say(errorId, failure(e));
    } finally {
      button.disabled = false;
    }
  });
  return { toggle, form };
}

/**
 * What this member (a facilitator) replied privately to report `reportId` and has not withdrawn,
 * oldest first, each with Delete (a retraction, as for posts; the reporter's client then hides it).
 */
export function sentReplies(member, reportId, onChange = () => {}) {
  const record = member.record;
  const own = (e) => e.sender === record.thumbprint && e.content;
  const withdrawn = new Set(record.history.filter((e) => own(e) && e.content.type === 'retraction').map((e) => e.content.target));
  return record.history
    .filter((e) => own(e) && e.content.type === 'privateReply' && e.content.reportId === reportId && !withdrawn.has(e.content.id))
    .sort((a, b) => a.seq - b.seq)
    .map((e) => {
      const remove = deleteButton(() => member.retract(e.content.id), 'facilitation-error', onChange);
      return el('div', { class: 'sent-reply' }, el('p', { class: 'muted' }, text('chat.reports.replied', e.content.body)), remove);
    });
}
