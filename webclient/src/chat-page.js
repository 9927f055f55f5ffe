// The chat page of one group (/groups/{id}/chat): join, read and write live, content warnings
// collapsed, delete one's own messages, mute others on this device, change the display name, leave.
// All text comes from the page; messages are drawn with text nodes only.

import { readConversation } from './conversation.js';
import { mentionsCrisis, pagePhrases } from './crisis.js';
import { GroupMember, Policy } from './member.js';
import { deleteButton, el, failure, say, text } from './page.js';
import { applyPreferences, inQuietHours, loadPreferences } from './prefs.js';
import { Status } from './record.js';
import { acceptOnJoin, checkGuidelines } from './guidelines-ui.js';
import { NoticeSettings } from './notice-ui.js';
import { drawPrivateReplies } from './private-replies-ui.js';
import { FacilitationPanel, reportControl } from './reports-ui.js';
import * as store from './store.js';

const main = document.getElementById('main');
const groupId = main.dataset.group;
const policy = main.dataset.policy;
const groupName = main.dataset.name;
const prefs = loadPreferences();
applyPreferences(prefs);

const member = new GroupMember(groupId, (record) => render(record));
const threadNodes = new Map();
const postNodes = new Map();
const opened = new Set(); // threads and posts whose content warning the reader chose to open
let live = null;
let newest = 0;
let unseen = 0;
const title = document.title;
const crisisPhrases = pagePhrases();

const byId = (id) => document.getElementById(id);
const shortFingerprint = (thumbprint) => (thumbprint || '').slice(0, 6);

function show(section) {
  for (const id of ['join', 'pending', 'gone', 'chat']) {
    byId(id).hidden = id !== section;
  }
}

function gone(key) {
  live?.abort();
  say('gone-text', text(key));
  show('gone');
}

async function start() {
  try {
    const record = await member.load();
    if (!record) {
      show('join');
    } else if (record.status === Status.PENDING) {
      waitForWelcome();
    } else if (record.status === Status.MEMBER) {
      enterChat();
    } else {
      gone(record.status === Status.REMOVED ? 'chat.removed' : 'chat.moved');
    }
  } catch (e) {
    say('chat-status', failure(e));
  }
}

byId('join-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = event.submitter || byId('join-submit');
  button.disabled = true;
  say('join-error', '');
  say('chat-status', text('chat.joining'));
  try {
    const invite = byId('join-invite') ? byId('join-invite').value.trim() : '';
    const record = await member.join(policy, byId('join-name').value.trim(), invite, groupName);
    await acceptOnJoin(member, Number(main.dataset.guidelinesVersion));
    record.status === Status.MEMBER ? enterChat() : waitForWelcome();
  } catch (e) {
    say('chat-status', '');
    say('join-error', failure(e));
  } finally {
    button.disabled = false;
  }
});

let welcomeTimer = null;
function waitForWelcome() {
  show('pending');
  say('chat-status', text('chat.pending'));
  const check = async () => {
    try {
      const outcome = await member.checkWelcome();
      if (outcome === 'joined') {
        clearInterval(welcomeTimer);
        enterChat();
      } else if (outcome === 'declined') {
        clearInterval(welcomeTimer);
        await store.deleteGroup(groupId);
        gone('chat.declined');
      }
    } catch (e) {
      say('chat-status', failure(e));
    }
  };
  byId('pending-check').onclick = check;
  welcomeTimer = setInterval(check, 10000);
  check();
}

function enterChat() {
  show('chat');
  say('chat-status', text('chat.connected'));
  render(member.record);
  live = new AbortController();
  member
    .live(live.signal, (e) => say('chat-status', failure(e)))
    .then(() => {
      if (member.record && member.record.status === Status.REMOVED) {
        gone('chat.removed');
      }
    });
  startWellbeing();
  new FacilitationPanel(member).start();
  new NoticeSettings(member.api).start();
  checkGuidelines(member);
}

// ---- drawing ----

function render(record) {
  if (!record) {
    return;
  }
  if (record.status === Status.REMOVED) {
    gone('chat.removed');
    return;
  }
  if (record.status !== Status.MEMBER) {
    return;
  }
  const view = readConversation(record.history);
  const muted = new Set(record.mutes);
  const container = byId('threads');
  const keep = new Set();
  let index = 0;
  for (const thread of view.threads) {
    const posts = [thread.first, ...thread.replies].filter((p) => p && !muted.has(p.sender));
    if (posts.length === 0) {
      continue;
    }
    keep.add(thread.id);
    const node = threadNodes.get(thread.id) || createThread(thread.id);
    updateThread(node, thread, posts, record);
    if (container.children[index] !== node) {
      container.insertBefore(node, container.children[index] || null);
    }
    index++;
  }
  for (const [id, node] of threadNodes) {
    if (!keep.has(id)) {
      node.remove();
      threadNodes.delete(id);
    }
  }
  byId('threads-empty').hidden = keep.size > 0;
  drawPrivateReplies(view.privateReplies, record);
  say('unreadable', view.unreadable.length > 0 ? text('chat.unreadable', view.unreadable.length) : '');
  renderSettings(record);
  notify(record);
}

function createThread(id) {
  const headingId = `thread-${id}`;
  const heading = el('h3', { id: headingId });
  const reveal = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, text('chat.showThread'));
  reveal.addEventListener('click', () => {
    opened.add(id);
    render(member.record);
    heading.focus();
  });
  heading.tabIndex = -1;
  const posts = el('div', { class: 'posts' });
  const form = replyForm(id);
  const node = el('section', { class: 'thread card', 'aria-labelledby': headingId, 'data-thread': id }, heading, reveal, posts, form);
  node._parts = { heading, reveal, posts, form };
  threadNodes.set(id, node);
  return node;
}

function updateThread(node, thread, posts, record) {
  const { heading, reveal, posts: list, form } = node._parts;
  const warning = thread.first && thread.first.contentWarning;
  const closed = warning && !opened.has(thread.id);
  heading.textContent = thread.placeholder
    ? text('chat.earlierThread')
    : closed
      ? text('chat.contentWarning', warning)
      : thread.first.title;
  reveal.hidden = !closed;
  list.hidden = closed;
  form.hidden = closed || thread.placeholder;
  const keep = new Set();
  posts.forEach((post, i) => {
    keep.add(post.seq);
    const item = postNodes.get(post.seq) || createPost(post, record, thread.first === post && warning);
    updateReactions(item, post);
    if (list.children[i] !== item) {
      list.insertBefore(item, list.children[i] || null);
    }
  });
  for (const child of [...list.children]) {
    if (!keep.has(Number(child.dataset.seq))) {
      child.remove();
      postNodes.delete(Number(child.dataset.seq));
    }
  }
}

function createPost(post, record, warningIsThreads) {
  const own = post.sender === record.thumbprint;
  const when = new Date(post.sentAt * 1000);
  const bodyId = `body-${post.seq}`;
  const byline = el(
    'p',
    { class: 'byline' },
    el('strong', { class: 'author' }, post.displayName),
    ' ',
    el('span', { class: 'fingerprint', title: text('chat.fingerprint') }, shortFingerprint(post.sender)),
    own ? el('span', { class: 'you' }, ` ${text('chat.you')}`) : null,
    ' ',
    el('time', { datetime: when.toISOString() }, when.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })),
  );
  const body = el('p', { class: 'body', id: bodyId }, post.body);
  const parts = [byline];
  if (post.contentWarning && !warningIsThreads) {
    const reveal = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': bodyId }, text('chat.showMessage'));
    body.hidden = true;
    reveal.addEventListener('click', () => {
      const open = body.hidden;
      body.hidden = !open;
      reveal.setAttribute('aria-expanded', String(open));
      reveal.textContent = text(open ? 'chat.hideMessage' : 'chat.showMessage');
    });
    parts.push(el('p', { class: 'cw' }, text('chat.contentWarning', post.contentWarning)), reveal);
  }
  parts.push(body, el('p', { class: 'reactions muted' }));
  const actions = el('div', { class: 'actions' });
  if (own) {
    const remove = deleteButton(() => member.retract(post.id), 'chat-status');
    actions.append(remove);
  } else {
    const mute = el('button', { type: 'button', class: 'secondary' }, text('chat.mute', post.displayName));
    mute.addEventListener('click', async () => {
      await member.setMuted(post.sender, true);
      say('chat-status', text('chat.muted', post.displayName));
    });
    actions.append(mute);
  }
  parts.push(actions);
  if (!own && post.sender) {
    const [report, form] = reportControl(member, post);
    actions.append(report);
    parts.push(form);
  }
  const node = el('article', { class: own ? 'post own' : 'post', 'data-seq': String(post.seq), 'data-id': post.id }, parts);
  postNodes.set(post.seq, node);
  return node;
}

function updateReactions(node, post) {
  const line = node.querySelector('.reactions');
  const value = post.reactions.map((r) => `${r.emoji} ${r.count}`).join('  ');
  if (line.textContent !== value) {
    line.textContent = value;
  }
  line.hidden = !value;
}

function replyForm(threadId) {
  const bodyId = `reply-${threadId}`;
  const cwId = `reply-cw-${threadId}`;
  const errorId = `reply-error-${threadId}`;
  const body = el('textarea', { id: bodyId, rows: '2', required: true, maxlength: '16000', 'aria-describedby': errorId });
  const warning = el('input', { id: cwId, type: 'text', maxlength: '200', autocomplete: 'off' });
  const form = el(
    'form',
    { class: 'reply' },
    el('label', { for: bodyId }, text('chat.reply')),
    body,
    el('label', { for: cwId }, text('chat.cwOptional')),
    warning,
    el('button', { type: 'submit' }, text('chat.send')),
    el('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!(await helpOfferedFirst(form, body, body.value, warning.value))) {
      return;
    }
    await sending(form, errorId, () => member.reply(threadId, body.value, warning.value.trim() || null));
    if (!byId(errorId).textContent) {
      body.value = '';
      warning.value = '';
    }
  });
  return form;
}

// Before a message with a crisis phrase leaves, the help panel opens next to its form: the member
// may look for help, go back to the message or send it as it is. Resolves true to send. All of it
// happens here in the browser; nothing is sent until the member chooses to.
let pendingChoice = null;
function helpOfferedFirst(form, field, ...texts) {
  if (!mentionsCrisis(crisisPhrases, ...texts)) {
    return Promise.resolve(true);
  }
  pendingChoice?.(false);
  const panel = byId('crisis-check');
  form.after(panel);
  panel.hidden = false;
  byId('crisis-heading').focus();
  return new Promise((resolve) => {
    pendingChoice = (send) => {
      pendingChoice = null;
      panel.hidden = true;
      if (!send) {
        field.focus();
      }
      resolve(send);
    };
  });
}
byId('crisis-send').addEventListener('click', () => pendingChoice?.(true));
byId('crisis-back').addEventListener('click', () => pendingChoice?.(false));
byId('crisis-check').addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    pendingChoice?.(false);
  }
});

// Sends, keeping what was typed on failure and saying why next to the form.
async function sending(form, errorId, work) {
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  say(errorId, '');
  try {
    await work();
  } catch (e) {
    say(errorId, failure(e));
  } finally {
    button.disabled = false;
  }
}

byId('new-thread').addEventListener('submit', async (event) => {
  event.preventDefault();
  const title = byId('thread-title');
  const body = byId('thread-body');
  const warning = byId('thread-cw');
  if (!(await helpOfferedFirst(event.target, body, title.value, body.value, warning.value))) {
    return;
  }
  await sending(event.target, 'thread-error', () => member.post(title.value.trim(), body.value, warning.value.trim() || null));
  if (!byId('thread-error').textContent) {
    title.value = '';
    body.value = '';
    warning.value = '';
  }
});

function renderSettings(record) {
  const name = byId('settings-name');
  if (document.activeElement !== name && !name.dataset.edited) {
    name.value = record.displayName;
  }
  const list = byId('muted-list');
  list.replaceChildren();
  const names = new Map();
  for (const entry of record.history) {
    if (entry.content && entry.sender) {
      names.set(entry.sender, entry.content.displayName);
    }
  }
  for (const thumbprint of record.mutes) {
    const label = `${names.get(thumbprint) || text('chat.someone')} ${shortFingerprint(thumbprint)}`;
    const unmute = el('button', { type: 'button', class: 'secondary' }, text('chat.unmute', label));
    unmute.addEventListener('click', () => member.setMuted(thumbprint, false));
    list.append(el('li', {}, unmute));
  }
  byId('muted-none').hidden = record.mutes.length > 0;
}

byId('settings-name').addEventListener('input', (event) => {
  event.target.dataset.edited = 'yes';
});

byId('name-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  await sending(event.target, 'name-error', async () => {
    await member.setDisplayName(byId('settings-name').value.trim());
    delete byId('settings-name').dataset.edited;
    say('chat-status', text('chat.nameSaved'));
  });
});

byId('leave').addEventListener('click', () => {
  byId('leave-confirm').hidden = false;
  byId('leave-final').focus();
});
byId('leave-cancel').addEventListener('click', () => {
  byId('leave-confirm').hidden = true;
  byId('leave').focus();
});
byId('leave-final').addEventListener('click', async (event) => {
  event.target.disabled = true;
  try {
    live?.abort();
    await member.leave();
    gone('chat.left');
  } catch (e) {
    event.target.disabled = false;
    say('chat-status', failure(e));
  }
});

// ---- notifications and wellbeing ----

function quiet() {
  return inQuietHours(prefs, new Date());
}

function notify(record) {
  const fresh = record.history.filter((e) => e.seq > newest && e.sender !== record.thumbprint && !record.mutes.includes(e.sender));
  newest = Math.max(newest, ...record.history.map((e) => e.seq));
  const isQuiet = quiet();
  byId('threads').setAttribute('aria-live', isQuiet ? 'off' : 'polite');
  byId('quiet-note').hidden = !isQuiet;
  if (document.hidden && !isQuiet && fresh.length > 0) {
    unseen += fresh.length;
    document.title = `(${unseen}) ${title}`;
  }
}

document.addEventListener('visibilitychange', () => {
  if (!document.hidden) {
    unseen = 0;
    document.title = title;
  }
});

function startWellbeing() {
  setInterval(() => notify(member.record || { history: [], mutes: [] }), 60000);
  if (prefs.breakMinutes > 0) {
    const remind = () => {
      if (!quiet()) {
        byId('break-reminder').hidden = false;
      }
    };
    setInterval(remind, prefs.breakMinutes * 60000);
  }
  byId('break-dismiss').addEventListener('click', () => {
    byId('break-reminder').hidden = true;
  });
}

start();
