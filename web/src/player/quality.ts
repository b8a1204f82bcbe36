/**
 * Which rendition a video starts at. Short clips end before an adaptive player climbs from its
 * lowest rung, so the first segment must already be the right one: the smallest rendition that
 * fills the player's device pixels (a bigger one costs bytes nobody sees), lowered to what the
 * measured bandwidth carries, or the lowest one in data-saver mode.
 */

/** A rendition as the master playlist describes it (hls.js `Level`): pixels and advertised bits per second. */
export interface Rendition {
  width: number;
  height: number;
  bitrate: number;
}

/** The player's box in CSS pixels, the screen's density, and how the video is fitted into the box. */
export interface PlayerBox {
  width: number;
  height: number;
  devicePixelRatio: number;
  fit: 'cover' | 'contain';
}

/**
 * Beyond 2 device pixels per CSS pixel (3× phones) the difference is not visible on a moving
 * picture, while the bytes are: such screens are served as 2× ones.
 */
export const MAX_DENSITY = 2;
/** Only this share of the measured bandwidth is spent on video, leaving room for the next ones and for the estimate's error. */
export const BANDWIDTH_SHARE = 0.7;

export interface StartChoice {
  /** The rendition (index into the list) the first segment is loaded from. */
  start: number;
  /** The highest rendition adaptive switching may climb to for this player. */
  cap: number;
}

/**
 * The start rendition and the cap for a player. `estimate` is bits per second (null when nothing
 * is known, which starts at the size cap: the fast case is the common one, and a slow link drops
 * after the first segment). Indexes are into `renditions` as given (any order).
 */
export function chooseRendition(renditions: readonly Rendition[], box: PlayerBox, estimate: number | null,
                                dataSaver: boolean): StartChoice {
  if (renditions.length === 0) return { start: -1, cap: -1 };
  const byBitrate = renditions.map((rendition, index) => ({ rendition, index }))
    .sort((a, b) => a.rendition.bitrate - b.rendition.bitrate);
  const lowest = byBitrate[0].index;
  if (dataSaver) return { start: lowest, cap: lowest };
  const density = Math.min(Math.max(box.devicePixelRatio || 1, 1), MAX_DENSITY);
  const needed = { width: box.width * density, height: box.height * density };
  // The smallest rendition that is not upscaled in the box; the largest when none is that big.
  const fitting = byBitrate.find(({ rendition }) => fills(rendition, needed, box.fit)) ?? byBitrate[byBitrate.length - 1];
  const cap = fitting.index;
  if (estimate === null || !(estimate > 0)) return { start: cap, cap };
  const affordable = byBitrate.filter(({ rendition }) => rendition.bitrate <= estimate * BANDWIDTH_SHARE
    && rendition.bitrate <= fitting.rendition.bitrate);
  return { start: affordable.length > 0 ? affordable[affordable.length - 1].index : lowest, cap };
}

/**
 * Whether a rendition shown in a box of `needed` device pixels is shown at its own size or smaller.
 * Covering the box scales by the larger ratio (both edges must be big enough); containing it by the
 * smaller one (one edge is enough).
 */
function fills(rendition: Rendition, needed: { width: number; height: number }, fit: 'cover' | 'contain'): boolean {
  if (!rendition.width || !rendition.height) return false;
  const wide = rendition.width >= needed.width;
  const tall = rendition.height >= needed.height;
  return fit === 'cover' ? wide && tall : wide || tall;
}
