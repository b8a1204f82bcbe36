import Hls, { type HlsConfig } from 'hls.js/light';
import { remember, startingEstimate } from './bandwidth';
import { BANDWIDTH_SHARE, chooseRendition, type StartChoice } from './quality';
import { dataSaver } from './settings';

/** Seconds buffered ahead for a video waiting in line: its first 2-second segment. */
const WAITING_BUFFER_S = 2;
/** Seconds buffered ahead for the video on screen. */
const PLAYING_BUFFER_S = 30;
/** A primed video has played at most this far (a frame or two) before pausing to wait. */
const PRIMED_AT_MOST_S = 0.3;
/** A stall shorter than this is not worth a spinner. */
const STALL_GRACE_MS = 400;

export type PlayerState = 'idle' | 'loading' | 'ready' | 'playing' | 'paused' | 'stalled' | 'error';

/**
 * Native HLS only where Managed Media Source exists (Safari), whose own HLS player is the
 * power-efficient path there; everywhere else hls.js on Media Source Extensions, so that the
 * client controls buffering, renditions and the bandwidth estimate.
 */
const useNativeHls = () =>
  'ManagedMediaSource' in window && document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';

/** Makes the hls.js instance for a video, or answers null where the element plays the URL itself. */
export type HlsFactory = (config: Partial<HlsConfig>) => Hls | null;

const browserHls: HlsFactory = (config) => (useNativeHls() || !Hls.isSupported() ? null : new Hls(config));

/**
 * One of the pool's <video> elements with the hls.js instance currently driving it. A player is
 * loaded with a video, may wait in line (first segment buffered, paused at 0), is activated when
 * its video is on screen, and is loaded again with another video when it falls out of range.
 */
export class Player {
  readonly video: HTMLVideoElement;
  private hls: Hls | null = null;
  private generation = 0;
  private stallTimer: number | undefined;
  private _state: PlayerState = 'idle';
  private _key: string | null = null;
  private active = false;
  private wantsPlay = false;
  private loadedAt: number | null = null;
  private primed = false;

  constructor(
    private readonly onChange: (player: Player) => void,
    private readonly onError: (player: Player) => void,
    private readonly createHls: HlsFactory = browserHls,
  ) {
    const video = document.createElement('video');
    video.className = 'player';
    video.muted = true;
    video.loop = true;
    video.playsInline = true;
    video.preload = 'auto';
    video.disableRemotePlayback = true;
    video.setAttribute('aria-hidden', 'true'); // the slide around it carries the labels and controls
    video.tabIndex = -1;
    this.video = video;
    this.listen();
  }

  get state(): PlayerState {
    return this._state;
  }

  /** The video loaded (its id), or null. */
  get key(): string | null {
    return this._key;
  }

  /** Whether the first frame had been decoded before this player was put on screen. */
  get warm(): boolean {
    return this.loadedAt !== null;
  }

  load(key: string, url: string, poster: string | null, fit: 'cover' | 'contain' = 'contain'): void {
    this.release();
    const generation = ++this.generation;
    this._key = key;
    this.video.dataset.videoId = key; // which video this element holds, for tools and tests
    this.active = false;
    this.wantsPlay = false;
    this.loadedAt = null;
    this.primed = false;
    this.video.classList.remove('ready');
    this.video.style.objectFit = fit;
    if (poster) this.video.poster = poster;
    else this.video.removeAttribute('poster');
    this.setState('loading');
    const estimate = startingEstimate();
    const hls = this.createHls({
      // No blob: workers under the server's CSP; fMP4 segments need no transmuxing anyway.
      enableWorker: false,
      // The start rendition and the size cap are chosen here once the ladder is known (see
      // quality.ts): hls.js would start at the lowest rung, and its own size cap ignores object-fit.
      autoStartLoad: false,
      capLevelToPlayerSize: false,
      testBandwidth: false,
      startPosition: 0,
      maxBufferLength: WAITING_BUFFER_S,
      maxMaxBufferLength: PLAYING_BUFFER_S,
      // Clips are at most 60 s: keeping what was played lets a loop restart without refetching.
      backBufferLength: 60,
      startFragPrefetch: true,
      ...(estimate !== null ? { abrEwmaDefaultEstimate: estimate } : {}),
    });
    if (!hls) {
      this.video.src = url;
      this.video.load();
      return;
    }
    this.hls = hls;
    hls.on(Hls.Events.MANIFEST_PARSED, () => {
      if (generation !== this.generation) return;
      const choice = this.chooseLevels(hls, estimate);
      if (choice.start >= 0) {
        hls.startLevel = choice.start;
        // Without a measurement, ABR is told the start rendition is affordable, so that it does
        // not drop below it before the first segment has measured the link.
        if (estimate === null) hls.bandwidthEstimate = hls.levels[choice.start].bitrate / BANDWIDTH_SHARE;
      }
      hls.startLoad(0);
    });
    hls.on(Hls.Events.LEVEL_SWITCHED, (_event, data) => {
      // Which rendition plays, for tools and tests (e.g. "720").
      const level = hls.levels[data.level];
      if (generation === this.generation && level) this.video.dataset.rendition = String(Math.min(level.width, level.height));
    });
    hls.on(Hls.Events.FRAG_LOADED, () => remember(hls.bandwidthEstimate));
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (generation !== this.generation || !data.fatal) return;
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
        hls.recoverMediaError();
      } else {
        this.setState('error');
        this.onError(this);
      }
    });
    hls.loadSource(url);
    hls.attachMedia(this.video);
  }

  /** Applies the data-saver setting to a video already loading or playing (the cap; the start is past). */
  requality(): void {
    const hls = this.hls;
    if (hls && hls.levels.length > 0) this.chooseLevels(hls, startingEstimate());
  }

  /** Caps adaptive switching to the rendition the player's size (or data saver) allows; answers the start. */
  private chooseLevels(hls: Hls, estimate: number | null): StartChoice {
    const video = this.video;
    const box = {
      // A player not laid out yet (0 × 0) is as big as the window, as every player of the feed is.
      width: video.clientWidth || window.innerWidth,
      height: video.clientHeight || window.innerHeight,
      devicePixelRatio: window.devicePixelRatio,
      fit: video.style.objectFit === 'cover' ? 'cover' as const : 'contain' as const,
    };
    const choice = chooseRendition(hls.levels, box, estimate, dataSaver.get());
    hls.autoLevelCapping = choice.cap;
    return choice;
  }

  /** On screen: buffer further and play (muted or not, as asked). */
  activate(muted: boolean): void {
    this.active = true;
    this.wantsPlay = true;
    if (this.hls) this.hls.config.maxBufferLength = PLAYING_BUFFER_S;
    this.video.muted = muted;
    this.play();
  }

  /** Off screen but kept: paused, rewound, holding only its first segment. */
  deactivate(): void {
    if (!this.active) return; // waiting already (maybe priming: leave it be)
    this.active = false;
    this.wantsPlay = false;
    this.clearStall();
    this.video.pause();
    if (this.hls) this.hls.config.maxBufferLength = WAITING_BUFFER_S;
    if (this._state === 'playing' || this._state === 'stalled') this.setState(this.warm ? 'ready' : 'loading');
  }

  /**
   * A waiting player that played on screen before (the person scrolled back past it) goes back to
   * the start and is primed again once the seek lands.
   */
  rewind(): void {
    if (this.active || this.video.currentTime <= PRIMED_AT_MOST_S) return;
    this.primed = false;
    this.video.addEventListener('seeked', () => this.prime(), { once: true });
    this.video.currentTime = 0;
  }

  pause(): void {
    this.wantsPlay = false;
    this.clearStall();
    this.video.pause();
  }

  resume(): void {
    if (!this.active) return;
    this.wantsPlay = true;
    this.play();
  }

  setMuted(muted: boolean): void {
    this.video.muted = muted;
  }

  retry(): void {
    if (this._key === null) return;
    const url = this.hls?.url ?? this.video.currentSrc;
    const key = this._key;
    const poster = this.video.getAttribute('poster');
    const wasActive = this.active;
    this.load(key, url, poster, this.video.style.objectFit === 'cover' ? 'cover' : 'contain');
    if (wasActive) this.activate(this.video.muted);
  }

  /** Frees the hls.js instance and the media buffers; the element itself stays for reuse. */
  release(): void {
    this.generation++;
    this.clearStall();
    if (this.hls) {
      remember(this.hls.bandwidthEstimate);
      this.hls.destroy();
      this.hls = null;
    } else if (this.video.getAttribute('src')) {
      this.video.removeAttribute('src');
      this.video.load();
    }
    this.video.pause();
    this.video.classList.remove('ready');
    delete this.video.dataset.videoId;
    delete this.video.dataset.rendition;
    this._key = null;
    this.active = false;
    this.wantsPlay = false;
    this.setState('idle');
  }

  private play(): void {
    const generation = this.generation;
    this.video.play().catch((error: DOMException) => {
      if (generation !== this.generation || !this.wantsPlay) return; // superseded by a pause or a new video
      if (error.name === 'NotAllowedError' && !this.video.muted) {
        // The browser refuses sound before the person has interacted with the page: play muted.
        this.video.muted = true;
        this.onChange(this);
        this.play();
      }
    });
  }

  /**
   * Primes a waiting video's pipeline, as AVPlayer's preroll does: right after loading (a seek,
   * for the media pipeline) Chromium needs about three frame intervals to show the next frame
   * when play() is called, but only one once the video has played. So a waiting video plays,
   * muted, until its first new frame is on its way to the screen, and pauses there.
   */
  private prime(): void {
    if (this.active || this.primed || this._key === null || !this.warm) return;
    this.primed = true;
    const generation = this.generation;
    type FrameVideo = HTMLVideoElement & {
      requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number }) => void) => number;
    };
    const video = this.video as FrameVideo;
    const stop = () => {
      if (generation === this.generation && !this.active) video.pause();
    };
    // The first callback may only be the loaded frame being shown; pause once a later frame is.
    let first: number | null = null;
    const onFrame = (_now: number, meta: { mediaTime: number }) => {
      if (generation !== this.generation || this.active) return;
      if (first === null) first = meta.mediaTime;
      if (meta.mediaTime > first) stop();
      else video.requestVideoFrameCallback!(onFrame);
    };
    video.muted = true;
    video.play().then(() => {
      if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(onFrame);
      else video.addEventListener('timeupdate', stop, { once: true });
    }).catch(() => {
      this.primed = false; // refused (e.g. a power saver); the swipe will simply start it cold
    });
  }

  private listen(): void {
    const video = this.video;
    video.addEventListener('loadeddata', () => {
      if (this._key === null) return;
      this.loadedAt ??= performance.now();
      video.classList.add('ready'); // the first frame replaces the poster
      if (this._state === 'loading') this.setState(this.active && this.wantsPlay ? 'playing' : 'ready');
      this.prime();
    });
    video.addEventListener('playing', () => {
      this.clearStall();
      if (this.active) this.setState('playing');
    });
    video.addEventListener('pause', () => {
      if (this._key !== null && this.active) this.setState('paused');
    });
    // "waiting" also fires for blips a few frames long; only a stall that lasts earns a spinner.
    video.addEventListener('waiting', () => {
      if (!this.active || !this.wantsPlay) return;
      this.clearStall();
      this.stallTimer = window.setTimeout(() => {
        if (this.active && this.wantsPlay && video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) this.setState('stalled');
      }, STALL_GRACE_MS);
    });
    video.addEventListener('timeupdate', () => {
      if (this._state === 'stalled' && video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) this.setState('playing');
    });
    video.addEventListener('error', () => {
      if (this._key === null || !video.error) return;
      this.setState('error');
      this.onError(this);
    });
  }

  private clearStall(): void {
    if (this.stallTimer !== undefined) {
      window.clearTimeout(this.stallTimer);
      this.stallTimer = undefined;
    }
  }

  private setState(state: PlayerState): void {
    if (this._state === state) return;
    this._state = state;
    this.onChange(this);
  }
}
