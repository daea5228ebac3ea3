// Stand-in worker that `next build` copies to out/sw.js. `scripts/build-sw.mjs` replaces it with the
// real, precaching worker; if that step did not run, this one retires any earlier worker and its
// caches (Serwist names them `serwist-…`), so a page is never answered from a stale copy of the app.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('serwist-')).map((n) => caches.delete(n))),
      )
      .then(() => self.registration.unregister()),
  );
});
