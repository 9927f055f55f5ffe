import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as content from '../../protocol/src/main/js/content.js';
import { readConversation } from '../src/conversation.js';

const id = (n) => n.toString(16).padStart(32, '0');
const post = (n, thread, extra = {}) => ({
  type: 'post', id: id(n), displayName: 'Sam', thread: thread === null ? null : id(thread),
  title: thread === null ? `thread ${n}` : null, body: `body ${n}`, contentWarning: null, ...extra,
});
// Every content passes through the shared content format, as it does between members.
const entry = (seq, sender, c) => ({ seq, sentAt: 1700000000 + seq, sender, content: c && content.decode(content.encode(c)) });

test('threads hold their replies; a reply to an unseen thread goes under a placeholder', () => {
  const view = readConversation([
    entry(1, 'A', post(1, null)),
    entry(3, 'A', post(3, 99)),
    entry(2, 'B', post(2, 1)),
  ]);
  assert.equal(view.threads.length, 2);
  assert.equal(view.threads[0].first.title, 'thread 1');
  assert.deepEqual(view.threads[0].replies.map((r) => r.body), ['body 2']);
  assert.equal(view.threads[1].placeholder, true);
  assert.deepEqual(view.threads[1].replies.map((r) => r.body), ['body 3']);
});

test('the first id wins and only the sender can retract', () => {
  const view = readConversation([
    entry(1, 'A', post(1, null)),
    entry(2, 'B', post(2, 1)),
    entry(3, 'B', { ...post(1, null), body: 'impostor' }),
    entry(4, 'A', { type: 'retraction', id: id(40), displayName: 'Sam', target: id(2) }),
    entry(5, 'B', { type: 'retraction', id: id(50), displayName: 'Bo', target: id(1) }),
  ]);
  assert.equal(view.threads[0].first.body, 'body 1', 'B cannot retract A, nor replace it');
  assert.deepEqual(view.threads[0].replies.map((r) => r.body), ['body 2'], 'A cannot retract B');
  const withdrawn = readConversation([
    entry(1, 'A', post(1, null)),
    entry(2, 'B', post(2, 1)),
    entry(3, 'A', { type: 'retraction', id: id(30), displayName: 'Sam', target: id(1) }),
  ]);
  assert.equal(withdrawn.threads[0].placeholder, true, 'the author withdrew the first post');
  assert.equal(withdrawn.threads[0].first, null);
  assert.deepEqual(withdrawn.threads[0].replies.map((r) => r.body), ['body 2']);
});

test('reactions count once per sender and emoji; content warnings and unreadable messages are kept', () => {
  const view = readConversation([
    entry(1, 'A', post(1, null, { contentWarning: 'loss' })),
    entry(2, 'B', { type: 'reaction', id: id(20), displayName: 'Bo', target: id(1), emoji: '💛' }),
    entry(3, 'B', { type: 'reaction', id: id(30), displayName: 'Bo', target: id(1), emoji: '💛' }),
    entry(4, 'C', { type: 'reaction', id: id(40), displayName: 'Cy', target: id(1), emoji: '💛' }),
    entry(5, 'C', null),
  ]);
  assert.equal(view.threads[0].first.contentWarning, 'loss');
  assert.deepEqual(view.threads[0].first.reactions, [{ emoji: '💛', count: 2 }]);
  assert.deepEqual(view.unreadable, [5]);
});
