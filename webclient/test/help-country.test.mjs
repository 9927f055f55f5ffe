import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetHelpCountry, rememberHelpCountry } from '../src/help-country.js';

function storage() {
  const map = new Map();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v), removeItem: (k) => map.delete(k) };
}
function page({ help = true, error = false } = {}) {
  return {
    querySelector: (css) => (help && css === 'form.country-picker' ? {} : null),
    getElementById: (id) => (error && id === 'country-error' ? {} : null),
  };
}
function at(search) {
  const here = { pathname: '/help', search, replaced: null };
  here.replace = (url) => { here.replaced = url; };
  return here;
}

test('a valid pick is remembered and reopens the help page on that country', () => {
  const store = storage();
  rememberHelpCountry(page(), store, at('?country=UG'));
  const again = at('');
  rememberHelpCountry(page(), store, again);
  assert.equal(again.replaced, '/help?country=UG');
});

test('an invalid pick, another page or "international only" never leads anywhere', () => {
  const store = storage();
  rememberHelpCountry(page({ error: true }), store, at('?country=ZZ'));
  rememberHelpCountry(page({ help: false }), store, at('?country=UG'));
  const here = at('');
  rememberHelpCountry(page(), store, here);
  assert.equal(here.replaced, null);
  rememberHelpCountry(page(), store, at('?country=KE'));
  rememberHelpCountry(page(), store, at('?country='));
  const cleared = at('');
  rememberHelpCountry(page(), store, cleared);
  assert.equal(cleared.replaced, null);
});

test('forgetting the device forgets the country', () => {
  const store = storage();
  rememberHelpCountry(page(), store, at('?country=UG'));
  forgetHelpCountry(store);
  const here = at('');
  rememberHelpCountry(page(), store, here);
  assert.equal(here.replaced, null);
});
