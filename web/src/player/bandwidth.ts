import { connection } from './settings';

/**
 * The network speed hls.js measured on the last video, handed to the next one as its starting
 * estimate (hls.js `abrEwmaDefaultEstimate`), so each video starts at the rendition the network
 * can carry instead of probing again. Kept in sessionStorage so a reload starts informed too.
 */
const KEY = 'flick.bandwidth';
let estimate: number | null = readStored();

function readStored(): number | null {
  const value = Number(sessionStorage.getItem(KEY));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Bits per second, or null before anything was measured. */
export function lastEstimate(): number | null {
  return estimate;
}

/**
 * The estimate a video starts with: the last one measured, else the browser's own (the Network
 * Information API's downlink, in Mbps, where it exists), else null (nothing known).
 */
export function startingEstimate(): number | null {
  if (estimate !== null) return estimate;
  const downlink = connection()?.downlink;
  return typeof downlink === 'number' && downlink > 0 ? downlink * 1_000_000 : null;
}

export function remember(bitsPerSecond: number): void {
  if (!Number.isFinite(bitsPerSecond) || bitsPerSecond <= 0) return;
  estimate = bitsPerSecond;
  sessionStorage.setItem(KEY, String(Math.round(bitsPerSecond)));
}
