import { Store } from '../ui/store';

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

const DATA_SAVER_KEY = 'flick.data-saver';

type SavingConnection = { saveData?: boolean; downlink?: number };
/** The Network Information API where the browser has it (Chromium): the data-saver wish and a speed estimate. */
export const connection = (): SavingConnection | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { connection?: SavingConnection }).connection;

/**
 * Data saver: every video at its lowest rendition and only the next one buffered ahead. The
 * person's own choice (kept in localStorage) wins; without one, it follows the browser's
 * "save data" wish (navigator.connection.saveData, Chromium's Lite mode or a phone's data saver).
 */
export const dataSaver = new Store<boolean>(false, () => {
  const stored = localStorage.getItem(DATA_SAVER_KEY);
  dataSaver.set(stored === null ? connection()?.saveData === true : stored === '1');
});

export function setDataSaver(on: boolean): void {
  localStorage.setItem(DATA_SAVER_KEY, on ? '1' : '0');
  dataSaver.set(on);
}

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
