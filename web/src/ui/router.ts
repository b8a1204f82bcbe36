import { searchState, sortOf, type SearchType, type Sort } from '../discover/searchUrl';
import { Store } from './store';

/** The browser location as a store; the app's routes are plain paths (the server serves them all). */
export const location$ = new Store<URL>(new URL(window.location.href),
  () => window.addEventListener('popstate', () => location$.set(new URL(window.location.href))));

/**
 * What the app keeps in each history entry: `depth` counts the app's own entries below it (so Back
 * stays inside the app only when there is an entry of ours to go back to); `sheet` marks the entry a
 * sheet pushed so that Back closes it (see ./sheetHistory.ts).
 */
export interface EntryState {
  depth: number;
  sheet?: boolean;
}

export function entryState(): EntryState {
  const state = history.state as Partial<EntryState> | null;
  return { depth: typeof state?.depth === 'number' ? state.depth : 0, sheet: state?.sheet === true };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = new URL(path, window.location.origin);
  const here = entryState();
  if (url.href === window.location.href && !here.sheet) return;
  // A link followed from inside a sheet takes the sheet's entry: Back from there returns to the page
  // under the sheet, not to a sheet that is gone.
  if (options.replace || here.sheet) history.replaceState({ depth: here.depth } satisfies EntryState, '', url);
  else history.pushState({ depth: here.depth + 1 } satisfies EntryState, '', url);
  location$.set(url);
}

/** Back to where the person came from inside the app, or to `fallback` when they arrived here from outside. */
export function back(fallback = '/'): void {
  if (entryState().depth > 0) history.back();
  else navigate(fallback, { replace: true });
}

export type ProfileTab = 'videos' | 'liked' | 'saved';

export type Route =
  | { name: 'feed'; tab: 'for-you' | 'following' | 'friends' }
  | { name: 'video'; videoId: string; username?: string }
  | { name: 'discover' }
  | { name: 'login' }
  | { name: 'signup' }
  | { name: 'upload' }
  | { name: 'profile'; username: string; tab: ProfileTab }
  | { name: 'search'; query: string; type: SearchType }
  | { name: 'tag'; tag: string; sort: Sort }
  | { name: 'sound'; soundId: string; sort: Sort }
  | { name: 'challenge'; challengeId: string }
  | { name: 'not-found' };

/** A video's own address: under its creator's profile when opened from there, else the share link. */
export function videoPath(videoId: string, username?: string): string {
  return username ? `/@${encodeURIComponent(username)}/video/${videoId}` : `/v/${videoId}`;
}

/** Keep in step with the server's list of client routes (io.flick.site.ClientRoutes). */
export function route(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'feed', tab: 'for-you' };
  if (path === '/following') return { name: 'feed', tab: 'following' };
  if (path === '/friends') return { name: 'feed', tab: 'friends' };
  if (path === '/discover') return { name: 'discover' };
  if (path === '/search') return { name: 'search', ...searchState(url) };
  if (path === '/login') return { name: 'login' };
  if (path === '/signup') return { name: 'signup' };
  if (path === '/upload') return { name: 'upload' };
  let match = /^\/v\/([A-Za-z0-9_-]+)$/.exec(path);
  if (match) return { name: 'video', videoId: match[1] };
  match = /^\/@([^/]+)\/video\/([A-Za-z0-9_-]+)$/.exec(path);
  if (match) return { name: 'video', videoId: match[2], username: decodeURIComponent(match[1]) };
  match = /^\/@([^/]+)(?:\/(liked|saved))?$/.exec(path);
  if (match) return { name: 'profile', username: decodeURIComponent(match[1]), tab: (match[2] as ProfileTab | undefined) ?? 'videos' };
  match = /^\/tag\/([^/]+)$/.exec(path);
  if (match) return { name: 'tag', tag: decodeURIComponent(match[1]), sort: sortOf(url) };
  match = /^\/sound\/([A-Za-z0-9_-]+)$/.exec(path);
  if (match) return { name: 'sound', soundId: match[1], sort: sortOf(url) };
  match = /^\/challenge\/([A-Za-z0-9_-]+)$/.exec(path);
  if (match) return { name: 'challenge', challengeId: match[1] };
  return { name: 'not-found' };
}
