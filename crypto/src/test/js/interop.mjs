// The ts-mls side of Hearth's MLS interoperability test (RFC 9420, suite 0x0001).
// Protocol: one JSON request per stdin line, one JSON reply per stdout line. Byte strings are
// base64 MLSMessages. Several ts-mls members live in this process, addressed by name.
import { createInterface } from "node:readline";
import {
  acceptAll,
  createApplicationMessage,
  createCommit,
  createGroup,
  createProposal,
  decodeMlsMessage,
  defaultCapabilities,
  defaultLifetime,
  emptyPskIndex,
  encodeMlsMessage,
  generateKeyPackage,
  getCiphersuiteFromName,
  getCiphersuiteImpl,
  joinGroup,
  joinGroupExternal,
  processMessage,
} from "ts-mls";
import { createGroupInfo } from "ts-mls/createCommit.js";
import { decryptWithLabel, encryptWithLabel } from "ts-mls/crypto/hpke.js";
import { encode } from "ts-mls/codec/tlsEncoder.js";
import { ratchetTreeEncoder } from "ts-mls/ratchetTree.js";

const cs = await getCiphersuiteImpl(
  getCiphersuiteFromName("MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519"),
);

// ts-mls 1.6.4 reads and writes external_pub as the raw key; RFC 9420 section 12.4.3.2 (and Bouncy
// Castle) encode HPKEPublicKey as opaque<V>, i.e. with a one-byte length prefix for 32 bytes.
const lengthPrefixedCs = Object.create(cs);
lengthPrefixedCs.hpke = Object.create(cs.hpke);
lengthPrefixedCs.hpke.importPublicKey = (k) =>
  cs.hpke.importPublicKey(k.length === 33 && k[0] === 0x20 ? k.subarray(1) : k);

const members = new Map();
const b64 = (bytes) => Buffer.from(bytes).toString("base64");
const bytes = (s) => new Uint8Array(Buffer.from(s, "base64"));
const decode = (s) => decodeMlsMessage(bytes(s), 0)[0];
const encodeMsg = (m) => b64(encodeMlsMessage({ version: "mls10", ...m }));

async function groupInfo(state) {
  const keyPair = await cs.hpke.deriveKeyPair(state.keySchedule.externalSecret);
  const pub = await cs.hpke.exportPublicKey(keyPair.publicKey);
  const prefixed = new Uint8Array(pub.length + 1);
  prefixed[0] = pub.length;
  prefixed.set(pub, 1);
  const gi = await createGroupInfo(state.groupContext, state.confirmationTag, state, [
    { extensionType: "external_pub", extensionData: prefixed },
    { extensionType: "ratchet_tree", extensionData: encode(ratchetTreeEncoder)(state.ratchetTree) },
  ], cs);
  return encodeMsg({ wireformat: "mls_group_info", groupInfo: gi });
}

async function newKeyPackage(name) {
  const credential = { credentialType: "basic", identity: new TextEncoder().encode(name) };
  const kp = await generateKeyPackage(credential, defaultCapabilities(), defaultLifetime, [], cs);
  members.set(name, { kp });
  return kp;
}

async function commit(m, extraProposals) {
  const result = await createCommit(
    { state: m.state, cipherSuite: cs },
    { extraProposals, ratchetTreeExtension: true, wireAsPublicMessage: true },
  );
  m.state = result.newState;
  return {
    commit: b64(encodeMlsMessage(result.commit)),
    welcome: result.welcome ? encodeMsg({ wireformat: "mls_welcome", welcome: result.welcome }) : null,
    groupInfo: await groupInfo(m.state),
  };
}

const ops = {
  async keyPackage({ name }) {
    const kp = await newKeyPackage(name);
    return { keyPackage: encodeMsg({ wireformat: "mls_key_package", keyPackage: kp.publicPackage }) };
  },
  async create({ name, groupId }) {
    const kp = await newKeyPackage(name);
    const m = members.get(name);
    m.state = await createGroup(bytes(groupId), kp.publicPackage, kp.privatePackage, [], cs);
    return { groupInfo: await groupInfo(m.state) };
  },
  async add({ name, keyPackages }) {
    const proposals = keyPackages.map((k) => ({ proposalType: "add", add: { keyPackage: decode(k).keyPackage } }));
    return commit(members.get(name), proposals);
  },
  async remove({ name, leaf }) {
    return commit(members.get(name), [{ proposalType: "remove", remove: { removed: leaf } }]);
  },
  async commitPending({ name }) {
    return commit(members.get(name), []);
  },
  async proposeLeave({ name }) {
    const m = members.get(name);
    const removed = m.state.privatePath.leafIndex;
    const r = await createProposal(m.state, true, { proposalType: "remove", remove: { removed } }, cs);
    m.state = r.newState;
    return { proposal: b64(encodeMlsMessage(r.message)) };
  },
  async join({ name, welcome }) {
    const m = members.get(name);
    m.state = await joinGroup(decode(welcome).welcome, m.kp.publicPackage, m.kp.privatePackage, emptyPskIndex, cs);
    return { epoch: Number(m.state.groupContext.epoch) };
  },
  async externalJoin({ name, groupInfo: gi }) {
    const kp = await newKeyPackage(name);
    const m = members.get(name);
    const r = await joinGroupExternal(decode(gi).groupInfo, kp.publicPackage, kp.privatePackage, false, lengthPrefixedCs);
    m.state = r.newState;
    return {
      commit: encodeMsg({ wireformat: "mls_public_message", publicMessage: r.publicMessage }),
      groupInfo: await groupInfo(m.state),
    };
  },
  async process({ name, message }) {
    const m = members.get(name);
    const r = await processMessage(decode(message), m.state, emptyPskIndex, acceptAll, cs);
    m.state = r.newState;
    if (r.kind === "applicationMessage") {
      return { plaintext: b64(r.message) };
    }
    return { removed: m.state.groupActiveState.kind === "removedFromGroup", epoch: Number(m.state.groupContext.epoch) };
  },
  async protect({ name, plaintext }) {
    const m = members.get(name);
    const r = await createApplicationMessage(m.state, bytes(plaintext), cs);
    m.state = r.newState;
    return { message: encodeMsg({ wireformat: "mls_private_message", privateMessage: r.privateMessage }) };
  },
  // Private replies to reports (docs/reports.md): EncryptWithLabel to a per-report key.
  async replyKeyPair() {
    const pair = await cs.hpke.generateKeyPair();
    return {
      publicKey: b64(await cs.hpke.exportPublicKey(pair.publicKey)),
      privateKey: b64(await cs.hpke.exportPrivateKey(pair.privateKey)),
    };
  },
  async sealReply({ publicKey, context, text }) {
    const key = await cs.hpke.importPublicKey(bytes(publicKey));
    const sealed = await encryptWithLabel(key, "Hearth report reply", new TextEncoder().encode(context), new TextEncoder().encode(text), cs.hpke);
    return { kemOutput: b64(sealed.enc), ciphertext: b64(sealed.ct) };
  },
  async openReply({ privateKey, context, kemOutput, ciphertext }) {
    const key = await cs.hpke.importPrivateKey(bytes(privateKey));
    const text = await decryptWithLabel(key, "Hearth report reply", new TextEncoder().encode(context), bytes(kemOutput), bytes(ciphertext), cs.hpke);
    return { text: new TextDecoder().decode(text) };
  },
  async state({ name }) {
    const m = members.get(name);
    return { epoch: Number(m.state.groupContext.epoch), leaf: m.state.privatePath.leafIndex };
  },
};

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  let reply;
  try {
    const request = JSON.parse(line);
    reply = { ok: true, ...(await ops[request.op](request)) };
  } catch (e) {
    reply = { ok: false, error: String(e && e.message ? e.message : e) };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
}
