// What this browser keeps for Hearth, in IndexedDB: the device's sealing key (a non-extractable
// AES-GCM CryptoKey) and one sealed record per group. Records are read and written under a Web Lock
// per group, so two tabs never act on the same MLS state at once.

import { seal, newSealingKey, unseal } from './seal.js';
import { decodeRecord, encodeRecord } from './record.js';

const DB = 'hearth';
const DEVICE = 'device';
const GROUPS = 'groups';

let dbPromise;

function open() {
  dbPromise ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(DEVICE);
      request.result.createObjectStore(GROUPS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return dbPromise;
}

async function tx(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode, { durability: 'strict' });
    const result = work(t.objectStore(store));
    t.oncomplete = () => resolve(result.result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

async function sealingKey() {
  const existing = await tx(DEVICE, 'readonly', (s) => s.get('sealing-key'));
  if (existing) {
    return existing;
  }
  return navigator.locks.request('hearth-device', async () => {
    const again = await tx(DEVICE, 'readonly', (s) => s.get('sealing-key'));
    if (again) {
      return again;
    }
    const key = await newSealingKey();
    await tx(DEVICE, 'readwrite', (s) => s.put(key, 'sealing-key'));
    return key;
  });
}

const recordName = (groupId) => `group:${groupId}`;

/** The record of `groupId`, or null. */
export async function loadGroup(groupId) {
  const sealed = await tx(GROUPS, 'readonly', (s) => s.get(groupId));
  if (!sealed) {
    return null;
  }
  return decodeRecord(await unseal(await sealingKey(), recordName(groupId), sealed));
}

/** Stores the record durably (the transaction has committed when this resolves). */
export async function saveGroup(record) {
  const sealed = await seal(await sealingKey(), recordName(record.groupId), encodeRecord(record));
  await tx(GROUPS, 'readwrite', (s) => s.put(sealed, record.groupId));
}

export async function deleteGroup(groupId) {
  await tx(GROUPS, 'readwrite', (s) => s.delete(groupId));
}

/** Every record this browser holds. */
export async function allGroups() {
  const ids = await tx(GROUPS, 'readonly', (s) => s.getAllKeys());
  const out = [];
  for (const id of ids) {
    out.push(await loadGroup(id));
  }
  return out;
}

/** Runs `work` while holding this group's lock across tabs. */
export const withGroupLock = (groupId, work) => navigator.locks.request(`hearth-group:${groupId}`, work);

/** Forgets this device: every record and the sealing key. */
export async function wipeDevice() {
  const db = await open();
  db.close();
  dbPromise = undefined;
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

// The browser's admin key (seed ‖ public key, 64 bytes), sealed like the group records, in the
// device store: it never leaves this browser, and "forget this device" wipes it with the rest.
const ADMIN_KEY = 'admin-key';

/** The admin key `{ seed, publicKey }` of this browser, or null. */
export async function loadAdminKey() {
  const sealed = await tx(DEVICE, 'readonly', (s) => s.get(ADMIN_KEY));
  if (!sealed) {
    return null;
  }
  const bytes = await unseal(await sealingKey(), ADMIN_KEY, sealed);
  return { seed: bytes.slice(0, 32), publicKey: bytes.slice(32, 64) };
}

/** Stores the admin key durably. */
export async function saveAdminKey(key) {
  const bytes = new Uint8Array(64);
  bytes.set(key.seed);
  bytes.set(key.publicKey, 32);
  const sealed = await seal(await sealingKey(), ADMIN_KEY, bytes);
  await tx(DEVICE, 'readwrite', (s) => s.put(sealed, ADMIN_KEY));
}
