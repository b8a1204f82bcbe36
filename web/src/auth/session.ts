import type { Profile, TokenResponse } from '../api/types';
import { Store } from '../ui/store';

/**
 * The signed-in session: a short-lived access token and a rotating refresh token, kept in
 * localStorage so a reload or a second tab stays signed in.
 *
 * Invariant: a refresh token is sent at most once. The server ends the whole session when a used
 * refresh token is replayed, so two tabs must never refresh with the same one: refreshing runs
 * under a Web Lock shared by all tabs, and inside it a tab first looks whether another tab has
 * already rotated the token.
 */
export interface Session {
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  user: Profile;
}

const KEY = 'flick.session';
// Refresh this long before the access token expires, so a request never races the expiry.
const EARLY_MS = 30_000;

// Another tab logged in, out, or rotated the tokens.
export const session = new Store<Session | null>(read(), () => window.addEventListener('storage', (event) => {
  if (event.key === KEY) session.set(read());
}));

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function write(value: Session | null): void {
  if (value) localStorage.setItem(KEY, JSON.stringify(value));
  else localStorage.removeItem(KEY);
  session.set(value);
}

export function start(tokens: TokenResponse): void {
  write({
    accessToken: tokens.access_token,
    accessExpiresAt: Date.now() + tokens.expires_in * 1000,
    refreshToken: tokens.refresh_token,
    user: tokens.user,
  });
}

export function updateUser(user: Profile): void {
  const current = session.get();
  if (current) write({ ...current, user });
}

export function end(): void {
  write(null);
}

let refreshing: Promise<Session | null> | null = null;

/** A usable access token, refreshed silently when it is about to expire; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const current = session.get();
  if (!current) return null;
  if (current.accessExpiresAt - EARLY_MS > Date.now()) return current.accessToken;
  const renewed = await refresh(current.refreshToken);
  return renewed?.accessToken ?? null;
}

/** Rotates the tokens once for every caller in this tab, and once across tabs. */
export function refresh(staleRefreshToken: string): Promise<Session | null> {
  if (!refreshing) {
    refreshing = withLock(() => rotate(staleRefreshToken)).finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

async function rotate(staleRefreshToken: string): Promise<Session | null> {
  const stored = read();
  if (!stored) {
    session.set(null);
    return null;
  }
  if (stored.refreshToken !== staleRefreshToken && stored.accessExpiresAt - EARLY_MS > Date.now()) {
    session.set(stored); // another tab rotated already
    return stored;
  }
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ refresh_token: stored.refreshToken }),
  });
  if (response.status === 401 || response.status === 400) {
    end(); // the session is over (expired, logged out elsewhere, or replay detected)
    return null;
  }
  if (!response.ok) throw new Error(`refresh failed with ${response.status}`);
  start((await response.json()) as TokenResponse);
  return session.get();
}

function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('flick.refresh', task) as Promise<T>) : task();
}
