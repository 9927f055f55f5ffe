// Get help now remembers the country a member picked, in this browser only (never sent anywhere
// but in the help page's own address, as the picker does): opening the help page again, online or
// from the offline copy, shows that country's lines.

const KEY = 'hearth.helpCountry';
const CODE = /^[A-Z]{2}$/;

/** On the help page: remembers a valid pick, or goes to the remembered one when none is given. */
export function rememberHelpCountry(doc = globalThis.document, storage = globalThis.localStorage, here = globalThis.location) {
  if (!doc.querySelector('form.country-picker') || !storage) {
    return;
  }
  const picked = new URLSearchParams(here.search).get('country');
  if (picked === null) {
    const remembered = storage.getItem(KEY);
    if (CODE.test(remembered || '')) {
      here.replace(`${here.pathname}?country=${remembered}`);
    }
  } else if (picked === '') {
    storage.removeItem(KEY);
  } else if (CODE.test(picked) && !doc.getElementById('country-error')) {
    storage.setItem(KEY, picked);
  }
}

export function forgetHelpCountry(storage = globalThis.localStorage) {
  storage?.removeItem(KEY);
}
