/**
 * Registers the service worker (built as /sw.js, see web/serviceWorker.ts) once the page has
 * loaded, so that installing it never competes with the first video for the network. Not in
 * development: Vite's dev server serves modules, not the hashed assets the worker caches.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No worker (private mode, a blocked scope): the app works online as before.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
