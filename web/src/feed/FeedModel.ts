import type { FeedItem, VideoCard } from '../api/types';
import { get } from '../api/http';
import { describe } from '../api/problems';
import { Store } from '../ui/store';
import type { FeedSource } from './sources';
import { evicted, isEvicted, type FeedEntry } from './entries';

/** The next page is requested when the person is this many videos from the end. */
export const PAGINATE_AHEAD = 3;
/** As many upcoming videos as the pool loads ahead. */
const PREFETCH_CARDS = 2;
/**
 * Cards further behind the person than this are dropped (only the id stays) so that memory does
 * not grow with the number of videos watched; scrolling back fetches them again.
 */
const KEEP_BEHIND = 10;
/**
 * How many videos back the person can scroll. Entries further behind leave the list altogether
 * (ids included), in batches of {@link DROP_BATCH}, and the feed re-bases its positions: the list
 * stays bounded, and so do the positions (pixel offsets) slides and players ever take. That matters
 * as much: Chromium's matched-properties cache keeps a computed style for every distinct inline
 * style a live element has had (measured in the swipe benchmark: the players' translateY values, a
 * new one per video, were never released), so positions must repeat for the memory to stop growing.
 */
const HISTORY = 40;
/** A video served again comes after at least this many others in the list (see `wanted`). */
const REWATCH_GAP = 12;
const DROP_BATCH = 20;

export interface FeedState {
  /** The list; entries far behind the person hold an evicted card (see {@link FeedModel.trim}). */
  items: readonly FeedEntry[];
  /**
   * Cards of the videos the server says will open the next page (`prefetch_ids`), fetched ahead
   * so the players can load them before that page arrives.
   */
  upcoming: readonly VideoCard[];
  loading: boolean;
  done: boolean;
  error: string | null;
  /** Counts the times the list started over ({@link FeedModel.refresh}): a feed showing it goes back to the top. */
  generation: number;
  /** A refresh is on its way (the old list stays on screen until it arrives). */
  refreshing: boolean;
}

/**
 * One feed's list: pages fetched with the cursor, duplicates dropped, and the next page asked for
 * three videos before the end so the person never reaches it. Kept per source, so switching tabs
 * comes back to the same place.
 */
export class FeedModel {
  readonly state: Store<FeedState>;
  /** Where the person was, restored when the feed is shown again. */
  position = 0;
  private cursor: string | null = null;
  private begun = false;
  private top: string | null = null;
  /** A refresh asked for while one was on its way: shown (the person asked) or quiet (see refresh). */
  private refreshAgain: 'shown' | 'quiet' | null = null;
  private controller: AbortController | null = null;
  private seen = new Set<string>();
  private restoring = new Set<string>();

  constructor(readonly source: FeedSource, initial: readonly FeedItem[] = [], cursor: string | null = null) {
    this.state = new Store<FeedState>({
      items: initial, upcoming: [], loading: false, done: false, error: null, generation: 0, refreshing: false,
    });
    if (initial.length > 0) {
      this.begun = true;
      this.cursor = cursor;
      initial.forEach((item) => this.seen.add(item.video_id));
      if (cursor === null) this.patch({ done: true });
    }
  }

  /**
   * The first video of the list as the server last gave it from the top (first page, or a refresh):
   * what "new videos" are newer than, even after the head of the list was dropped.
   */
  get topId(): string | null {
    return this.top;
  }

  /** Whether the list was ever asked for (a first page loaded or on its way). */
  get started(): boolean {
    return this.begun;
  }

  /** Loads the first page, or the next one if `index` is close enough to the end. */
  ensure(index: number): void {
    const { items, loading, done, refreshing } = this.state.get();
    if (loading || done || refreshing) return;
    if (!this.begun || index >= items.length - PAGINATE_AHEAD) void this.loadMore();
  }

  /**
   * Whether a page's entry joins the list: anything not in it yet, and a video For You serves again
   * on purpose (`rewatch`, once the viewer has seen everything) when it is not among the last
   * {@link REWATCH_GAP} entries. Without the second, a viewer who has seen a small catalogue would
   * meet only duplicates and stop at the end. The same id twice in the list is then far apart, never
   * rendered or loaded at once (both go by the video's id).
   */
  private wanted(item: FeedItem): boolean {
    if (!this.seen.has(item.video_id)) return true;
    if (item.reason !== 'rewatch') return false;
    const items = this.state.get().items;
    return !items.slice(-REWATCH_GAP).some((entry) => entry.video_id === item.video_id);
  }

  async loadMore(): Promise<void> {
    const current = this.state.get();
    if (current.loading || current.done || current.refreshing) return;
    this.begun = true;
    this.controller = new AbortController();
    this.patch({ loading: true, error: null });
    try {
      let page = await this.source.page(this.cursor, this.controller.signal);
      // A page of nothing new (all duplicates) must not leave the person stuck at the end.
      for (let extra = 0; extra < 3 && page.next_cursor !== null && page.videos.every((item) => !this.wanted(item)); extra++) {
        this.cursor = page.next_cursor;
        page = await this.source.page(this.cursor, this.controller.signal);
      }
      if (this.state.get().items.length === 0) this.top ??= page.videos[0]?.video_id ?? null;
      const fresh = page.videos.filter((item) => this.wanted(item));
      fresh.forEach((item) => this.seen.add(item.video_id));
      this.cursor = page.next_cursor;
      this.patch({
        items: [...this.state.get().items, ...fresh],
        upcoming: [],
        loading: false,
        done: page.next_cursor === null,
      });
      if (page.next_cursor !== null) void this.fetchUpcoming(page.prefetch_ids ?? [], this.controller.signal);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        this.patch({ loading: false });
        return;
      }
      this.patch({ loading: false, error: describe(error) });
    }
  }

  private async fetchUpcoming(ids: readonly string[], signal: AbortSignal): Promise<void> {
    const wanted = ids.filter((id) => !this.seen.has(id)).slice(0, PREFETCH_CARDS);
    const cards = await Promise.all(wanted.map((id) =>
      get<VideoCard>(`/api/v1/videos/${encodeURIComponent(id)}`, signal).catch(() => null)));
    const upcoming = cards.filter((card): card is VideoCard => card !== null && !this.seen.has(card.video_id));
    if (signal.aborted || upcoming.length === 0) return;
    warmPosters(upcoming);
    this.patch({ upcoming });
  }

  /** Drops the cards of videos far behind `position`. */
  trim(position: number): void {
    const items = this.state.get().items;
    const limit = position - KEEP_BEHIND;
    if (limit <= 0 || items.slice(0, limit).every(isEvicted)) return;
    this.patch({
      items: items.map((item, index) => index >= limit || isEvicted(item) ? item : { ...item, video: evicted(item.video_id) }),
    });
  }

  /** How many entries can leave the head of the list with the person at `position` (0: none yet). */
  droppable(position: number): number {
    return position >= HISTORY + DROP_BATCH ? position - HISTORY : 0;
  }

  /**
   * Removes the first `count` entries: every index moves down by `count`. Their ids leave the
   * duplicate check too; the server's own cursor keeps it from sending them again.
   */
  dropHead(count: number): void {
    const items = this.state.get().items;
    if (count <= 0 || count > items.length) return;
    for (const item of items.slice(0, count)) this.seen.delete(item.video_id);
    this.position = Math.max(0, this.position - count);
    this.patch({ items: items.slice(count) });
  }

  /** Fetches dropped cards again (the person scrolled back to them); gone videos leave the list. */
  async restore(ids: readonly string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.restoring.has(id));
    if (wanted.length === 0) return;
    wanted.forEach((id) => this.restoring.add(id));
    const cards = new Map<string, VideoCard | null>();
    await Promise.all(wanted.map(async (id) => {
      cards.set(id, await get<VideoCard>(`/api/v1/videos/${encodeURIComponent(id)}`).catch(() => null));
    }));
    wanted.forEach((id) => this.restoring.delete(id));
    this.patch({
      items: this.state.get().items
        .filter((item) => !(cards.has(item.video_id) && cards.get(item.video_id) === null))
        .map((item) => {
          const card = cards.get(item.video_id);
          return card && isEvicted(item) ? { ...item, video: card } : item;
        }),
    });
  }

  /** Takes a video out of the list ("not interested", a hidden creator). */
  remove(predicate: (item: FeedEntry) => boolean): void {
    const items = this.state.get().items;
    const kept = items.filter((item) => !predicate(item));
    if (kept.length !== items.length) this.patch({ items: kept });
  }

  /**
   * Applies a change to every copy of a video (counts after a like, a follow of its creator …).
   * Evicted cards are left alone: they are fetched afresh, with the change, when restored.
   */
  update(change: (video: VideoCard) => VideoCard | null): void {
    let changed = false;
    const items = this.state.get().items.map((item) => {
      if (isEvicted(item)) return item;
      const next = change(item.video);
      if (!next || next === item.video) return item;
      changed = true;
      return { ...item, video: next };
    });
    if (changed) this.patch({ items });
  }

  /**
   * Starts the list over from the server's first page (pull-to-refresh, the "new videos" pill, a
   * follow that changes what a feed holds). The list on screen stays until the new page is in, then
   * is replaced whole; a failure leaves it as it was and says so. `onlyIfChanged` (refreshes the
   * person did not ask for: a tab opened again, a follow made elsewhere) keeps the list and the
   * person's place when the first page starts as the list does.
   */
  async refresh(options: { onlyIfChanged?: boolean } = {}): Promise<void> {
    const quiet = options.onlyIfChanged === true;
    if (this.state.get().refreshing) {
      // What is on its way may have been asked for before the change: ask again after it.
      this.refreshAgain = this.refreshAgain === 'shown' || !quiet ? 'shown' : 'quiet';
      return;
    }
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.begun = true;
    this.patch({ refreshing: true, loading: false, error: null });
    try {
      const page = await this.source.page(null, controller.signal);
      if (quiet && startsWith(this.state.get().items, page.videos)) {
        // Nothing new at the top: the person keeps their place (and the list its next page).
        this.patch({ refreshing: false });
        return this.again();
      }
      this.seen = new Set(page.videos.map((item) => item.video_id));
      this.top = page.videos[0]?.video_id ?? null;
      this.restoring.clear();
      this.cursor = page.next_cursor;
      this.position = 0;
      this.patch({
        items: page.videos.filter((item, index, all) => all.findIndex((other) => other.video_id === item.video_id) === index),
        upcoming: [], loading: false, done: page.next_cursor === null, refreshing: false,
        generation: this.state.get().generation + 1,
      });
      if (page.next_cursor !== null) void this.fetchUpcoming(page.prefetch_ids ?? [], controller.signal);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        this.patch({ refreshing: false });
        return;
      }
      this.patch({ refreshing: false, error: describe(error) });
    }
    await this.again();
  }

  private async again(): Promise<void> {
    const again = this.refreshAgain;
    this.refreshAgain = null;
    if (again) await this.refresh({ onlyIfChanged: again === 'quiet' });
  }

  retry(): void {
    this.patch({ error: null });
    void this.loadMore();
  }

  dispose(): void {
    this.controller?.abort();
  }

  private patch(change: Partial<FeedState>): void {
    this.state.set({ ...this.state.get(), ...change });
  }
}

/** Posters of videos about to be reached are fetched and decoded now, so they show at once. */
function warmPosters(cards: readonly VideoCard[]): void {
  for (const card of cards) {
    const url = card.thumbnail_url;
    if (!url) continue;
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    image.decode().catch(() => { /* a poster that fails to warm just loads later */ });
  }
}

/** Whether `list` begins with the videos of `page`, in order. */
function startsWith(list: readonly FeedEntry[], page: readonly FeedItem[]): boolean {
  return page.length <= list.length && page.every((item, index) => list[index].video_id === item.video_id);
}
