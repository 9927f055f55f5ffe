// One browser member of one group: joining, reading, sending, deleting, muting and leaving, over the
// delivery API, with the record in IndexedDB as the only truth. Every step runs under the group's
// lock and starts from the stored record, so two tabs never send from the same state, and the
// advanced MLS state is stored before any ciphertext leaves the device (a restored stale state could
// otherwise reuse a key and nonce).

import * as content from '../../protocol/src/main/js/content.js';
import { ApiError, GroupApi, messageBytes } from './api.js';
import { fromBase64Url } from './bytes.js';
import { generateKey, thumbprint } from './keys.js';
import * as mls from './mls.js';
import { Status, advance, newRecord, remember } from './record.js';
import { freshKeys, historyEntry, newReplyKey, openReceived, sealReply } from './report-reply.js';
import * as store from './store.js';

const STALE_RETRIES = 3;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const PAGE = 200;

/** Join policies of the group descriptor (docs/delivery-api.md, "Joining"). */
export const Policy = Object.freeze({ OPEN: 'OPEN', APPROVAL: 'APPROVAL', INVITE_ONLY: 'INVITE_ONLY' });

export class GroupMember {
  /**
   * @param groupId the Hearth group id
   * @param onChange called with the stored record after every change (the page redraws)
   */
  constructor(groupId, onChange = () => {}) {
    this.groupId = groupId;
    this.onChange = onChange;
    this.api = null;
    this.record = null;
  }

  /** Loads this browser's record of the group; resolves to it or null. */
  async load() {
    this.record = await store.loadGroup(this.groupId);
    if (this.record) {
      this.api = new GroupApi(this.groupId, this.key());
    }
    return this.record;
  }

  key() {
    return { seed: this.record.seed, publicKey: this.record.publicKey };
  }

  /** Runs `work(record)` on the freshly loaded record under the lock, then stores and reports it. */
  async update(work) {
    return store.withGroupLock(this.groupId, async () => {
      const record = await store.loadGroup(this.groupId);
      if (!record) {
        throw new Error('this device no longer holds this group');
      }
      const result = await work(record);
      await store.saveGroup(record);
      this.record = record;
      this.onChange(record);
      return result;
    });
  }

  /**
   * Joins with a fresh key: by external commit for an open group, otherwise by a join request
   * (with the invite code for an invite-only group) whose Welcome arrives later.
   */
  async join(policy, displayName, inviteCode, groupName) {
    content.validate({ type: 'retraction', id: content.randomId(), displayName, target: content.randomId() });
    const key = await generateKey();
    const record = newRecord(this.groupId, key, await thumbprint(key.publicKey), displayName, groupName);
    this.api = new GroupApi(this.groupId, key);
    await store.withGroupLock(this.groupId, async () => {
      if (await store.loadGroup(this.groupId)) {
        throw new Error('this device is already in this group');
      }
      await store.saveGroup(record);
    });
    this.record = record;
    try {
      if (policy === Policy.OPEN) {
        await this.update((r) => this.externalJoin(r));
      } else {
        const kp = await mls.keyPackage(key);
        await this.update(async (r) => {
          r.pendingKeyPackage = mls.encodePendingKeyPackage(kp);
        });
        await this.api.requestJoin(mls.encodeKeyPackage(kp.publicPackage), inviteCode || undefined);
      }
    } catch (e) {
      await store.deleteGroup(this.groupId);
      this.record = null;
      throw e;
    }
    return this.record;
  }

  async externalJoin(record) {
    for (let attempt = 0; ; attempt++) {
      const state = await this.api.state();
      const joined = await mls.externalJoin(fromBase64Url(state.groupInfo), {
        seed: record.seed,
        publicKey: record.publicKey,
      });
      record.state = mls.encodeState(joined.state);
      record.status = Status.MEMBER;
      await store.saveGroup(record);
      try {
        const accepted = await this.api.commit(joined.commit, joined.groupInfo);
        advance(record, accepted.seq);
        return;
      } catch (e) {
        if (!(e instanceof ApiError) || e.slug !== 'stale-epoch' || attempt >= STALE_RETRIES) {
          throw e;
        }
      }
    }
  }

  /** For a pending join: takes the Welcome when a facilitator has added this key. */
  async checkWelcome() {
    let welcome;
    try {
      welcome = await this.api.welcome();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        try {
          await this.api.myJoinRequest();
          return 'waiting';
        } catch (again) {
          if (again instanceof ApiError && again.status === 404) {
            return 'declined';
          }
          throw again;
        }
      }
      throw e;
    }
    await this.update(async (record) => {
      if (record.status !== Status.PENDING) {
        return;
      }
      const kp = mls.decodePendingKeyPackage(record.pendingKeyPackage);
      const state = await mls.joinFromWelcome(fromBase64Url(welcome.welcome), kp);
      record.state = mls.encodeState(state);
      record.pendingKeyPackage = null;
      record.status = Status.MEMBER;
      advance(record, welcome.seq);
    });
    await this.api.dropWelcome().catch(() => {});
    return 'joined';
  }

  /** Reads everything after the stored position. */
  async catchUp() {
    for (;;) {
      const page = await this.api.messages(this.record.position, PAGE);
      if (page.messages.length === 0) {
        return;
      }
      await this.receive(page.messages);
      if (this.record.status !== Status.MEMBER) {
        return;
      }
    }
  }

  /**
   * Processes delivered messages in order (ones at or before the position are ignored), then
   * commits proposals that wait, such as a member's leaving.
   */
  receive(messages) {
    return this.update(async (record) => {
      await this.process(record, messages);
      await this.commitWaitingProposals(record);
    });
  }

  /**
   * Any member's next commit must include the epoch's proposals (RFC 9420 section 12.4), and a
   * group of browser members may have nobody else to make it: the member who sees a proposal
   * commits it, once per epoch. When the server refuses (another commit won with 409, or the
   * policy forbids it), the state goes back to before this commit, which was never used.
   */
  async commitWaitingProposals(record) {
    if (record.status !== Status.MEMBER) {
      return;
    }
    const before = record.state;
    const state = mls.decodeState(before);
    const epoch = mls.epochOf(state);
    if (!mls.hasPendingProposals(state) || record.committedInEpoch === epoch) {
      return;
    }
    record.committedInEpoch = epoch;
    const staged = await mls.commitPending(state);
    record.state = mls.encodeState(staged.state);
    await store.saveGroup(record);
    try {
      const accepted = await this.api.commit(staged.commit, staged.groupInfo);
      record.ownSeqs.push(accepted.seq);
    } catch (e) {
      record.state = before;
      await store.saveGroup(record);
      if (!(e instanceof ApiError)) {
        throw e;
      }
    }
  }

  async process(record, messages) {
    if (record.status !== Status.MEMBER) {
      return;
    }
    record.replyKeys = freshKeys(record.replyKeys, nowSeconds()); // a report lives 90 days at most
    let state = mls.decodeState(record.state);
    for (const message of messages) {
      if (message.seq <= record.position) {
        continue;
      }
      if (record.ownSeqs.includes(message.seq) || message.deleted || !message.data) {
        advance(record, message.seq);
        continue;
      }
      const bytes = messageBytes(message);
      if (message.kind === 'application') {
        let decoded = null;
        let sender = null;
        let evidence = null;
        try {
          const opened = await mls.open(state, bytes);
          state = opened.state;
          sender = opened.sender;
          evidence = opened.evidence;
          decoded = content.decode(opened.data);
        } catch {
          decoded = null; // shown as a message this version cannot show
        }
        if (decoded && decoded.type === 'privateReply') {
          // Kept (as its opened text) only by the reporter it answers; nobody else shows anything.
          const reply = await this.openReply(record, decoded);
          if (reply) {
            remember(record, { seq: message.seq, sentAt: message.sentAt, sender, content: reply });
          }
          advance(record, message.seq);
          continue;
        }
        remember(record, { seq: message.seq, sentAt: message.sentAt, sender, content: decoded, evidence });
      } else if (message.epoch === mls.epochOf(state)) {
        const handled = await mls.open(state, bytes);
        state = handled.state;
        if (handled.removed) {
          record.status = Status.REMOVED;
          record.state = null;
          advance(record, message.seq);
          return;
        }
      }
      advance(record, message.seq);
    }
    record.state = mls.encodeState(state);
  }

  /** A private reply opened with one of this member's report keys, as the history keeps it, or null. */
  openReply(record, reply) {
    return openReceived(record.replyKeys, this.groupId, reply);
  }

  /**
   * Encrypts and sends one content, catching up and retrying when the group moved on; the history
   * keeps `kept` (by default the content itself).
   */
  send(contentValue, kept = contentValue) {
    const padded = content.encode(contentValue);
    return this.update(async (record) => {
      for (let attempt = 0; ; attempt++) {
        const { state, message } = await mls.protect(mls.decodeState(record.state), padded);
        record.state = mls.encodeState(state);
        await store.saveGroup(record); // before the ciphertext leaves
        try {
          const accepted = await this.api.sendMessage(message);
          record.ownSeqs.push(accepted.seq);
          remember(record, { seq: accepted.seq, sentAt: nowSeconds(), sender: record.thumbprint, content: kept });
          return accepted.seq;
        } catch (e) {
          if (!(e instanceof ApiError) || e.slug !== 'stale-epoch' || attempt >= STALE_RETRIES) {
            throw e;
          }
          await this.catchUpLocked(record);
          if (record.status !== Status.MEMBER) {
            throw e;
          }
        }
      }
    });
  }

  async catchUpLocked(record) {
    for (;;) {
      const page = await this.api.messages(record.position, PAGE);
      if (page.messages.length === 0) {
        return;
      }
      await this.process(record, page.messages);
      if (record.status !== Status.MEMBER) {
        return;
      }
    }
  }

  /**
   * Reports another member's message by its sequence number, with its signed content and a fresh
   * reply key; the key's private half is kept in the record (for 90 days) once the server took it.
   */
  async report(seq, reason, note) {
    const entry = this.record.history.find((e) => e.seq === seq);
    if (!entry || !entry.evidence || entry.sender === this.record.thumbprint) {
      throw new Error('only messages of others that this device read can be reported');
    }
    const key = await newReplyKey();
    const report = await this.api.report(seq, entry.evidence, reason, note, key.publicKey);
    await this.update(async (record) => {
      record.replyKeys = freshKeys(record.replyKeys, nowSeconds());
      record.replyKeys.push({ reportId: report.id, seq, privateKey: key.privateKey, createdAt: nowSeconds() });
    });
    return report;
  }

  /**
   * Facilitators: answers a report (a ReportView with a `replyKey`) privately, sealed to the
   * reporter's key and sent to the group as a private_reply content.
   */
  async replyPrivately(report, text) {
    if (!report.replyKey) {
      throw new Error('this report cannot be answered privately');
    }
    const sealed = await sealReply(fromBase64Url(report.replyKey), this.groupId, report.id, text);
    const reply = { type: 'privateReply', id: content.randomId(), displayName: this.record.displayName, ...sealed };
    return this.send(reply, historyEntry(reply, report.id, text));
  }

  /**
   * Removes a member (facilitators): a Remove commit from this member's state, stored before it
   * leaves, rolled back if the server refuses it.
   */
  removeMember(thumbprint) {
    return this.update(async (record) => {
      await this.catchUpLocked(record);
      const before = record.state;
      const r = await mls.commitRemove(mls.decodeState(record.state), thumbprint);
      record.state = mls.encodeState(r.state);
      await store.saveGroup(record);
      try {
        const accepted = await this.api.commit(r.commit, r.groupInfo);
        record.ownSeqs.push(accepted.seq);
      } catch (e) {
        record.state = before;
        await store.saveGroup(record);
        throw e;
      }
    });
  }

  /** Starts a thread. */
  post(title, body, contentWarning) {
    return this.send({
      type: 'post',
      id: content.randomId(),
      displayName: this.record.displayName,
      thread: null,
      title,
      body,
      contentWarning: contentWarning || null,
    });
  }

  /** Replies in the thread whose first post has id `thread`. */
  reply(thread, body, contentWarning) {
    return this.send({
      type: 'post',
      id: content.randomId(),
      displayName: this.record.displayName,
      thread,
      title: null,
      body,
      contentWarning: contentWarning || null,
    });
  }

  /** Deletes one's own message: a Retraction for those who read it, then the server's copy. */
  async retract(id) {
    const own = this.record.history.find((e) => e.content && e.content.id === id && e.sender === this.record.thumbprint);
    if (!own) {
      throw new Error('only your own messages can be deleted');
    }
    await this.send({ type: 'retraction', id: content.randomId(), displayName: this.record.displayName, target: id });
    await this.api.deleteMessage(own.seq).catch((e) => {
      if (!(e instanceof ApiError) || e.status !== 404) {
        throw e;
      }
    });
  }

  setMuted(thumbprintValue, muted) {
    return this.update(async (record) => {
      record.mutes = record.mutes.filter((t) => t !== thumbprintValue);
      if (muted) {
        record.mutes.push(thumbprintValue);
      }
    });
  }

  setDisplayName(name) {
    content.validate({ type: 'retraction', id: content.randomId(), displayName: name, target: content.randomId() });
    return this.update(async (record) => {
      record.displayName = name;
    });
  }

  /**
   * Leaves: a Remove proposal of one's own leaf (another member's next commit removes it), then
   * the server forgets this key in the group, then this device forgets the group.
   */
  async leave() {
    await store.withGroupLock(this.groupId, async () => {
      const record = await store.loadGroup(this.groupId);
      if (record && record.status === Status.MEMBER) {
        const { state, proposal } = await mls.proposeLeave(mls.decodeState(record.state));
        record.state = mls.encodeState(state);
        await store.saveGroup(record);
        try {
          await this.api.propose(proposal);
        } catch (e) {
          if (!(e instanceof ApiError) || e.status !== 409) {
            throw e;
          }
          // A stale epoch: the membership is deleted below all the same.
        }
      }
      if (record && record.status !== Status.MOVED) {
        await this.api.leave().catch((e) => {
          if (!(e instanceof ApiError) || (e.status !== 403 && e.status !== 404)) {
            throw e;
          }
        });
        await this.api.signOut();
      }
      await store.deleteGroup(this.groupId);
    });
    this.record = null;
  }

  /**
   * Follows the group live until `signal` aborts, reconnecting after failures and resuming from the
   * stored position, so nothing is missed or shown twice.
   */
  async live(signal, onError = () => {}) {
    let delay = 1000;
    while (!signal.aborted && this.record && this.record.status === Status.MEMBER) {
      try {
        await this.catchUp();
        await this.api.follow(this.record.position, (message) => this.receive([message]), signal);
        delay = 1000;
      } catch (e) {
        if (signal.aborted) {
          return;
        }
        onError(e);
        // Hearth's own refusal ends following; a 404 without Hearth's problem document comes from
        // a server still starting its application or a proxy, and is waited out.
        if (e instanceof ApiError && (e.status === 403 || e.status === 404) && e.problem.type) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 30000);
      }
    }
  }
}
