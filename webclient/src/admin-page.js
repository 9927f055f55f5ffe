// The console's sign-in page (/admin/sign-in): this browser's admin key is made here and kept in
// IndexedDB; it signs the server's challenge (or, for the first admin, registers with the one-time
// setup code), and the session token goes to the server in a CSRF-checked form that sets the
// console's cookie. Everything else in the console is plain server-rendered forms.

import { toBase64Url } from './bytes.js';
import { ApiError, GroupApi } from './api.js';
import { fingerprint } from './fingerprint.js';
import { generateKey, jwk, sign, thumbprint } from './keys.js';
import { failure, say, text } from './page.js';
import { loadAdminKey, saveAdminKey } from './store.js';

const byId = (id) => document.getElementById(id);
// Only its plain request helper is used: relative URLs, no credentials, problems as ApiError.
const api = new GroupApi('', null);

async function adminKey() {
  const existing = await loadAdminKey();
  if (existing) {
    return existing;
  }
  const key = await generateKey();
  await saveAdminKey(key);
  return key;
}

async function proof(key) {
  const { challenge } = await api.send('POST', '/api/v1/auth/challenges');
  const signature = await sign(key.seed, new TextEncoder().encode(challenge));
  return { challenge, publicKey: jwk(key.publicKey), signature: toBase64Url(signature) };
}

function startSession(token) {
  byId('session-token').value = token;
  byId('session-form').submit();
}

async function signIn(key) {
  say('sign-in-error', text('admin.signIn.working'));
  try {
    const session = await api.send('POST', '/api/v1/auth/sessions', { json: await proof(key) });
    startSession(session.token);
  } catch (e) {
    say('sign-in-error', failure(e));
  }
}

async function setUp(key, code) {
  say('setup-code-error', '');
  try {
    const session = await api.send('POST', '/api/v1/admin/setup', { json: { setupCode: code, ...(await proof(key)) } });
    startSession(session.token);
  } catch (e) {
    const badCode = e instanceof ApiError && (e.status === 403 || e.status === 422 || e.status === 400);
    say('setup-code-error', badCode ? text('admin.setup.badCode') : failure(e));
    byId('setup-code').setAttribute('aria-invalid', 'true');
    byId('setup-code').focus();
  }
}

async function main() {
  const key = await adminKey();
  byId('admin-fingerprint').textContent = fingerprint(await thumbprint(key.publicKey));
  byId('admin-public-key').value = JSON.stringify(jwk(key.publicKey));
  const signInButton = byId('admin-sign-in');
  signInButton.disabled = false;
  signInButton.addEventListener('click', () => signIn(key));
  byId('setup-submit').disabled = false;
  byId('setup-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const code = byId('setup-code').value.trim();
    if (!code) {
      say('setup-code-error', text('admin.setup.badCode'));
      return;
    }
    setUp(key, code);
  });
}

main().catch((e) => say('sign-in-error', failure(e)));
