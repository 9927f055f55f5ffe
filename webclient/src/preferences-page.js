// Loaded by every page: shows the member's own display preferences (kept in this browser only),
// remembers the help page's country, and registers the service worker that keeps "Get help now"
// available offline.
import { rememberHelpCountry } from './help-country.js';
import { applyPreferences, loadPreferences } from './prefs.js';

applyPreferences(loadPreferences());
rememberHelpCountry();

const worker = document.querySelector('meta[name="hearth-help-worker"]')?.content;
if (worker && 'serviceWorker' in navigator) {
  const script = new URL(worker, location.href);
  navigator.serviceWorker.register(script.pathname, { scope: new URL('./', script).pathname }).catch(() => undefined);
}
