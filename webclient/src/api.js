// The delivery API of the instance that served this page (docs/delivery-api.md), over fetch with
// relative URLs only: the client never contacts another origin. Errors become ApiError values
// carrying the RFC 9457 problem the server sent.

import { fromBase64Url, toBase64Url } from './bytes.js';
import { jwk, sign } from './keys.js';
import { EventStreamParser } from './sse.js';

/** A refused or failed request: the HTTP status and the problem's stable type slug. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
    const type = this.problem.type || '';
    this.slug = type.startsWith('urn:hearth:problem:') ? type.slice('urn:hearth:problem:'.length) : type;
  }
}

const SESSION_MARGIN_SECONDS = 60;

/** Calls to one group's part of the API on behalf of one key; signs in when needed. */
export class GroupApi {
  /**
   * @param groupId the Hearth group id (a UUID)
   * @param key `{ seed, publicKey }` of the member's key for this group
   */
  constructor(groupId, key, fetchImpl = globalThis.fetch.bind(globalThis)) {
    this.groupId = groupId;
    this.key = key;
    this.fetch = fetchImpl;
    this.session = null;
  }

  async token() {
    const now = Date.now() / 1000;
    if (!this.session || this.session.expiresAt - SESSION_MARGIN_SECONDS < now) {
      const { challenge } = await this.send('POST', '/api/v1/auth/challenges');
      const signature = await sign(this.key.seed, new TextEncoder().encode(challenge));
      this.session = await this.send('POST', '/api/v1/auth/sessions', {
        json: { challenge, publicKey: jwk(this.key.publicKey), signature: toBase64Url(signature) },
      });
    }
    return this.session.token;
  }

  /** Ends the session on the server; failures are ignored (the token expires on its own). */
  async signOut() {
    if (!this.session) {
      return;
    }
    const token = this.session.token;
    this.session = null;
    try {
      await this.send('DELETE', '/api/v1/auth/sessions/current', { token });
    } catch {
      // Expires within the hour.
    }
  }

  /** A request with this key's session; a 401 (session ended early) signs in once more. */
  async call(method, path, options = {}) {
    const url = `/api/v1/groups/${this.groupId}${path}`;
    try {
      return await this.send(method, url, { ...options, token: await this.token() });
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) {
        throw e;
      }
      this.session = null;
      return this.send(method, url, { ...options, token: await this.token() });
    }
  }

  async send(method, url, { json, mls, token } = {}) {
    const headers = { Accept: 'application/json' };
    let body;
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (mls !== undefined) {
      headers['Content-Type'] = 'message/mls';
      body = mls;
    }
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    const response = await this.fetch(url, { method, headers, body, credentials: 'omit', cache: 'no-store' });
    const text = await response.text();
    const parsed = text ? safeJson(text) : null;
    if (!response.ok) {
      throw new ApiError(response.status, parsed);
    }
    return parsed;
  }

  state() {
    return this.call('GET', '/mls');
  }

  commit(commit, groupInfo, welcome) {
    const json = { commit: toBase64Url(commit), groupInfo: toBase64Url(groupInfo) };
    if (welcome) {
      json.welcome = toBase64Url(welcome);
    }
    return this.call('POST', '/commits', { json });
  }

  propose(proposal) {
    return this.call('POST', '/proposals', { mls: proposal });
  }

  sendMessage(message) {
    return this.call('POST', '/messages', { mls: message });
  }

  messages(after, limit = 200) {
    return this.call('GET', `/messages?after=${after}&limit=${limit}`);
  }

  deleteMessage(seq) {
    return this.call('DELETE', `/messages/${seq}`);
  }

  requestJoin(keyPackage, inviteCode) {
    const json = { keyPackage: toBase64Url(keyPackage) };
    if (inviteCode) {
      json.inviteCode = inviteCode;
    }
    return this.call('POST', '/join-requests', { json });
  }

  myJoinRequest() {
    return this.call('GET', '/join-requests/mine');
  }

  welcome() {
    return this.call('GET', '/welcome');
  }

  dropWelcome() {
    return this.call('DELETE', '/welcome');
  }

  leave() {
    return this.call('DELETE', '/membership');
  }

  /**
   * Reports a message: `evidence` is its signed content, `replyKey` the public key a facilitator may
   * seal a private reply to (docs/reports.md).
   */
  report(seq, evidence, reason, note, replyKey) {
    const json = { seq, evidence: toBase64Url(evidence), reason };
    if (note) {
      json.note = note;
    }
    if (replyKey) {
      json.replyKey = toBase64Url(replyKey);
    }
    return this.call('POST', '/reports', { json });
  }

  /** Facilitators: the group's open and escalated reports. */
  reports() {
    return this.call('GET', '/reports');
  }

  /** Facilitators: REVIEW, DISMISS or ESCALATE a report. */
  actOnReport(id, action) {
    return this.call('POST', `/reports/${encodeURIComponent(id)}`, { json: { action } });
  }

  /** The group's guidelines and the version this key accepted. */
  guidelines() {
    return this.call('GET', '/guidelines');
  }

  /** Accepts guidelines `version` (the current one). */
  acceptGuidelines(version) {
    return this.call('POST', '/guidelines/acceptance', { json: { version } });
  }

  /** Facilitators: join requests and reports waiting, members muted. */
  facilitation() {
    return this.call('GET', '/facilitation');
  }

  /** This facilitator's e-mail notice for the group: `{available, address?, interval}`. */
  notification() {
    return this.call('GET', '/notification');
  }

  setNotification(address) {
    return this.call('PUT', '/notification', { json: { address } });
  }

  removeNotification() {
    return this.call('DELETE', '/notification');
  }

  /**
   * Follows the group's event stream from `after`, calling `onMessage(deliveredMessage)` in order,
   * until `signal` aborts or the stream ends; resolves with the last sequence number seen.
   */
  async follow(after, onMessage, signal) {
    const token = await this.token();
    const response = await this.fetch(`/api/v1/groups/${this.groupId}/events?after=${after}`, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(response.status, text ? safeJson(text) : null);
    }
    let last = after;
    const queue = [];
    const parser = new EventStreamParser((event) => {
      if (event.event === 'message') {
        queue.push(JSON.parse(event.data));
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return last;
      }
      parser.push(value);
      while (queue.length > 0) {
        const message = queue.shift();
        await onMessage(message);
        last = Math.max(last, message.seq);
      }
    }
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 200) };
  }
}

/** The bytes of a DeliveredMessage's data. */
export const messageBytes = (message) => fromBase64Url(message.data);
