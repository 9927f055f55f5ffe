import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as content from '../../protocol/src/main/js/content.js';
import { readConversation } from '../src/conversation.js';
import { historyEntry, newReplyKey, openReceived, sealReply } from '../src/report-reply.js';

const GROUP = '6f1c2a52-3f0e-4a5b-9a59-0b7b0f7e8d11';
const REPORT = '0b2d4b7e-8c61-4d1e-a1f5-3f2f0a9c7d42';
const id = (n) => n.toString(16).padStart(32, '0');
const post = (n) => ({ type: 'post', id: id(n), displayName: 'Max', thread: null, title: `t${n}`, body: `b${n}`, contentWarning: null });

// A facilitator's private_reply content as every member decodes it from the group's message.
async function replyTo(publicKey, text, reportId = REPORT) {
  const reply = { type: 'privateReply', id: id(7), displayName: 'Fay', ...(await sealReply(publicKey, GROUP, reportId, text)) };
  return content.decode(content.encode(reply));
}

test('the reporter opens the reply and sees it with its sender; other members keep nothing', async () => {
  const reporterKey = await newReplyKey();
  const otherKey = await newReplyKey();
  const received = await replyTo(reporterKey.publicKey, 'We removed them. Take care.');
  const keys = [{ reportId: REPORT, privateKey: reporterKey.privateKey }];

  const opened = await openReceived(keys, GROUP, received);
  assert.deepEqual(opened, { type: 'privateReply', id: id(7), displayName: 'Fay', reportId: REPORT, body: 'We removed them. Take care.' });
  const view = readConversation([{ seq: 1, sentAt: 1, sender: 'M', content: post(1) }, { seq: 2, sentAt: 2, sender: 'F', content: opened }]);
  assert.equal(view.privateReplies.length, 1);
  assert.equal(view.privateReplies[0].body, 'We removed them. Take care.');
  assert.equal(view.privateReplies[0].displayName, 'Fay');
  assert.equal(view.privateReplies[0].sender, 'F');
  assert.equal(view.privateReplies[0].reportId, REPORT);
  assert.equal(view.threads.length, 1, 'not a thread of its own');
  assert.deepEqual(view.unreadable, []);

  assert.equal(await openReceived([{ reportId: REPORT, privateKey: otherKey.privateKey }], GROUP, received), null, 'another member');
  assert.equal(await openReceived([], GROUP, received), null, 'a member who reported nothing');
  const elsewhere = await replyTo(reporterKey.publicKey, 'Wrong report', id(9));
  assert.equal(await openReceived(keys, GROUP, elsewhere), null, "sealed for another report's id");
});

test('a retraction by its sender hides a private reply; nobody else can, and it takes no reactions or replies', async () => {
  const reply = historyEntry({ id: id(7), displayName: 'Fay' }, REPORT, 'Hello');
  const entries = [
    { seq: 1, sentAt: 1, sender: 'F', content: reply },
    { seq: 2, sentAt: 2, sender: 'M', content: { type: 'retraction', id: id(20), displayName: 'Max', target: id(7) } },
    { seq: 3, sentAt: 3, sender: 'M', content: { type: 'reaction', id: id(30), displayName: 'Max', target: id(7), emoji: '👍' } },
    { seq: 4, sentAt: 4, sender: 'M', content: { ...post(4), thread: id(7), title: null } },
  ];
  const view = readConversation(entries);
  assert.equal(view.privateReplies.length, 1, 'another member cannot retract it');
  assert.deepEqual(view.privateReplies[0].reactions, []);
  assert.equal(view.threads[0].placeholder, true, 'a reply naming it goes under a placeholder');

  const withdrawn = readConversation([
    ...entries,
    { seq: 5, sentAt: 5, sender: 'F', content: { type: 'retraction', id: id(50), displayName: 'Fay', target: id(7) } },
  ]);
  assert.deepEqual(withdrawn.privateReplies, []);
});
