import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FeedItem } from '../api/types';
import { pool, playable, type PoolSnapshot } from '../player/PlayerPool';
import { playback, reducedMotion } from '../player/settings';
import { useStore } from '../ui/store';
import type { FeedModel } from './FeedModel';
import { isEvicted, type Card, type FeedEntry } from './entries';
import { Slide } from './Slide';
import { watchReporter } from './WatchReporter';
import { CommentsSheet } from '../comments/CommentsSheet';
import { VideoMenu } from './VideoMenu';
import { CaughtUp, NewVideosPill, PullIndicator, RefreshIcon, useNewVideos, usePullToRefresh } from './FeedRefresh';
import { toggleLike } from './videoActions';

/** Slides rendered around the one on screen; the rest of the list is only a height. */
const BEHIND = 2;
const AHEAD_RENDERED = 3;
/** A wheel gesture moves one video; its trailing events are ignored until this quiet gap. */
const WHEEL_GAP_MS = 160;
const WHEEL_THRESHOLD = 24;

/**
 * The vertical feed: one video per screen with CSS scroll-snap. Touch swipes scroll natively;
 * wheel, arrow keys and j/k move exactly one video. The video on screen changes as soon as the
 * input is understood (not when the scroll animation ends), so the next video starts playing
 * while it slides in.
 */
export function FeedView(props: {
  model: FeedModel;
  empty?: preact.ComponentChildren;
  label: string;
  /** Told of the video on screen each time it changes (its address, the page title). */
  onCurrent?: (item: FeedEntry) => void;
}) {
  const { model } = props;
  const state = useStore(model.state);
  const scroller = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  const [current, setCurrent] = useState(model.position);
  const [snapshot, setSnapshot] = useState<PoolSnapshot>(pool.snapshot());
  const [comments, setComments] = useState<FeedItem | null>(null);
  const [menu, setMenu] = useState<FeedItem | null>(null);
  const target = useRef<number | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;
  const items = state.items;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  // What the players may load: the list, then the videos promised to open the next page.
  const cardsRef = useRef<Card[]>([]);
  cardsRef.current = [...items.map((item) => item.video), ...state.upcoming];

  // The pool's three players move into this feed's layer while it is on screen.
  useLayoutEffect(() => {
    pool.mount(layer.current!);
    const unsubscribe = pool.subscribe(setSnapshot);
    return () => {
      unsubscribe();
      watchReporter.leave();
      pool.unmount();
    };
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current!;
    const observer = new ResizeObserver(() => {
      const h = element.clientHeight;
      setHeight(h);
      pool.setSlideHeight(h);
      element.scrollTop = currentRef.current * h;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The list started over (a refresh): back to its first video, at the top.
  const generation = state.generation;
  const seenGeneration = useRef(generation);
  const toTop = useRef(false);
  useLayoutEffect(() => {
    if (seenGeneration.current === generation) return;
    seenGeneration.current = generation;
    // Only the slides around the old position are rendered now, and scroll snapping would hold the
    // scroller on them: scroll once the first slides are there (below), and until the scroller is at
    // the top, take no scroll position for the person's choice (see onScroll).
    target.current = 0;
    currentRef.current = 0;
    toTop.current = true;
    setCurrent(0);
  }, [generation]);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!toTop.current || current !== 0 || !element) return;
    toTop.current = false;
    element.scrollTop = 0;
    if (element.scrollTop === 0) target.current = null;
  }, [current, generation]);

  const refresh = useCallback(() => void model.refresh(), [model]);
  const pull = usePullToRefresh(scroller, refresh);
  const newVideos = useNewVideos(model);

  const onCurrent = useRef(props.onCurrent);
  onCurrent.current = props.onCurrent;
  const currentId = items[current]?.video_id;
  useEffect(() => {
    const item = itemsRef.current[currentRef.current];
    if (item) onCurrent.current?.(item);
  }, [currentId]);

  // Keep the index valid when videos are removed from the list.
  useEffect(() => {
    // The ref, not the render's value: a refresh may have just moved the feed to its top.
    if (items.length > 0 && currentRef.current >= items.length) setCurrent(items.length - 1);
  }, [items.length, current]);

  // A layout effect: the player switch must not wait for a paint.
  useLayoutEffect(() => {
    // The browser keeps a resource-timing entry (with its URL) per request for any script that
    // asks, up to 250. Nothing here reads them, and every video costs a few requests: forgotten at
    // each video, they cannot pile up while the person scrolls.
    performance.clearResourceTimings();
    model.position = current;
    model.ensure(current);
    model.trim(current);
    pool.sync(cardsRef.current, current, playback.prefetch);
    const item = items[current];
    const player = pool.current;
    if (item && !isEvicted(item) && player && player.key === item.video_id) {
      watchReporter.watch(item.video_id, item.view_source ?? model.source.viewSource, item.video.duration, player.video);
    } else {
      watchReporter.leave();
    }
  }, [items, state.upcoming, current, model]);

  // A swipe past the end while the next page is on its way: done when the page arrives.
  const queued = useRef<{ index: number; timeStamp: number } | null>(null);

  const goTo = useCallback((index: number, timeStamp: number) => {
    const list = itemsRef.current;
    queued.current = null;
    if (index >= list.length) {
      model.ensure(list.length - 1); // at the end: make sure more is coming
      if (!model.state.get().done) queued.current = { index, timeStamp };
    }
    const next = Math.max(0, Math.min(list.length - 1, index));
    const element = scroller.current;
    if (!element || next === currentRef.current) return;
    pool.timing.swiped(timeStamp);
    target.current = next;
    // Switch players now, in the input's task; the render catches up.
    pool.sync(cardsRef.current, next, playback.prefetch);
    setCurrent(next);
    element.scrollTo({ top: next * element.clientHeight, behavior: reducedMotion() ? 'instant' : 'smooth' });
  }, [model]);

  useEffect(() => {
    const waiting = queued.current;
    if (waiting && waiting.index < items.length) goTo(waiting.index, waiting.timeStamp);
  }, [items.length, goTo]);

  // Native scrolling (touch swipes, scrollbar): the video on screen is the nearest slide. While a
  // programmatic scroll runs, its target stays current.
  const onScroll = useCallback(() => {
    const element = scroller.current;
    if (!element || element.clientHeight === 0) return;
    const at = element.scrollTop / element.clientHeight;
    if (target.current !== null) {
      if (Math.abs(at - target.current) < 0.02) target.current = null;
      return;
    }
    const nearest = Math.round(at);
    if (nearest !== currentRef.current && nearest >= 0 && nearest < itemsRef.current.length) {
      pool.timing.swiped(performance.now());
      pool.sync(cardsRef.current, nearest, playback.prefetch);
      setCurrent(nearest);
    }
  }, []);

  useEffect(() => {
    const element = scroller.current!;
    const onScrollEnd = () => {
      target.current = null;
      // At rest, far enough down: the oldest entries leave the list and everything moves up by
      // as many screens, the scroll position too, before the next paint (the render this causes
      // runs in a microtask), so the person sees nothing happen.
      const drop = model.droppable(currentRef.current);
      if (drop > 0 && element.clientHeight > 0) {
        model.dropHead(drop);
        currentRef.current -= drop;
        setCurrent(currentRef.current);
        pool.shift(drop);
        element.scrollTop -= drop * element.clientHeight;
      }
    };
    let wheelLocked = false;
    let wheelTimer: number | undefined;
    let accumulated = 0;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey) return; // pinch zoom
      event.preventDefault();
      window.clearTimeout(wheelTimer);
      wheelTimer = window.setTimeout(() => {
        wheelLocked = false;
        accumulated = 0;
      }, WHEEL_GAP_MS);
      if (wheelLocked) return;
      accumulated += event.deltaY;
      if (Math.abs(accumulated) >= WHEEL_THRESHOLD) {
        wheelLocked = true;
        goTo(currentRef.current + Math.sign(accumulated), event.timeStamp);
      }
    };
    element.addEventListener('scrollend', onScrollEnd);
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('scrollend', onScrollEnd);
      element.removeEventListener('wheel', onWheel);
      window.clearTimeout(wheelTimer);
    };
  }, [goTo, model]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const targetElement = event.target as HTMLElement;
      if (targetElement.closest('input, textarea, select, dialog, [contenteditable]')) return;
      switch (event.key) {
        case 'ArrowDown': case 'j': case 'PageDown':
          event.preventDefault();
          goTo(currentRef.current + 1, event.timeStamp);
          break;
        case 'ArrowUp': case 'k': case 'PageUp':
          event.preventDefault();
          goTo(currentRef.current - 1, event.timeStamp);
          break;
        case 'm':
          pool.toggleMuted();
          break;
        case 'r':
          void model.refresh();
          break;
        case 'l': case 'c': {
          // The shortcuts listed in ui/Shortcuts.tsx: like, and the comments of the video on screen.
          const item = itemsRef.current[currentRef.current];
          if (!item || isEvicted(item)) return;
          if (event.key === 'l') void toggleLike(model, item.video);
          else setComments((open) => (open ? null : item));
          break;
        }
        case ' ':
          if (targetElement.closest('button, a')) return;
          event.preventDefault();
          pool.togglePaused();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, model]);

  // Comments open beside the video (a desktop) follow the video on screen.
  useEffect(() => {
    const item = items[current];
    setComments((open) => (open && item && !isEvicted(item) && open.video_id !== item.video_id ? item : open));
  }, [current]);

  const first = Math.max(0, current - BEHIND);
  const last = Math.min(items.length - 1, current + AHEAD_RENDERED);

  // Scrolling back to videos whose cards were dropped: fetch them again.
  useEffect(() => {
    const dropped = items.slice(first, last + 1).filter(isEvicted).map((item) => item.video_id);
    if (dropped.length > 0) void model.restore(dropped);
  }, [items, first, last, model]);

  const slides: preact.JSX.Element[] = [];
  for (let index = first; index <= last; index++) {
    const item = items[index];
    if (isEvicted(item)) {
      slides.push(
        <div key={item.video_id} class="slide" style={{ top: `${index * height}px`, height: `${height}px` }} aria-busy="true">
          <div class="spinner center" role="status" aria-label="Loading video" />
        </div>,
      );
      continue;
    }
    slides.push(
      <Slide
        key={item.video_id}
        item={item}
        index={index}
        count={items.length}
        height={height}
        active={index === current}
        snapshot={index === current ? snapshot : null}
        model={model}
        playable={playable(item.video)}
        onComments={() => setComments(item)}
        onMenu={() => setMenu(item)}
      />,
    );
  }

  return (
    <section class="feed" aria-label={props.label}>
      <div class="feed-scroller" ref={scroller} onScroll={onScroll} tabIndex={-1}>
        <div class="feed-track" style={{ height: `${Math.max(1, items.length) * height}px` }}>
          <div class="feed-players" ref={layer} />
          {slides}
        </div>
      </div>
      {items.length === 0 && (
        <div class="feed-empty">
          {state.error ? (
            <>
              <p role="alert">{state.error}</p>
              <button type="button" class="button" onClick={() => model.retry()}>Try again</button>
            </>
          ) : state.loading || state.refreshing || !state.done ? (
            <div class="spinner" role="status" aria-label="Loading videos" />
          ) : (
            props.empty ?? <CaughtUp onRefresh={refresh} />
          )}
        </div>
      )}
      {items.length > 0 && state.done && !state.error && current === items.length - 1 && (
        <div class="feed-caught-up"><CaughtUp onRefresh={refresh} compact /></div>
      )}
      <PullIndicator pull={pull} refreshing={state.refreshing} />
      <NewVideosPill count={newVideos} onShow={refresh} />
      <button type="button" class="icon-button feed-refresh" aria-label="Refresh" title="Refresh (R)" onClick={refresh}
              disabled={state.refreshing}>
        <RefreshIcon size={22} />
      </button>
      {items.length > 0 && state.error && current >= items.length - 1 && (
        <div class="feed-end" role="alert">
          {state.error} <button type="button" class="link-button" onClick={() => model.retry()}>Try again</button>
        </div>
      )}
      {comments && <CommentsSheet video={latest(items, comments).video} model={model} onClose={() => setComments(null)} />}
      {menu && <VideoMenu item={menu} model={model} onClose={() => setMenu(null)} />}
    </section>
  );
}

/** The list's current copy of an item (its counts change while a sheet about it is open). */
function latest(items: readonly FeedEntry[], item: FeedItem): FeedItem {
  const found = items.find((entry) => entry.video_id === item.video_id);
  return found && !isEvicted(found) ? found : item;
}
