/**
 * Client switches that change playback, read once at start: `?prefetch=0` (for this page load) or
 * localStorage `flick.prefetch` = "0" (until removed) plays every video cold, which the swipe
 * benchmark compares against.
 */
function flag(name: string, fallback: boolean): boolean {
  const query = new URLSearchParams(location.search).get(name);
  const stored = query ?? localStorage.getItem(`flick.${name}`);
  return stored === null ? fallback : stored !== '0' && stored !== 'false';
}

export const playback = {
  prefetch: flag('prefetch', true),
};

const MUTED_KEY = 'flick.muted';

/** Muted until the person unmutes once; that choice sticks across videos and visits. */
export function prefersMuted(): boolean {
  return localStorage.getItem(MUTED_KEY) !== '0';
}

export function rememberMuted(muted: boolean): void {
  localStorage.setItem(MUTED_KEY, muted ? '1' : '0');
}

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
