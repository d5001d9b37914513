// The app shell for offline starts and installation: the page and its built assets are cached
// as they are fetched; the API (/graphql and the file routes) always goes to the network.
const SHELL = 'eco-shell-v1';
const API = /^\/(graphql|uploads|documents|issued-documents|receipts|appointments|verify)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(['/', '/manifest.webmanifest', '/icon.svg'])));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== SHELL).map((key) => caches.delete(key)))));
  self.clients.claim();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || API.test(url.pathname)) return;
  // Pages: network first (a new deployment is seen at once), the cached shell when offline.
  if (event.request.mode === 'navigate') {
    event.respondWith(fetch(event.request).catch(() => caches.match('/')));
    return;
  }
  // Built assets have content hashes in their names: cache first.
  event.respondWith(
    caches.match(event.request).then(
      (hit) =>
        hit ??
        fetch(event.request).then((response) => {
          if (response.ok) caches.open(SHELL).then((cache) => cache.put(event.request, response.clone()));
          return response;
        }),
    ),
  );
});
