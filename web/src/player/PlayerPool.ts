import type { VideoCard } from '../api/types';
import { isEvictedCard, type Card } from '../feed/entries';
import { Player, type PlayerState } from './Player';
import { dataSaver, prefersMuted, rememberMuted } from './settings';
import { SwipeTiming } from './SwipeTiming';

/** Exactly this many <video> elements exist, whatever the number of videos scrolled through. */
export const POOL_SIZE = 3;
/** How many videos after the one on screen are loaded and buffered ahead. */
export const AHEAD = 2;
/** How many in data-saver mode: a swipe still starts at once, and fewer videos are fetched unseen. */
export const AHEAD_SAVING_DATA = 1;
/** The longest the other players' rearrangement waits for the new video's first frame. */
const ARRANGE_WITHIN_MS = 150;

export interface PoolSnapshot {
  /** Index (in the feed) of the video on screen. */
  current: number;
  state: PlayerState;
  muted: boolean;
  /** Paused by the person (not by the tab being hidden). */
  paused: boolean;
}

/**
 * The feed's players: three <video> elements, recycled as the person scrolls. The one on screen
 * plays; the next {@link AHEAD} are loaded with their first segment buffered so a swipe starts
 * them at once. A player is never created per video: when a video leaves the range, its player is
 * loaded with the next one that enters it.
 *
 * The elements live in one layer beside the slides and are moved (translateY) to the slide of the
 * video they hold, so the slides can be rendered and discarded freely without touching playback.
 */
export class PlayerPool {
  /** Created at the first mount, so that loading this module creates no element and registers no listener. */
  private players: readonly Player[] = [];
  private layer: HTMLElement | null = null;
  private slideHeight = 0;
  private placed = new Map<Player, number>();
  private currentIndex = -1;
  private currentKey: string | null = null;
  private pending: { videos: readonly Card[]; current: number; prefetch: boolean } | null = null;
  private arrangeTimer: number | undefined;
  private muted = prefersMuted();
  private userPaused = false;
  private hiddenPaused = false;
  private listeners = new Set<(snapshot: PoolSnapshot) => void>();
  readonly timing = new SwipeTiming();

  /** `newPlayer` makes each of the {@link POOL_SIZE} players (a test gives players on an hls.js stand-in). */
  constructor(private readonly newPlayer: (onChange: (player: Player) => void) => Player = (onChange) => new Player(onChange, onChange)) {}

  /** Puts the players into a feed's layer (one feed is on screen at a time). */
  mount(layer: HTMLElement): void {
    if (this.layer === layer) return;
    this.unmount();
    if (this.players.length === 0) {
      this.players = Array.from({ length: POOL_SIZE }, () => this.newPlayer((player) => this.changed(player)));
      document.addEventListener('visibilitychange', () => this.onVisibility());
      dataSaver.subscribe(() => {
        for (const player of this.players) player.requality();
      });
    }
    this.layer = layer;
    for (const player of this.players) layer.appendChild(player.video);
  }

  /** Stops and frees everything; the elements leave the page until the next mount. */
  unmount(): void {
    for (const player of this.players) {
      player.release();
      player.video.remove();
    }
    this.placed.clear();
    window.clearTimeout(this.arrangeTimer);
    this.arrangeTimer = undefined;
    this.pending = null;
    this.layer = null;
    this.currentIndex = -1;
    this.currentKey = null;
  }

  setSlideHeight(height: number): void {
    if (height === this.slideHeight) return;
    this.slideHeight = height;
    for (const [player, index] of this.placed) this.place(player, index);
  }

  /**
   * Makes `current` play and the next ones (if `prefetch`) load, reusing players whose videos fell
   * out of range. `videos[i]` is the card at feed index i (an evicted one is never played).
   *
   * On a swipe to a video that is already loaded, only the switch happens now (pause the old one,
   * play the new one); tearing down and loading the other players waits for the next task, so the
   * first frame of the new video does not queue behind it.
   */
  sync(videos: readonly Card[], current: number, prefetch: boolean): void {
    if (!this.layer || current < 0 || current >= videos.length) return;
    const key = videos[current].video_id;
    const changed = key !== this.currentKey;
    this.currentIndex = current;
    this.currentKey = key;
    if (changed) this.userPaused = false;
    const onScreen = playable(videos[current]) ? this.players.find((p) => p.key === key) : undefined;
    if (changed) {
      for (const player of this.players) if (player !== onScreen) player.deactivate();
    }
    if (!onScreen) {
      this.arrange(videos, current, prefetch, changed); // cold: loading it is the urgent work
      return;
    }
    this.placed.set(onScreen, current);
    this.place(onScreen, current);
    if (changed) this.timing.activated(onScreen);
    if (changed || onScreen.state === 'loading' || onScreen.state === 'idle') this.start(onScreen);
    this.emit();
    this.pending = { videos, current, prefetch };
    if (this.arrangeTimer === undefined) {
      // Rearranging the other players (tearing down and creating hls.js instances) waits until the
      // new video has shown a frame, or a few frames' time at most.
      const arrange = () => {
        if (this.arrangeTimer === undefined) return;
        window.clearTimeout(this.arrangeTimer);
        this.arrangeTimer = undefined;
        const pending = this.pending;
        this.pending = null;
        if (pending && pending.current === this.currentIndex) this.arrange(pending.videos, pending.current, pending.prefetch, false);
      };
      this.arrangeTimer = window.setTimeout(arrange, ARRANGE_WITHIN_MS);
      const video = onScreen.video as HTMLVideoElement & { requestVideoFrameCallback?: (cb: () => void) => number };
      video.requestVideoFrameCallback?.(() => window.setTimeout(arrange, 0));
    }
  }

  /**
   * The feed dropped `count` entries from the head of its list: the same videos now sit `count`
   * places earlier, and the players move with them (in the same task as the feed's scroll position,
   * so nothing visibly moves).
   */
  shift(count: number): void {
    if (count <= 0) return;
    this.currentIndex -= count;
    for (const [player, index] of this.placed) {
      this.placed.set(player, index - count);
      this.place(player, index - count);
    }
    // A rearrangement still waiting holds the old indices; the feed's next sync arranges afresh.
    this.pending = null;
  }

  /** Gives every wanted index a player (matched by video), frees the rest, places and starts them. */
  private arrange(videos: readonly Card[], current: number, prefetch: boolean, changed: boolean): void {
    const ahead = dataSaver.get() ? AHEAD_SAVING_DATA : AHEAD;
    const last = Math.min(videos.length - 1, current + (prefetch ? ahead : 0));
    // The videos to hold, by feed index: the one on screen and (prefetching) the next AHEAD.
    const wanted = new Map<number, VideoCard>();
    for (let index = current; index <= last; index++) {
      const video = videos[index];
      if (playable(video)) wanted.set(index, video);
    }
    // Players are matched by video, not index: removing a video from the list shifts indices
    // but must not throw away a player that already buffered the video now in that place.
    const holding = new Map<number, Player>();
    const held = (player: Player) => [...holding.values()].includes(player);
    for (const [index, video] of wanted) {
      const player = this.players.find((p) => p.key === video.video_id && !held(p));
      if (player) holding.set(index, player);
    }
    const free = this.players.filter((player) => !held(player));
    for (const [index, video] of wanted) {
      if (holding.has(index)) continue;
      const player = free.shift();
      if (!player) break;
      player.load(video.video_id, video.video_urls.master, video.thumbnail_url, fitOf(video));
      holding.set(index, player);
    }
    for (const player of free) {
      if (player.key !== null) player.release();
      this.placed.delete(player);
      this.place(player, -1);
    }
    for (const [index, player] of holding) {
      this.placed.set(player, index);
      this.place(player, index);
      if (index !== current) {
        player.deactivate();
        player.rewind();
      } else if (changed || player.state === 'loading' || player.state === 'idle') {
        if (changed) this.timing.activated(player);
        this.start(player);
      }
    }
    this.emit();
  }

  private start(player: Player): void {
    if (!this.userPaused && !document.hidden) player.activate(this.muted);
  }

  /** The player showing feed index `index`, if any. */
  playerAt(index: number): Player | undefined {
    for (const [player, at] of this.placed) if (at === index) return player;
    return undefined;
  }

  get current(): Player | undefined {
    return this.playerAt(this.currentIndex);
  }

  toggleMuted(): void {
    this.setMuted(!this.muted);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    rememberMuted(muted);
    this.current?.setMuted(muted);
    this.emit();
  }

  togglePaused(): void {
    const player = this.current;
    if (!player) return;
    this.userPaused = !this.userPaused;
    if (this.userPaused) player.pause();
    else player.resume();
    this.emit();
  }

  retryCurrent(): void {
    this.current?.retry();
  }

  subscribe(listener: (snapshot: PoolSnapshot) => void): () => void {
    this.listeners.add(listener);
    listener(this.snapshot());
    return () => this.listeners.delete(listener);
  }

  snapshot(): PoolSnapshot {
    const player = this.current;
    return {
      current: this.currentIndex,
      state: player?.state ?? 'idle',
      muted: player ? player.video.muted : this.muted,
      paused: this.userPaused,
    };
  }

  private onVisibility(): void {
    const player = this.current;
    if (!player) return;
    if (document.hidden) {
      this.hiddenPaused = true;
      player.pause();
    } else if (this.hiddenPaused) {
      this.hiddenPaused = false;
      if (!this.userPaused) player.resume();
    }
  }

  private place(player: Player, index: number): void {
    const style = player.video.style;
    if (index < 0) {
      style.visibility = 'hidden';
      return;
    }
    style.visibility = '';
    style.height = `${this.slideHeight}px`;
    style.transform = `translate3d(0, ${index * this.slideHeight}px, 0)`;
  }

  private changed(player: Player): void {
    if (player === this.current) {
      // The browser may have forced sound off (autoplay policy); remember what is really happening.
      this.emit();
    }
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of [...this.listeners]) listener(snapshot);
  }
}

/** Portrait videos fill the (portrait) screen; landscape and square ones are shown whole. */
export function fitOf(video: VideoCard): 'cover' | 'contain' {
  return video.width && video.height && video.height > video.width ? 'cover' : 'contain';
}

export function playable(video: Card | undefined): video is VideoCard {
  return !!video && !isEvictedCard(video) && video.status === 'published' && !!video.video_urls?.master;
}

/** The one pool of the page. */
export const pool = new PlayerPool();
