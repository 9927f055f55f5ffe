// What a reader sees of a group's messages, by the reading rules of docs/content-format.md
// ("Reading: what clients do with valid content"): processed in seq order, first id wins, replies
// under their thread (or a placeholder for a thread the reader never saw), retractions honoured
// only from the target's sender (compared by credential identity), reactions counted once per
// sender and emoji, private replies (kept only by the member who sent or opened them) listed apart
// and hidden when their sender retracts them, and undecodable content kept as a placeholder. Pure: no
// DOM, no storage.

/**
 * Builds the view of `entries`: `{ seq, sentAt, sender, content }` where `content` is a decoded
 * content or null when it could not be decoded.
 * @returns {{ threads: Thread[], privateReplies: Message[], unreadable: number[] }} threads in order
 *     of their first message, private replies in seq order (each with the `reportId` it answers)
 */
export function readConversation(entries) {
  const byId = new Map(); // id -> { content, sender, seq, sentAt }
  const threads = new Map(); // thread id -> thread
  const order = [];
  const unreadable = [];
  const retracted = new Set();
  const privateReplies = [];

  const threadOf = (id) => {
    let thread = threads.get(id);
    if (!thread) {
      thread = { id, first: null, replies: [], placeholder: true };
      threads.set(id, thread);
      order.push(thread);
    }
    return thread;
  };

  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    const { content } = entry;
    if (!content) {
      unreadable.push(entry.seq);
      continue;
    }
    if (byId.has(content.id)) {
      continue; // first id wins
    }
    const message = { ...entry, reactions: new Map() };
    byId.set(content.id, message);
    if (content.type === 'post') {
      if (content.thread === null) {
        const thread = threadOf(content.id);
        thread.first = message;
        thread.placeholder = false;
      } else {
        const target = byId.get(content.thread);
        const isFirstPost = target && target.content.type === 'post' && target.content.thread === null;
        // A reply naming something that is not a thread's first post goes under a placeholder.
        threadOf(isFirstPost ? content.thread : `unknown:${content.thread}`).replies.push(message);
      }
    } else if (content.type === 'privateReply') {
      privateReplies.push(message);
    } else if (content.type === 'reaction') {
      const target = byId.get(content.target);
      if (target && target.content.type === 'post') {
        const senders = target.reactions.get(content.emoji) || new Map();
        if (!senders.has(entry.sender)) {
          senders.set(entry.sender, content.id);
        }
        target.reactions.set(content.emoji, senders);
      }
    } else if (content.type === 'retraction') {
      const target = byId.get(content.target);
      if (target && target.sender === entry.sender && target.content.type !== 'retraction') {
        retracted.add(content.target);
      }
    }
  }

  for (const id of retracted) {
    const target = byId.get(id);
    target.retracted = true;
    if (target.content.type === 'reaction') {
      const senders = byId.get(target.content.target)?.reactions.get(target.content.emoji);
      if (senders && senders.get(target.sender) === id) {
        senders.delete(target.sender);
      }
    }
  }

  const visible = (m) => !m.retracted;
  const result = order
    .map((t) => ({
      id: t.id,
      placeholder: t.placeholder || !visible(t.first),
      first: t.first && visible(t.first) ? summarise(t.first) : null,
      replies: t.replies.filter(visible).map(summarise),
    }))
    .filter((t) => t.first || t.replies.length > 0);
  const replies = privateReplies.filter(visible).map((m) => ({ ...summarise(m), reportId: m.content.reportId }));
  return { threads: result, privateReplies: replies, unreadable };
}

function summarise(message) {
  const reactions = [];
  for (const [emoji, senders] of message.reactions) {
    if (senders.size > 0) {
      reactions.push({ emoji, count: senders.size });
    }
  }
  return {
    seq: message.seq,
    sentAt: message.sentAt,
    sender: message.sender,
    id: message.content.id,
    displayName: message.content.displayName,
    title: message.content.title,
    body: message.content.body,
    contentWarning: message.content.contentWarning,
    reactions,
  };
}

/** The seq of the message with content id `id` sent by `sender`, or null. */
export function seqOf(entries, id, sender) {
  const found = entries.find((e) => e.content && e.content.id === id && e.sender === sender);
  return found ? found.seq : null;
}
