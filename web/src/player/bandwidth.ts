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

/** Downloads smaller than this take too little time to say anything about the link. */
const MEASURABLE_BYTES = 16 * 1024;

/**
 * The link's speed as the page's own biggest download showed it (the player's script, fetched
 * just before the first video): bytes over the time from first to last byte. Read when this module
 * loads, before the feed clears the resource timings; null when everything came from a cache.
 */
function measurePageLoad(): number | null {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return null;
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  let best: PerformanceResourceTiming | null = null;
  for (const entry of entries) {
    if (entry.transferSize >= MEASURABLE_BYTES && entry.responseEnd > entry.responseStart
        && (!best || entry.transferSize > best.transferSize)) best = entry;
  }
  return best ? (best.transferSize * 8) / ((best.responseEnd - best.responseStart) / 1000) : null;
}

const pageLoadEstimate = measurePageLoad();

/**
 * The estimate a video starts with: the last one hls.js measured, else the speed of the page's own
 * biggest download, else the browser's guess (the Network Information API's downlink, in Mbps,
 * where it exists), else null (nothing known).
 */
export function startingEstimate(): number | null {
  if (estimate !== null) return estimate;
  if (pageLoadEstimate !== null) return pageLoadEstimate;
  const downlink = connection()?.downlink;
  return typeof downlink === 'number' && downlink > 0 ? downlink * 1_000_000 : null;
}

export function remember(bitsPerSecond: number): void {
  if (!Number.isFinite(bitsPerSecond) || bitsPerSecond <= 0) return;
  estimate = bitsPerSecond;
  sessionStorage.setItem(KEY, String(Math.round(bitsPerSecond)));
}
