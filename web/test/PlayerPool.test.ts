import { FakeElement, fakeDocument, settle, timers, type FakeVideo } from './browser';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Hls, { type HlsConfig } from 'hls.js/light';
import { evicted, type Card } from '../src/feed/entries';
import { Player } from '../src/player/Player';
import { AHEAD, POOL_SIZE, PlayerPool } from '../src/player/PlayerPool';
import { card, ids } from './cards';

/** The part of hls.js a player drives, recording what it was given. */
class FakeHls {
  bandwidthEstimate = 0;
  url = '';
  media: FakeVideo | null = null;
  destroyed = false;
  private readonly handlers = new Map<string, ((event: string, data: unknown) => void)[]>();

  constructor(readonly config: Partial<HlsConfig>) {}

  on(event: string, handler: (event: string, data: unknown) => void): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }
  loadSource(url: string): void {
    this.url = url;
  }
  attachMedia(video: FakeVideo): void {
    this.media = video;
  }
  destroy(): void {
    this.destroyed = true;
  }
  recoverMediaError(): void {}

  emit(event: string, data: unknown = {}): void {
    for (const handler of this.handlers.get(event) ?? []) handler(event, data);
  }
}

/** The time the pool gives a new video's first frame before it rearranges the other players. */
const ARRANGE_WITHIN_MS = 150;

/** A pool mounted in a layer, its players on hls.js stand-ins. */
function mountedPool() {
  const engines: FakeHls[] = [];
  const pool = new PlayerPool((onChange) => new Player(onChange, onChange, (config) => {
    const hls = new FakeHls(config);
    engines.push(hls);
    return hls as unknown as Hls;
  }));
  const layer = new FakeElement();
  pool.mount(layer as unknown as HTMLElement);
  pool.setSlideHeight(800);
  const elements = () => layer.children as FakeVideo[];
  /** The element holding `videoId`. */
  const element = (videoId: string) => {
    const found = elements().find((video) => video.dataset.videoId === videoId);
    assert.ok(found, `no player holds ${videoId}`);
    return found;
  };
  /** The live hls.js instance playing `videoId`. */
  const engine = (videoId: string) => {
    const found = engines.find((hls) => !hls.destroyed && hls.url === `/media/${videoId}/master.m3u8`);
    assert.ok(found, `no hls.js instance for ${videoId}`);
    return found;
  };
  /** The videos the players hold (null: a player holding none). */
  const held = () => new Set(elements().map((video) => video.dataset.videoId ?? null));
  return { pool, layer, elements, element, engine, held };
}

/** Swipes to `index` and lets the deferred rearrangement of the other players happen. */
function swipe(pool: PlayerPool, cards: readonly Card[], index: number): void {
  pool.sync(cards, index, true);
  timers.advance(ARRANGE_WITHIN_MS);
}

describe('PlayerPool', () => {
  test('three <video> elements serve any number of videos: the one on screen and the next two', () => {
    const created = fakeDocument.videos.length;
    const { pool, elements, held } = mountedPool();
    const cards = ids(0, 30).map((id) => card(id));

    for (let index = 0; index < 25; index++) {
      swipe(pool, cards, index);
      assert.equal(pool.current?.key, `v${index}`);
      assert.deepEqual(held(), new Set([`v${index}`, `v${index + 1}`, `v${index + 2}`]));
    }
    assert.equal(POOL_SIZE, 3);
    assert.equal(AHEAD, 2);
    assert.equal(elements().length, POOL_SIZE);
    assert.equal(fakeDocument.videos.length - created, POOL_SIZE, 'no element is created per video');
  });

  test('a video leaving the range hands its element to the video entering it, once the new video is playing', () => {
    const { pool, element } = mountedPool();
    const cards = ids(0, 10).map((id) => card(id));
    swipe(pool, cards, 0);
    const first = element('v0');

    pool.sync(cards, 1, true);
    assert.equal(pool.current?.key, 'v1', 'the switch happens at once');
    assert.equal(first.dataset.videoId, 'v0', 'the others wait until the new video has had its chance at a frame');

    timers.advance(ARRANGE_WITHIN_MS);
    assert.equal(first.dataset.videoId, 'v3');
    assert.equal(first.style.visibility, '');
    assert.equal(first.style.transform, 'translate3d(0, 2400px, 0)', 'placed over the slide of the video it now holds');
  });

  test('the video on screen plays with a long buffer; the next ones hold one segment and are primed to their first new frame', async () => {
    const { pool, element, engine } = mountedPool();
    const cards = ids(0, 5).map((id) => card(id));
    swipe(pool, cards, 0);
    for (const id of ['v0', 'v1', 'v2']) element(id).loaded();

    assert.equal(pool.snapshot().state, 'playing');
    assert.equal(element('v0').paused, false);
    assert.equal(engine('v0').config.maxBufferLength, 30);
    assert.equal(engine('v1').config.maxBufferLength, 2);
    assert.equal(engine('v2').config.maxBufferLength, 2);

    // Priming: a waiting video plays, muted, until a frame after the loaded one is shown, then pauses.
    const next = element('v1');
    assert.deepEqual(next.plays, [{ muted: true }]);
    await settle();
    next.showFrame(0);
    assert.equal(next.paused, false, 'the loaded frame itself does not count');
    next.showFrame(0.033);
    assert.equal(next.paused, true);
    assert.equal(pool.playerAt(1)?.state, 'ready');

    pool.sync(cards, 1, true);
    assert.equal(pool.current?.key, 'v1');
    assert.equal(pool.current?.warm, true, 'its first frame was decoded before the swipe');
    assert.equal(next.paused, false);
    assert.equal(engine('v1').config.maxBufferLength, 30);
    assert.equal(element('v0').paused, true, 'the video swiped away stops');
  });

  test('evicted cards get no player; the playable videos after them do', () => {
    const { pool, held, elements } = mountedPool();
    const cards: Card[] = [card('v0'), evicted('v1'), card('v2'), card('v3'), card('v4', { status: 'processing' })];

    swipe(pool, cards, 1);

    assert.equal(pool.current, undefined);
    assert.equal(pool.snapshot().state, 'idle');
    assert.deepEqual(held(), new Set(['v2', 'v3', null]));
    assert.equal(elements().filter((video) => video.style.visibility === 'hidden').length, 1);
  });

  test('the bandwidth measured on one video is the next one\'s starting estimate, also after a reload', () => {
    const { pool, engine } = mountedPool();
    const cards = ids(0, 5).map((id) => card(id));
    pool.sync(cards, 0, false);
    const measured = engine('v0');
    measured.bandwidthEstimate = 3_456_789;
    measured.emit(Hls.Events.FRAG_LOADED);

    pool.sync(cards, 1, false);

    assert.equal(engine('v1').config.abrEwmaDefaultEstimate, 3_456_789);
    assert.equal(engine('v1').config.testBandwidth, false, 'no request is spent on a bandwidth test');
    assert.equal(sessionStorage.getItem('flick.bandwidth'), '3456789');
  });

  test('a hidden tab pauses the video on screen and showing it again resumes it, unless the person paused it', () => {
    const { pool, element } = mountedPool();
    const cards = ids(0, 5).map((id) => card(id));
    swipe(pool, cards, 0);
    const onScreen = element('v0');
    onScreen.loaded();

    fakeDocument.hidden = true;
    fakeDocument.fire('visibilitychange');
    assert.equal(onScreen.paused, true);
    fakeDocument.hidden = false;
    fakeDocument.fire('visibilitychange');
    assert.equal(onScreen.paused, false);

    pool.togglePaused();
    fakeDocument.hidden = true;
    fakeDocument.fire('visibilitychange');
    fakeDocument.hidden = false;
    fakeDocument.fire('visibilitychange');
    assert.equal(onScreen.paused, true);
    assert.equal(pool.snapshot().paused, true);

    swipe(pool, cards, 1);
    assert.equal(pool.snapshot().paused, false, 'the next video plays');
    assert.equal(element('v1').paused, false);
  });

  test('when the feed drops entries from the head of its list, the players move up with their videos', () => {
    const { pool, element } = mountedPool();
    const cards = ids(0, 30).map((id) => card(id));
    swipe(pool, cards, 25);
    const onScreen = element('v25');

    pool.shift(20);

    assert.equal(pool.playerAt(5)?.video, onScreen as unknown as HTMLVideoElement);
    assert.equal(onScreen.style.transform, 'translate3d(0, 4000px, 0)');
    swipe(pool, cards.slice(20), 6);
    assert.equal(pool.current?.key, 'v26');
    assert.equal(element('v28').style.transform, 'translate3d(0, 6400px, 0)');
  });

  test('the pool registers its visibility listener at its first mount, not before, and only once', () => {
    const before = fakeDocument.listenerCount('visibilitychange');
    const pool = new PlayerPool();
    assert.equal(fakeDocument.listenerCount('visibilitychange'), before);

    const layer = new FakeElement() as unknown as HTMLElement;
    pool.mount(layer);
    pool.unmount();
    pool.mount(layer);
    assert.equal(fakeDocument.listenerCount('visibilitychange'), before + 1);
  });
});
