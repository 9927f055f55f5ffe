// A member's preferences for this browser only (never sent anywhere): high contrast, larger text,
// a gentle break reminder and quiet hours during which live notifications stay silent.

const STORAGE_KEY = 'hearth.preferences';
export const BREAK_CHOICES = [0, 20, 30, 45, 60, 90];
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const DEFAULTS = Object.freeze({
  contrast: false,
  largeText: false,
  breakMinutes: 0,
  quietFrom: '',
  quietTo: '',
});

/** Preferences from stored JSON; anything unknown or malformed falls back to the default. */
export function parsePreferences(json) {
  let raw = {};
  try {
    raw = JSON.parse(json || '{}') || {};
  } catch {
    raw = {};
  }
  return {
    contrast: raw.contrast === true,
    largeText: raw.largeText === true,
    breakMinutes: BREAK_CHOICES.includes(raw.breakMinutes) ? raw.breakMinutes : 0,
    quietFrom: TIME.test(raw.quietFrom) ? raw.quietFrom : '',
    quietTo: TIME.test(raw.quietTo) ? raw.quietTo : '',
  };
}

const minutes = (hhmm) => {
  const [, h, m] = TIME.exec(hhmm);
  return Number(h) * 60 + Number(m);
};

/** Whether `date` (local time) falls in the quiet hours; a span may cross midnight. */
export function inQuietHours(prefs, date) {
  if (!prefs.quietFrom || !prefs.quietTo || prefs.quietFrom === prefs.quietTo) {
    return false;
  }
  const now = date.getHours() * 60 + date.getMinutes();
  const from = minutes(prefs.quietFrom);
  const to = minutes(prefs.quietTo);
  return from < to ? now >= from && now < to : now >= from || now < to;
}

export function loadPreferences(storage = globalThis.localStorage) {
  return parsePreferences(storage?.getItem(STORAGE_KEY));
}

export function savePreferences(prefs, storage = globalThis.localStorage) {
  storage.setItem(STORAGE_KEY, JSON.stringify(parsePreferences(JSON.stringify(prefs))));
}

export function clearPreferences(storage = globalThis.localStorage) {
  storage.removeItem(STORAGE_KEY);
}

/** Shows the preferences on the page: classes on the root element that the stylesheet reads. */
export function applyPreferences(prefs, root = globalThis.document.documentElement) {
  root.classList.toggle('pref-contrast', prefs.contrast);
  root.classList.toggle('pref-large-text', prefs.largeText);
}
