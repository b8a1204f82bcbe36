import { post } from '../api/http';
import { session } from '../auth/session';

/** Where a view came from, as the view endpoint names it. */
export type ViewSource = 'fyp' | 'following' | 'friends' | 'hashtag' | 'sound' | 'profile' | 'search' | 'share';

interface Watching {
  videoId: string;
  source: ViewSource;
  duration: number;
  seconds: number;
  furthest: number;
  lastTime: number;
  video: HTMLVideoElement;
}

/**
 * Counts how long the video on screen really plays (loops included, seeks and stalls excluded) and
 * reports the view when the person leaves it: to the next video, away from the feed, or out of the
 * page, where only a keep-alive request (or a beacon) is sure to get through.
 */
export class WatchReporter {
  private watching: Watching | null = null;
  private readonly onTime = () => this.tick();
  private listening = false;

  /** Starts timing `video` (after reporting the previous one). */
  watch(videoId: string, source: ViewSource, duration: number | null, video: HTMLVideoElement): void {
    if (this.watching?.videoId === videoId && this.watching.video === video) return;
    if (!this.listening) {
      // Registered with the first video watched, not when the module loads.
      this.listening = true;
      window.addEventListener('pagehide', () => this.leave(true));
    }
    this.leave(false);
    this.watching = {
      videoId, source, video,
      duration: duration && duration > 0 ? duration : video.duration || 0,
      seconds: 0, furthest: 0, lastTime: video.currentTime,
    };
    video.addEventListener('timeupdate', this.onTime);
  }

  /** Reports the video being watched, if any. `unloading`: the page is going away (see {@link sendWhileUnloading}). */
  leave(unloading = false): void {
    const watching = this.watching;
    if (!watching) return;
    this.tick();
    watching.video.removeEventListener('timeupdate', this.onTime);
    this.watching = null;
    const duration = watching.duration || watching.video.duration || 0;
    const completion = duration > 0 ? Math.min(100, (Math.max(watching.furthest, Math.min(watching.seconds, duration)) / duration) * 100) : 0;
    const body = {
      watch_time: round(Math.min(watching.seconds, 3600)),
      completion_rate: round(completion),
      source: watching.source,
    };
    const path = `/api/v1/videos/${encodeURIComponent(watching.videoId)}/view`;
    if (unloading) sendWhileUnloading(path, body);
    else post(path, body).catch(() => { /* a lost view report is not worth bothering the person */ });
  }

  private tick(): void {
    const watching = this.watching;
    if (!watching) return;
    if (!watching.duration && Number.isFinite(watching.video.duration)) watching.duration = watching.video.duration;
    const now = watching.video.currentTime;
    const delta = now - watching.lastTime;
    if (delta > 0 && delta < 1.5) {
      watching.seconds += delta;
    } else if (delta < 0 && watching.lastTime > watching.duration - 1.5) {
      watching.seconds += Math.max(0, watching.duration - watching.lastTime) + now; // looped
      watching.furthest = watching.duration;
    }
    watching.furthest = Math.max(watching.furthest, now);
    watching.lastTime = now;
  }
}

/**
 * A request that outlives the page. A keep-alive fetch carries the bearer token, so the view counts
 * as the signed-in person's (their watch history, their For You); there is no time left to refresh
 * an expired token, so then, and for visitors, a beacon sends it anonymously.
 */
function sendWhileUnloading(path: string, body: object): void {
  const current = session.get();
  const json = JSON.stringify(body);
  if (current && current.accessExpiresAt > Date.now()) {
    void fetch(path, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${current.accessToken}` },
      body: json,
    }).catch(() => { /* the page is gone; nobody to tell */ });
  } else if (navigator.sendBeacon) {
    navigator.sendBeacon(path, new Blob([json], { type: 'application/json' }));
  } else {
    post(path, body).catch(() => {});
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export const watchReporter = new WatchReporter();
