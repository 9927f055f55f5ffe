// The service worker behind "Get help now, offline-capable once loaded": it keeps a copy of the
// help page and the files it needs, so the page opens when the network is down. It touches only
// the help page and theme or client assets the help page uses; every other request goes straight to
// the network as if it were not there. It holds no message, key or name: only what /help shows.

const CACHE = 'hearth-help-v1';
const HELP = new URL('help', self.registration.scope).pathname;
const ASSETS = new URL('assets/', self.registration.scope).pathname;
const ORIGIN = self.location.origin;

/** Same-origin asset paths named in `text` by attributes (HTML) or relative imports (modules). */
function assetPaths(text, base) {
  const found = new Set();
  for (const m of text.matchAll(/(?:href|src)="([^"]+)"|from\s*"(\.\/[^"]+)"|import\s*"(\.\/[^"]+)"/g)) {
    const url = new URL((m[1] || m[2] || m[3]).replace(/&amp;/g, '&'), base);
    if (url.origin === ORIGIN && url.pathname.startsWith(ASSETS)) {
      found.add(url.pathname);
    }
  }
  return found;
}

async function keep(cache, path) {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (response.ok) {
    await cache.put(path, response.clone());
  }
  return response;
}

/** Stores the help page and, following its links and imports, every asset it needs. */
async function precache() {
  const cache = await caches.open(CACHE);
  const page = await keep(cache, HELP);
  if (!page.ok) {
    return;
  }
  const pending = [...assetPaths(await page.text(), new URL(HELP, ORIGIN))];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const path = pending.pop();
    const response = await keep(cache, path);
    if (response.ok && path.endsWith('.js')) {
      for (const next of assetPaths(await response.text(), new URL(path, ORIGIN))) {
        if (!seen.has(next)) {
          seen.add(next);
          pending.push(next);
        }
      }
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().catch(() => undefined).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

async function fromHelpPage(event) {
  const id = event.resultingClientId || event.clientId;
  const client = id ? await self.clients.get(id) : null;
  return Boolean(client) && new URL(client.url).pathname === HELP;
}

/** Network first, so the help page is always current when online; the copy when offline. */
async function networkFirst(event, isHelp) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic' && (isHelp || (await fromHelpPage(event)))) {
      await cache.put(event.request, response.clone());
    }
    return response;
  } catch (offline) {
    const copy = (await cache.match(event.request)) || (isHelp ? await cache.match(HELP) : undefined);
    if (copy) {
      return copy;
    }
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== ORIGIN) {
    return;
  }
  const isHelp = url.pathname === HELP;
  if (isHelp || url.pathname.startsWith(ASSETS)) {
    event.respondWith(networkFirst(event, isHelp));
  }
});
