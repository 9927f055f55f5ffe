// The "this device" page (/device): preferences kept in this browser, the keyring moved to another
// device as a passphrase-sealed file, and forgetting everything this browser holds.

import { forgetHelpCountry } from './help-country.js';
import { exportKeyring, importKeyring, KeyringError } from './keyring.js';
import { el, failure, say, text } from './page.js';
import { applyPreferences, clearPreferences, loadPreferences, savePreferences } from './prefs.js';
import { Status } from './record.js';
import * as store from './store.js';

const byId = (id) => document.getElementById(id);

// ---- preferences ----

function showPreferences() {
  const prefs = loadPreferences();
  byId('pref-contrast').checked = prefs.contrast;
  byId('pref-large-text').checked = prefs.largeText;
  byId('pref-break').value = String(prefs.breakMinutes);
  byId('pref-quiet-from').value = prefs.quietFrom;
  byId('pref-quiet-to').value = prefs.quietTo;
  applyPreferences(prefs);
}

byId('preferences-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = byId('pref-quiet-from').value;
  const to = byId('pref-quiet-to').value;
  if (Boolean(from) !== Boolean(to)) {
    say('preferences-error', text('device.quietBoth'));
    return;
  }
  say('preferences-error', '');
  savePreferences({
    contrast: byId('pref-contrast').checked,
    largeText: byId('pref-large-text').checked,
    breakMinutes: Number(byId('pref-break').value),
    quietFrom: from,
    quietTo: to,
  });
  showPreferences();
  say('preferences-status', text('device.saved'));
});

// ---- groups and keyring ----

async function showGroups() {
  const list = byId('device-groups');
  list.replaceChildren();
  const records = await store.allGroups();
  for (const record of records) {
    const label = `${record.groupName || record.groupId} — ${text(`device.status.${record.status}`)}`;
    list.append(el('li', {}, record.status === Status.MOVED ? label : el('a', { href: `/groups/${record.groupId}/chat` }, label)));
  }
  byId('device-groups-none').hidden = records.length > 0;
  byId('export-form').hidden = !records.some((r) => r.status !== Status.MOVED);
  return records;
}

const keyringError = (e) => (e instanceof KeyringError ? text(`device.keyring.${e.reason}`) : failure(e));

byId('export-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const passphrase = byId('export-passphrase').value;
  if (passphrase !== byId('export-passphrase-again').value) {
    say('export-error', text('device.keyring.mismatch'));
    return;
  }
  const button = byId('export-submit');
  button.disabled = true;
  say('export-error', '');
  say('export-status', text('device.exporting'));
  try {
    const moving = (await store.allGroups()).filter((r) => r.status !== Status.MOVED);
    const file = await exportKeyring(moving, passphrase, location.origin);
    // Two devices must never send from one MLS state: this one keeps only a note.
    for (const record of moving) {
      await store.withGroupLock(record.groupId, () =>
        store.saveGroup({ ...record, status: Status.MOVED, seed: new Uint8Array(0), publicKey: new Uint8Array(0), state: null, pendingKeyPackage: null, history: [] }),
      );
    }
    const link = byId('export-download');
    link.href = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
    link.download = `hearth-keyring-${new Date().toISOString().slice(0, 10)}.json`;
    link.hidden = false;
    link.click();
    byId('export-passphrase').value = '';
    byId('export-passphrase-again').value = '';
    say('export-status', text('device.exported', moving.length));
    await showGroups();
  } catch (e) {
    say('export-status', '');
    say('export-error', keyringError(e));
  } finally {
    button.disabled = false;
  }
});

byId('import-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = byId('import-file').files[0];
  if (!file) {
    say('import-error', text('device.keyring.noFile'));
    return;
  }
  const button = byId('import-submit');
  button.disabled = true;
  say('import-error', '');
  say('import-status', text('device.importing'));
  try {
    const records = await importKeyring(await file.text(), byId('import-passphrase').value, location.origin);
    let taken = 0;
    for (const record of records) {
      await store.withGroupLock(record.groupId, async () => {
        const existing = await store.loadGroup(record.groupId);
        if (!existing || existing.status === Status.MOVED) {
          await store.saveGroup(record);
          taken++;
        }
      });
    }
    byId('import-passphrase').value = '';
    say('import-status', text('device.imported', taken));
    await showGroups();
  } catch (e) {
    say('import-status', '');
    say('import-error', keyringError(e));
  } finally {
    button.disabled = false;
  }
});

// ---- forget this device ----

byId('forget').addEventListener('click', () => {
  byId('forget-confirm').hidden = false;
  byId('forget-final').focus();
});
byId('forget-cancel').addEventListener('click', () => {
  byId('forget-confirm').hidden = true;
  byId('forget').focus();
});
byId('forget-final').addEventListener('click', async () => {
  try {
    await store.wipeDevice();
    clearPreferences();
    forgetHelpCountry();
    await forgetHelpCopy();
    byId('forget-confirm').hidden = true;
    showPreferences();
    await showGroups();
    say('forget-status', text('device.forgotten'));
  } catch (e) {
    say('forget-status', failure(e));
  }
});

// The offline copy of the help page and the remembered country go too.
async function forgetHelpCopy() {
  if (globalThis.caches) {
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  }
  if (navigator.serviceWorker) {
    await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
  }
}

showPreferences();
showGroups().catch((e) => say('export-error', failure(e)));
