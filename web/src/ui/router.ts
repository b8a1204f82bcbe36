import { Store } from './store';

/** The browser location as a store; the app's routes are plain paths (the server serves them all). */
export const location$ = new Store<URL>(new URL(window.location.href),
  () => window.addEventListener('popstate', () => location$.set(new URL(window.location.href))));

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = new URL(path, window.location.origin);
  if (url.href === window.location.href) return;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  location$.set(url);
}

export function back(fallback = '/'): void {
  if (history.length > 1 && document.referrer.startsWith(window.location.origin)) history.back();
  else navigate(fallback, { replace: true });
}

export type Route =
  | { name: 'feed'; tab: 'for-you' | 'following' | 'friends' }
  | { name: 'video'; videoId: string }
  | { name: 'login' }
  | { name: 'signup' }
  | { name: 'upload' }
  | { name: 'profile'; username: string; tab: 'videos' | 'liked' }
  | { name: 'tag'; tag: string }
  | { name: 'not-found' };

/** Keep in step with the server's list of client routes (io.flick.site.ClientRoutes). */
export function route(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'feed', tab: 'for-you' };
  if (path === '/following') return { name: 'feed', tab: 'following' };
  if (path === '/friends') return { name: 'feed', tab: 'friends' };
  if (path === '/login') return { name: 'login' };
  if (path === '/signup') return { name: 'signup' };
  if (path === '/upload') return { name: 'upload' };
  let match = /^\/v\/([A-Za-z0-9_-]+)$/.exec(path);
  if (match) return { name: 'video', videoId: match[1] };
  match = /^\/@([^/]+)(\/liked)?$/.exec(path);
  if (match) return { name: 'profile', username: decodeURIComponent(match[1]), tab: match[2] ? 'liked' : 'videos' };
  match = /^\/tag\/([^/]+)$/.exec(path);
  if (match) return { name: 'tag', tag: decodeURIComponent(match[1]) };
  return { name: 'not-found' };
}
