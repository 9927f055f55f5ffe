// Hearth's application-content format (docs/content-format.md) for the browser client: what a
// member's client puts inside each MLS PrivateMessage. The Java implementation is
// org.hearth.protocol.content.ContentCodec; both pass
// src/test/resources/org/hearth/protocol/content/content-vectors.json and give the same error
// messages. No dependencies: TextEncoder, TextDecoder and crypto.getRandomValues are in every
// browser and in Node.
//
// A content is a plain object; message ids are 32 lowercase hex digits:
//   { type: 'post', id, displayName, thread, title, body, contentWarning }
//       thread null: starts a thread and has a title; otherwise a reply and title is null.
//       contentWarning null: none.
//   { type: 'reaction', id, displayName, target, emoji }
//   { type: 'retraction', id, displayName, target }
//   { type: 'privateReply', id, displayName, kemOutput, ciphertext }
//       kemOutput, ciphertext: Uint8Array, the outputs of EncryptWithLabel (docs/reports.md).

/** The version this module writes and the only one it reads. */
export const VERSION = 1;

/** At most this many characters (Unicode code points) in a display name. */
export const MAX_DISPLAY_NAME_CHARS = 64;
/** At most this many characters in a thread's title. */
export const MAX_TITLE_CHARS = 200;
/** At most this many UTF-8 bytes in a body. */
export const MAX_BODY_BYTES = 16000;
/** At most this many characters in a content warning. */
export const MAX_CONTENT_WARNING_CHARS = 200;
/** At most this many UTF-8 bytes in a reaction's emoji. */
export const MAX_EMOJI_BYTES = 32;

/** A private reply's KEM output: an X25519 public key. */
export const KEM_OUTPUT_BYTES = 32;
const TAG_BYTES = 16;
/** A private reply's ciphertext: one byte of text and the AEAD tag, at least. */
export const MIN_CIPHERTEXT_BYTES = 1 + TAG_BYTES;
/** A private reply's ciphertext: a body's limit and the tag, at most. */
export const MAX_CIPHERTEXT_BYTES = MAX_BODY_BYTES + TAG_BYTES;

const SMALLEST_BUCKET = 256;
const BUCKET_STEP = 16 * 1024;
/** The longest padded content of version 1. */
export const MAX_PADDED_LENGTH = 2 * BUCKET_STEP;

const POST = 1;
const REACTION = 2;
const RETRACTION = 3;
const PRIVATE_REPLY = 4;
const ID_LENGTH = 16;

/** Content that breaks the format; the message is the one the Java implementation gives. */
export class ContentFormatError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ContentFormatError';
  }
}

const fail = (message) => {
  throw new ContentFormatError(message);
};

// The text fields with their limits and character rules ("Text fields" in the document).
const field = (label, maxChars, maxBytes, multiLine, noBidiControls) => ({
  label,
  maxChars,
  maxBytes,
  multiLine,
  noBidiControls,
  maxEncodedBytes: maxBytes > 0 ? maxBytes : 4 * maxChars,
});
const DISPLAY_NAME = field('display name', MAX_DISPLAY_NAME_CHARS, 0, false, true);
const TITLE = field('title', MAX_TITLE_CHARS, 0, false, false);
const BODY = field('body', 0, MAX_BODY_BYTES, true, false);
const CONTENT_WARNING = field('content warning', MAX_CONTENT_WARNING_CHARS, 0, false, false);
const EMOJI = field('emoji', 0, MAX_EMOJI_BYTES, false, false);

const isControl = (cp) => cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
const isBidiControl = (cp) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
// Unicode White_Space, and the fillers and joiners that show nothing on their own.
const isInvisible = (cp) =>
  (cp >= 0x09 && cp <= 0x0d) ||
  cp === 0x20 ||
  cp === 0x85 ||
  cp === 0xa0 ||
  cp === 0x34f ||
  cp === 0x115f ||
  cp === 0x1160 ||
  cp === 0x1680 ||
  cp === 0x180e ||
  (cp >= 0x2000 && cp <= 0x200d) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  cp === 0x202f ||
  cp === 0x205f ||
  cp === 0x2060 ||
  cp === 0x2800 ||
  cp === 0x3000 ||
  cp === 0x3164 ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  cp === 0xfeff ||
  cp === 0xffa0;

const codePoint = (cp) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');

function checkText(f, value) {
  const refuse = (what) => fail(`${f.label} ${what}`);
  if (value === null || value === undefined) refuse('is missing');
  if (typeof value !== 'string') refuse('must be a string');
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) refuse('has an unpaired surrogate');
  }
  if (value.length === 0) refuse('is empty');
  const codePoints = Array.from(value, (ch) => ch.codePointAt(0));
  if (f.maxChars > 0) {
    if (codePoints.length > f.maxChars) {
      refuse(`is too long: ${codePoints.length} characters, at most ${f.maxChars}`);
    }
  } else {
    const bytes = utf8Length(codePoints);
    if (bytes > f.maxBytes) refuse(`is too long: ${bytes} bytes, at most ${f.maxBytes}`);
  }
  let blank = true;
  for (const cp of codePoints) {
    if (isControl(cp) && !(f.multiLine && (cp === 0x09 || cp === 0x0a || cp === 0x0d))) {
      refuse(`contains a control character (${codePoint(cp)})`);
    }
    if (!f.multiLine && (cp === 0x2028 || cp === 0x2029)) {
      refuse(`contains a line break (${codePoint(cp)})`);
    }
    if (f.noBidiControls && isBidiControl(cp)) {
      refuse(`contains a bidirectional control (${codePoint(cp)})`);
    }
    blank = blank && isInvisible(cp);
  }
  if (blank) refuse('is blank');
}

const utf8Length = (codePoints) =>
  codePoints.reduce((n, cp) => n + (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4), 0);

const ID_PATTERN = /^[0-9a-f]{32}$/;

function checkId(value, what) {
  if (value === null || value === undefined) fail(`${what} is missing`);
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    fail(`${what} must be 32 lowercase hex digits`);
  }
}

function checkKemOutput(value) {
  if (value === null || value === undefined) fail('kem output is missing');
  if (!(value instanceof Uint8Array)) fail('kem output must be bytes');
  if (value.length !== KEM_OUTPUT_BYTES) {
    fail(`kem output is ${value.length} bytes; it must be ${KEM_OUTPUT_BYTES}`);
  }
}

function checkCiphertext(value) {
  if (value === null || value === undefined) fail('ciphertext is missing');
  if (!(value instanceof Uint8Array)) fail('ciphertext must be bytes');
  if (value.length < MIN_CIPHERTEXT_BYTES) {
    fail(`ciphertext is too short: ${value.length} bytes, at least ${MIN_CIPHERTEXT_BYTES}`);
  }
  if (value.length > MAX_CIPHERTEXT_BYTES) {
    fail(`ciphertext is too long: ${value.length} bytes, at most ${MAX_CIPHERTEXT_BYTES}`);
  }
}

/** Checks the text of an opened private reply: the rules of a post's body. */
export function checkReplyText(value) {
  checkText(BODY, value);
  return value;
}

/**
 * Checks every field rule of the document, in the order the Java record constructors check them,
 * and returns a frozen copy holding only the type's fields.
 */
export function validate(content) {
  if (content === null || typeof content !== 'object') fail('content is missing');
  const { type, id, displayName } = content;
  if (type !== 'post' && type !== 'reaction' && type !== 'retraction' && type !== 'privateReply') {
    fail(`unknown content type ${JSON.stringify(type)}`);
  }
  checkId(id, 'message id');
  checkText(DISPLAY_NAME, displayName);
  if (type === 'privateReply') {
    checkKemOutput(content.kemOutput);
    checkCiphertext(content.ciphertext);
    return Object.freeze({
      type,
      id,
      displayName,
      kemOutput: content.kemOutput.slice(),
      ciphertext: content.ciphertext.slice(),
    });
  }
  if (type === 'post') {
    const thread = content.thread ?? null;
    const title = content.title ?? null;
    const contentWarning = content.contentWarning ?? null;
    if (thread === null) {
      if (title === null) fail('a post that starts a thread needs a title');
      checkText(TITLE, title);
    } else {
      checkId(thread, 'thread');
      if (title !== null) fail('a reply has no title');
    }
    checkText(BODY, content.body);
    if (contentWarning !== null) checkText(CONTENT_WARNING, contentWarning);
    return Object.freeze({ type, id, displayName, thread, title, body: content.body, contentWarning });
  }
  checkId(content.target, 'target');
  if (type === 'reaction') {
    checkText(EMOJI, content.emoji);
    return Object.freeze({ type, id, displayName, target: content.target, emoji: content.emoji });
  }
  return Object.freeze({ type, id, displayName, target: content.target });
}

/** A fresh message id from the platform's cryptographically strong random source. */
export function randomId() {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(ID_LENGTH)));
}

/**
 * The bucket an encoding of `length` bytes is padded to: 256, then powers of two up to 16 KiB,
 * then multiples of 16 KiB.
 */
export function paddedLength(length) {
  if (length <= SMALLEST_BUCKET) return SMALLEST_BUCKET;
  if (length <= BUCKET_STEP) {
    let bucket = SMALLEST_BUCKET;
    while (bucket < length) bucket *= 2;
    return bucket;
  }
  return Math.ceil(length / BUCKET_STEP) * BUCKET_STEP;
}

const isBucket = (length) => length >= SMALLEST_BUCKET && paddedLength(length) === length;

const encoder = new TextEncoder();
// fatal: refuse malformed UTF-8 (overlong forms, surrogates, beyond U+10FFFF);
// ignoreBOM: a leading U+FEFF is text, not a marker to strip.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The padded encoding of `content`, ready to be the application data of an MLS message. */
export function encode(content) {
  const c = validate(content);
  const out = [];
  const uint8 = (v) => out.push(v & 0xff);
  const fixedId = (hex) => {
    for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16));
  };
  const opaque = (bytes) => {
    const n = bytes.length;
    // The shortest varint form (RFC 9420 section 2.1.2).
    if (n < 1 << 6) uint8(n);
    else if (n < 1 << 14) out.push(0x40 | (n >>> 8), n & 0xff);
    else out.push(0x80 | (n >>> 24), (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    for (const b of bytes) out.push(b);
  };
  const text = (value) => opaque(encoder.encode(value));
  const optional = (value, write) => {
    uint8(value === null ? 0 : 1);
    if (value !== null) write(value);
  };
  out.push(VERSION >>> 8, VERSION & 0xff);
  uint8({ post: POST, reaction: REACTION, retraction: RETRACTION, privateReply: PRIVATE_REPLY }[c.type]);
  fixedId(c.id);
  text(c.displayName);
  if (c.type === 'privateReply') {
    opaque(c.kemOutput);
    opaque(c.ciphertext);
  } else if (c.type === 'post') {
    optional(c.thread, fixedId);
    optional(c.title, text);
    text(c.body);
    optional(c.contentWarning, text);
  } else {
    fixedId(c.target);
    if (c.type === 'reaction') text(c.emoji);
  }
  const padded = new Uint8Array(paddedLength(out.length));
  padded.set(out);
  return padded;
}

/**
 * Decodes and checks a padded content in the document's order: version, size, the fields, then
 * the padding. Throws ContentFormatError unless `padded` is exactly the encoding of a valid
 * content.
 */
export function decode(padded) {
  if (!(padded instanceof Uint8Array)) fail('content is missing');
  const length = padded.length;
  if (length < 2) fail(`content is too short: ${length} bytes`);
  const version = (padded[0] << 8) | padded[1];
  if (version !== VERSION) fail(`unsupported content version ${version}`);
  if (length > MAX_PADDED_LENGTH) {
    fail(`content is ${length} bytes; version ${VERSION} allows at most ${MAX_PADDED_LENGTH}`);
  }
  if (!isBucket(length)) fail(`content is ${length} bytes, which is not a padding bucket size`);

  let pos = 2;
  const need = (n, what) => {
    if (length - pos < n) fail(`content ends inside ${what}`);
  };
  const uint8 = (what) => {
    need(1, what);
    return padded[pos++];
  };
  const fixed = (n, what) => {
    need(n, what);
    const bytes = padded.subarray(pos, pos + n);
    pos += n;
    return bytes;
  };
  const messageId = (what) => toHex(fixed(ID_LENGTH, what));
  const presence = (what) => {
    const flag = uint8(what);
    if (flag > 1) fail(`presence flag of ${what} is ${flag}, must be 0 or 1`);
    return flag === 1;
  };
  const varint = (what) => {
    const first = uint8(`length of ${what}`);
    const prefix = first >>> 6;
    if (prefix === 3) fail(`length of ${what} has the invalid varint prefix 0b11`);
    let value = first & 0x3f;
    for (let i = 0; i < (1 << prefix) - 1; i++) value = value * 256 + uint8(`length of ${what}`);
    if ((prefix === 1 && value < 1 << 6) || (prefix === 2 && value < 1 << 14)) {
      fail(`length of ${what} is not minimally encoded`);
    }
    return value;
  };
  const opaque = (what, max) => {
    const n = varint(what);
    if (n > max) fail(`${what} is too long: ${n} bytes, at most ${max}`);
    return fixed(n, what).slice();
  };
  const text = (f) => {
    const n = varint(f.label);
    if (n > f.maxEncodedBytes) fail(`${f.label} is too long: ${n} bytes, at most ${f.maxEncodedBytes}`);
    const bytes = fixed(n, f.label);
    try {
      return decoder.decode(bytes);
    } catch {
      return fail(`${f.label} is not valid UTF-8`);
    }
  };

  const typeCode = uint8('content type');
  if (typeCode < POST || typeCode > PRIVATE_REPLY) {
    fail(`unknown content type ${typeCode}`);
  }
  const id = messageId('message id');
  const displayName = text(DISPLAY_NAME);
  let content;
  if (typeCode === PRIVATE_REPLY) {
    const kemOutput = opaque('kem output', KEM_OUTPUT_BYTES);
    checkKemOutput(kemOutput);
    content = { type: 'privateReply', id, displayName, kemOutput, ciphertext: opaque('ciphertext', MAX_CIPHERTEXT_BYTES) };
  } else if (typeCode === POST) {
    const thread = presence('thread') ? messageId('thread') : null;
    const title = presence('title') ? text(TITLE) : null;
    const body = text(BODY);
    const contentWarning = presence('content warning') ? text(CONTENT_WARNING) : null;
    content = { type: 'post', id, displayName, thread, title, body, contentWarning };
  } else {
    const target = messageId('target');
    content =
      typeCode === REACTION
        ? { type: 'reaction', id, displayName, target, emoji: text(EMOJI) }
        : { type: 'retraction', id, displayName, target };
  }
  content = validate(content);

  const end = pos;
  for (let i = end; i < length; i++) {
    if (padded[i] !== 0) fail(`non-zero byte after the content at offset ${i}`);
  }
  const bucket = paddedLength(end);
  if (bucket !== length) {
    fail(`content of ${end} bytes is padded to ${length}; it must be padded to ${bucket}`);
  }
  return content;
}

function toHex(bytes) {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
