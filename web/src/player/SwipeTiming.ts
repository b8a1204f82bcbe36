import type { Player } from './Player';

export const MEASURE = 'flick:swipe-to-first-frame';
// User Timing entries are kept by the browser until cleared: bound them so a long session stays flat.
const KEEP = 50;

type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: (now: number, metadata: { expectedDisplayTime: number }) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * Measures, for each swipe, the time from the input to the first frame of the next video on
 * screen (requestVideoFrameCallback's expected display time), as a User Timing measure named
 * {@link MEASURE} whose detail says whether the player was warm (prefetched) at the swipe. Any
 * performance tool can read these; the swipe benchmark does.
 */
export class SwipeTiming {
  private swipeAt: number | null = null;
  private pending: { video: FrameCallbackVideo; handle: number } | null = null;
  private count = 0;

  /** A navigation input happened at `timeStamp` (an event's timeStamp, or performance.now()). */
  swiped(timeStamp: number): void {
    this.swipeAt = timeStamp;
  }

  activated(player: Player): void {
    this.cancel();
    const start = this.swipeAt;
    this.swipeAt = null;
    const video = player.video as FrameCallbackVideo;
    if (start === null || !video.requestVideoFrameCallback) return;
    const warm = player.warm;
    const videoId = player.key;
    const handle = video.requestVideoFrameCallback((_now, metadata) => {
      this.pending = null;
      if (player.key !== videoId) return;
      if (++this.count > KEEP) {
        performance.clearMeasures(MEASURE);
        this.count = 1;
      }
      performance.measure(MEASURE, { start, end: Math.max(start, metadata.expectedDisplayTime), detail: { videoId, warm } });
    });
    this.pending = { video, handle };
  }

  private cancel(): void {
    if (this.pending) {
      this.pending.video.cancelVideoFrameCallback?.(this.pending.handle);
      this.pending = null;
    }
  }
}
