// Small stand-ins for the browser APIs the feed and the players touch, installed as globals before
// any module of the app is loaded (import this file first). They keep only the state the tests
// look at: listeners registered, timers due, what a <video> element was told to do.

type Listener = (event: Event) => void;

/** addEventListener/removeEventListener that remember who listens, and a way to fire an event. */
export class FakeEventTarget {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  addEventListener(type: string, listener: Listener, options?: { once?: boolean }): void {
    const list = this.listeners.get(type) ?? [];
    list.push({ listener, once: options?.once ?? false });
    this.listeners.set(type, list);
  }

  removeEventListener(type: string, listener: Listener): void {
    const list = this.listeners.get(type) ?? [];
    this.listeners.set(type, list.filter((entry) => entry.listener !== listener));
  }

  listenerCount(type: string): number {
    return this.listeners.get(type)?.length ?? 0;
  }

  /** How many listeners exist, of any type. */
  allListeners(): number {
    return [...this.listeners.values()].reduce((sum, list) => sum + list.length, 0);
  }

  fire(type: string, event: object = {}): void {
    const list = this.listeners.get(type) ?? [];
    this.listeners.set(type, list.filter((entry) => !entry.once));
    for (const entry of list) entry.listener({ type, ...event } as unknown as Event);
  }
}

/** A manual clock for window.setTimeout: nothing runs until a test advances it. */
export class FakeTimers {
  private now = 0;
  private nextId = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();

  setTimeout = (run: () => void, ms = 0): number => {
    const id = this.nextId++;
    this.due.set(id, { at: this.now + ms, run });
    return id;
  };

  clearTimeout = (id: number | undefined): void => {
    if (id !== undefined) this.due.delete(id);
  };

  /** Moves the clock on by `ms`, running every timer that falls due (and those they set), in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const next = [...this.due.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.now = next[1].at;
      next[1].run();
    }
    this.now = until;
  }
}

class FakeStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, String(value));
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
  clear(): void {
    this.values.clear();
  }
}

/** An element that can hold others (the players' layer). */
export class FakeElement extends FakeEventTarget {
  parent: FakeElement | null = null;
  readonly children: FakeElement[] = [];
  readonly style: Record<string, string> = {};
  readonly dataset: Record<string, string> = {};
  readonly classList = new FakeClassList();
  className = '';
  tabIndex = 0;
  private readonly attributes = new Map<string, string>();

  appendChild(child: FakeElement): void {
    child.remove();
    child.parent = this;
    this.children.push(child);
  }

  remove(): void {
    if (!this.parent) return;
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = null;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
}

class FakeClassList {
  private readonly names = new Set<string>();
  add(name: string): void {
    this.names.add(name);
  }
  remove(name: string): void {
    this.names.delete(name);
  }
  contains(name: string): boolean {
    return this.names.has(name);
  }
}

/**
 * A <video> element that does what it is told at once: play() resolves and fires "playing" (once
 * its first frame is loaded), pause() fires "pause", and frames are shown when the test says so
 * ({@link showFrame}), to whoever asked with requestVideoFrameCallback.
 */
export class FakeVideo extends FakeElement {
  muted = false;
  loop = false;
  playsInline = false;
  preload = '';
  disableRemotePlayback = false;
  poster = '';
  src = '';
  currentSrc = '';
  currentTime = 0;
  duration = Number.NaN;
  readyState = 0;
  error: MediaError | null = null;
  paused = true;
  /** Every play() call, with whether it was muted then. */
  readonly plays: { muted: boolean }[] = [];
  private frameCallbacks: ((now: number, metadata: { mediaTime: number; expectedDisplayTime: number }) => void)[] = [];

  load(): void {
    this.readyState = 0;
  }

  play(): Promise<void> {
    this.plays.push({ muted: this.muted });
    this.paused = false;
    if (this.readyState >= 2) this.fire('playing');
    return Promise.resolve();
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.fire('pause');
  }

  requestVideoFrameCallback(callback: (now: number, metadata: { mediaTime: number; expectedDisplayTime: number }) => void): number {
    this.frameCallbacks.push(callback);
    return this.frameCallbacks.length;
  }

  cancelVideoFrameCallback(): void {}

  /** The media has its first frame: "loadeddata", as after a load or when hls.js appended a segment. */
  loaded(): void {
    this.readyState = 4;
    this.fire('loadeddata');
    if (!this.paused) this.fire('playing');
  }

  /** A frame at `mediaTime` reaches the screen. */
  showFrame(mediaTime: number): void {
    const callbacks = this.frameCallbacks;
    this.frameCallbacks = [];
    for (const callback of callbacks) callback(0, { mediaTime, expectedDisplayTime: 0 });
  }
}

class FakeDocument extends FakeEventTarget {
  hidden = false;
  referrer = '';
  readonly videos: FakeVideo[] = [];

  createElement(name: string): FakeElement {
    if (name !== 'video') return new FakeElement();
    const video = new FakeVideo();
    this.videos.push(video);
    return video;
  }
}

/** Posters warmed ahead: every Image whose src was set. */
export const imagesLoaded: string[] = [];

class FakeImage {
  decoding = '';
  set src(url: string) {
    imagesLoaded.push(url);
  }
  decode(): Promise<void> {
    return Promise.resolve();
  }
}

export const timers = new FakeTimers();
export const fakeDocument = new FakeDocument();
export const fakeWindow = Object.assign(new FakeEventTarget(), {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  location: { href: 'http://flick.test/', origin: 'http://flick.test', search: '' },
});

Object.assign(globalThis, {
  window: fakeWindow,
  document: fakeDocument,
  location: fakeWindow.location,
  localStorage: new FakeStorage(),
  sessionStorage: new FakeStorage(),
  Image: FakeImage,
  HTMLMediaElement: { HAVE_FUTURE_DATA: 3 },
});

/** Lets promise callbacks already queued run (play() resolutions, fetched responses). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
