/**
 * The cover times the server uses (io.flick.media.ffmpeg.EncodeCommands#stillTime), so that the
 * preview shows the picture the thumbnails will be made of.
 */

/** Without a choice: 1 s in, or the middle of a clip shorter than 2 s. */
export function defaultCoverTime(duration: number): number {
  return duration < 2 ? duration / 2 : 1;
}

/** The latest moment a cover can be: half a second before the end (the middle of a clip under 1 s). */
export function latestCoverTime(duration: number): number {
  return Math.max(0, Math.max(duration / 2, duration - 0.5));
}
