import { useEffect, useState } from 'preact/hooks';
import { session } from '../auth/session';
import { Link } from '../ui/Link';
import { useStore } from '../ui/store';
import type { FeedModel } from './FeedModel';
import './refresh.css';

/** How far (CSS pixels, after damping) a pull at the top must go to refresh when let go. */
export const PULL_THRESHOLD = 64;
const PULL_MAX = 110;
/** The "new videos" count is asked for this often while the feed is on screen in a visible tab. */
export const NEW_VIDEOS_POLL_MS = 60_000;

/**
 * Pull-to-refresh on a touch screen: a drag down that starts with the feed at its top moves an
 * indicator down with the finger; let go past the threshold, the feed starts over. Returns how far
 * the indicator is pulled (0: at rest).
 */
export function usePullToRefresh(scroller: { current: HTMLElement | null }, onRefresh: () => void): number {
  const [pull, setPull] = useState(0);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let startY: number | null = null;
    let distance = 0;
    // A touch's events all go to the element it started on, even once a re-render has taken that
    // slide out of the page, and then they no longer bubble to the scroller: so the gesture's moves
    // and end are heard on that element itself, or the indicator would stay stuck where it was.
    let target: EventTarget | null = null;
    const onMove = (event: Event) => {
      const touch = (event as TouchEvent).touches[0];
      if (startY === null || !touch) return;
      const dy = touch.clientY - startY;
      if (dy <= 0 || element.scrollTop > 0) {
        if (distance !== 0) setPull((distance = 0));
        return;
      }
      // Damped, as the native gesture is: the indicator moves slower than the finger.
      distance = Math.min(PULL_MAX, dy * 0.5);
      setPull(distance);
    };
    const release = () => {
      target?.removeEventListener('touchmove', onMove);
      target?.removeEventListener('touchend', onEnd);
      target?.removeEventListener('touchcancel', onEnd);
      target = null;
    };
    const onEnd = () => {
      if (startY !== null && distance >= PULL_THRESHOLD) onRefresh();
      release();
      startY = null;
      distance = 0;
      setPull(0);
    };
    const onStart = (event: TouchEvent) => {
      release();
      startY = element.scrollTop <= 0 && event.touches.length === 1 ? event.touches[0].clientY : null;
      distance = 0;
      if (startY === null || !event.target) return;
      target = event.target;
      target.addEventListener('touchmove', onMove, { passive: true });
      target.addEventListener('touchend', onEnd);
      target.addEventListener('touchcancel', onEnd);
    };
    element.addEventListener('touchstart', onStart, { passive: true });
    return () => {
      element.removeEventListener('touchstart', onStart);
      release();
    };
  }, [scroller, onRefresh]);
  return pull;
}

/** The indicator a pull moves down, which stays while the refresh is on its way. */
export function PullIndicator(props: { pull: number; refreshing: boolean }) {
  const { pull, refreshing } = props;
  if (pull === 0 && !refreshing) return null;
  const offset = refreshing ? PULL_THRESHOLD : pull;
  const ready = pull >= PULL_THRESHOLD;
  return (
    <div class="pull-indicator" style={{ transform: `translate(-50%, ${offset}px)` }} role="status"
         aria-label={refreshing ? 'Refreshing' : ready ? 'Release to refresh' : 'Pull to refresh'}>
      <span class={`pull-icon${refreshing ? ' spinning' : ''}`}
            style={refreshing ? undefined : { transform: `rotate(${Math.round((pull / PULL_THRESHOLD) * 270)}deg)` }}>
        <RefreshIcon size={22} />
      </span>
    </div>
  );
}

/**
 * How many videos the server has above the top of `model`'s list, asked every minute while the
 * feed is on screen and the tab visible (and at once when the tab is shown again); 0 for feeds
 * without new videos at the top. A refresh of the list clears it.
 */
export function useNewVideos(model: FeedModel): number {
  const [count, setCount] = useState(0);
  const generation = useStore(model.state).generation;
  useEffect(() => setCount(0), [generation]);
  useEffect(() => {
    const newer = model.source.newer;
    if (!newer) return;
    const controller = new AbortController();
    let asking = false;
    const poll = async () => {
      const top = model.topId;
      if (asking || document.visibilityState !== 'visible' || !top || model.state.get().refreshing) return;
      asking = true;
      try {
        setCount(await newer(top, controller.signal));
      } catch {
        // The pill waits for the next poll; nothing is lost meanwhile.
      } finally {
        asking = false;
      }
    };
    const timer = window.setInterval(poll, NEW_VIDEOS_POLL_MS);
    const onVisibility = () => void poll();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [model]);
  return count;
}

export function NewVideosPill(props: { count: number; onShow: () => void }) {
  if (props.count <= 0) return null;
  const label = `${props.count >= 99 ? '99+' : props.count} new ${props.count === 1 ? 'video' : 'videos'}`;
  return (
    <button type="button" class="new-videos-pill" onClick={props.onShow}>
      <span aria-hidden="true">↑</span> {label}
    </button>
  );
}

/**
 * The end of a feed, or a feed with nothing in it: said in words, with ways on (the other feeds,
 * Discover, and starting over).
 */
export function CaughtUp(props: { onRefresh: () => void; compact?: boolean }) {
  const me = useStore(session);
  return (
    <div class={`caught-up${props.compact ? ' compact' : ''}`} role="status">
      <p class="caught-up-title">You're all caught up</p>
      {!props.compact && <p class="muted">You've seen the videos there are for you right now.</p>}
      <div class="caught-up-ways">
        <Link class="button secondary small" href={me ? '/following' : `/login?next=${encodeURIComponent('/following')}`}>Following</Link>
        <Link class="button secondary small" href="/discover">Discover</Link>
        <button type="button" class="button small" onClick={props.onRefresh}>Refresh</button>
      </div>
    </div>
  );
}

export const RefreshIcon = (p: { size?: number }) => (
  <svg class="icon" width={p.size ?? 24} height={p.size ?? 24} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
    <path d="M17.7 6.3A7.95 7.95 0 0 0 12 4a8 8 0 1 0 7.75 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.3 2.3z" />
  </svg>
);
