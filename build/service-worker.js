// Incident Desk's service worker: the app shell (page, script, WebAssembly,
// styles, icons, manifest), precached under a name made from its content, so
// the app opens with no network at all. Written into dist/ by
// build/write-service-worker.mjs, which fills in the two constants below.
const CACHE = "__CACHE__";
const FILES = __FILES__;
const SHELL = new URL("./", self.location).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// The new version takes over once the page says nothing is left unsaved.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("incident-desk-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Pages live in the URL hash, so every page is the one shell.
  const key = request.mode === "navigate" ? SHELL : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
