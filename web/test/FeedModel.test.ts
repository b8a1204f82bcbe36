import { imagesLoaded, settle } from './browser';
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { FeedPage, VideoCard } from '../src/api/types';
import { isEvicted, type FeedEntry } from '../src/feed/entries';
import { FeedModel, PAGINATE_AHEAD } from '../src/feed/FeedModel';
import type { FeedSource } from '../src/feed/sources';
import { card, ids, item, page } from './cards';

/** A feed whose pages are given by cursor ("" for the first); it records the cursors asked for. */
class PagedSource implements FeedSource {
  readonly key = 'test';
  readonly viewSource = 'fyp';
  readonly asked: (string | null)[] = [];
  failNext: Error | null = null;

  constructor(private readonly pages: Record<string, FeedPage>) {}

  async page(cursor: string | null): Promise<FeedPage> {
    this.asked.push(cursor);
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    const found = this.pages[cursor ?? ''];
    assert.ok(found, `no page at cursor ${cursor}`);
    return found;
  }
}

/** The video API as the model's card requests see it: cards by id, 404 for the others. */
const server = {
  cards: new Map<string, VideoCard>(),
  asked: [] as string[],
};

beforeEach(() => {
  server.cards.clear();
  server.asked.length = 0;
  imagesLoaded.length = 0;
  globalThis.fetch = async (input: string | URL | Request) => {
    const path = String(input);
    server.asked.push(path);
    const id = decodeURIComponent(/^\/api\/v1\/videos\/([^/?]+)$/.exec(path)?.[1] ?? '');
    const found = server.cards.get(id);
    return found
      ? new Response(JSON.stringify(found), { status: 200, headers: { 'content-type': 'application/json' } })
      : new Response(JSON.stringify({ code: 'video_not_found' }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
  };
});

const idsOf = (entries: readonly FeedEntry[]) => entries.map((entry) => entry.video_id);

/** Loads pages until the list holds at least `count` entries. */
async function loadUntil(model: FeedModel, count: number): Promise<void> {
  while (model.state.get().items.length < count && !model.state.get().done) await model.loadMore();
}

describe('FeedModel paging', () => {
  test('a video served again as a rewatch joins the list once it is far enough back; a plain duplicate never does', async () => {
    const rewatch = (id: string) => item(id, 'rewatch');
    const source = new PagedSource({
      '': page(ids(0, 20), 'c1'),
      c1: { videos: [rewatch('v19'), item('v3'), rewatch('v2')], next_cursor: 'c2' },
      c2: { videos: [rewatch('v5')], next_cursor: null },
    });
    const model = new FeedModel(source);

    await model.loadMore();
    await model.loadMore();
    assert.deepEqual(idsOf(model.state.get().items).slice(20), ['v2'],
      'v19 is still among the last entries; v3 comes again but not as a rewatch');
    await model.loadMore();
    assert.deepEqual(idsOf(model.state.get().items).slice(20), ['v2', 'v5']);
  });

  test('the first page loads on the first ensure; the next one only within three videos of the end', async () => {
    const source = new PagedSource({ '': page(ids(0, 10), 'c1'), c1: page(ids(10, 20), null) });
    const model = new FeedModel(source);

    model.ensure(0);
    await settle();
    assert.deepEqual(idsOf(model.state.get().items), ids(0, 10));
    assert.deepEqual(source.asked, [null]);

    model.ensure(10 - PAGINATE_AHEAD - 1);
    await settle();
    assert.deepEqual(source.asked, [null], 'four videos from the end: not yet');

    model.ensure(10 - PAGINATE_AHEAD);
    await settle();
    assert.deepEqual(source.asked, [null, 'c1']);
    assert.deepEqual(idsOf(model.state.get().items), ids(0, 20));
    assert.equal(model.state.get().done, true);

    model.ensure(19);
    await settle();
    assert.deepEqual(source.asked, [null, 'c1'], 'a finished feed asks for nothing more');
  });

  test('videos already in the list are dropped from later pages, and a page of nothing new is skipped', async () => {
    const source = new PagedSource({
      '': page(['v0', 'v1', 'v2'], 'c1'),
      c1: page(['v2', 'v3'], 'c2'),
      c2: page(['v0', 'v3'], 'c3'),
      c3: page(['v3', 'v4'], null),
    });
    const model = new FeedModel(source);

    await model.loadMore();
    await model.loadMore();
    assert.deepEqual(idsOf(model.state.get().items), ['v0', 'v1', 'v2', 'v3']);

    await model.loadMore();
    assert.deepEqual(source.asked, [null, 'c1', 'c2', 'c3'], 'the page of duplicates is passed over in the same load');
    assert.deepEqual(idsOf(model.state.get().items), ['v0', 'v1', 'v2', 'v3', 'v4']);
  });

  test('a list opened with its first page (a profile, a tag) goes on from its cursor, or is done without one', async () => {
    const source = new PagedSource({ c1: page(['v2', 'v3'], null) });
    const opened = new FeedModel(source, [item('v0'), item('v1')], 'c1');
    opened.ensure(1);
    await settle();
    assert.deepEqual(idsOf(opened.state.get().items), ['v0', 'v1', 'v2', 'v3']);

    const whole = new FeedModel(new PagedSource({}), [item('v0')], null);
    whole.ensure(0);
    await settle();
    assert.equal(whole.state.get().done, true);
    assert.equal(whole.state.get().loading, false);
  });

  test('the cards promised to open the next page are fetched ahead, two at most, and their posters warmed', async () => {
    for (const id of ['v3', 'v4', 'v5']) server.cards.set(id, card(id));
    const source = new PagedSource({ '': page(['v0', 'v1', 'v2'], 'c1', ['v1', 'v3', 'v4', 'v5']) });
    const model = new FeedModel(source);

    await model.loadMore();
    await settle();

    assert.deepEqual(model.state.get().upcoming.map((video) => video.video_id), ['v3', 'v4'], 'v1 is already in the list');
    assert.deepEqual(imagesLoaded, ['/media/v3/poster.jpg', '/media/v4/poster.jpg']);
  });

  test('a failed page leaves a sentence to show, and retrying loads it', async () => {
    const source = new PagedSource({ '': page(['v0'], null) });
    source.failNext = new TypeError('Failed to fetch');
    const model = new FeedModel(source);

    await model.loadMore();
    assert.equal(model.state.get().error, 'You seem to be offline. Check your connection and try again.');
    assert.equal(model.state.get().loading, false);

    model.retry();
    await settle();
    assert.equal(model.state.get().error, null);
    assert.deepEqual(idsOf(model.state.get().items), ['v0']);
  });

  test('a load given up (the feed left the screen) is no error', async () => {
    const source: FeedSource = {
      key: 'aborted', viewSource: 'fyp',
      page: (_cursor, signal) => new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      }),
    };
    const model = new FeedModel(source);

    const loading = model.loadMore();
    assert.equal(model.state.get().loading, true);
    model.dispose();
    await loading;

    assert.equal(model.state.get().loading, false);
    assert.equal(model.state.get().error, null);
  });
});

describe('FeedModel eviction', () => {
  /** A feed of `count` videos (v0 …) in pages of ten, all loaded; `more` pages may follow. */
  async function watched(count: number, more: Record<string, FeedPage> = {}): Promise<{ model: FeedModel; source: PagedSource }> {
    const pages: Record<string, FeedPage> = { ...more };
    for (let start = 0; start < count; start += 10) {
      pages[start === 0 ? '' : `c${start}`] = {
        videos: ids(start, start + 10).map((id, index) => ({ ...item(id, index % 2 === 0 ? 'trending' : 'followed_creator'), ...(id === 'v1' ? { view_source: 'fyp' as const } : {}) })),
        next_cursor: start + 10 < count || `c${count}` in more ? `c${start + 10}` : null,
      };
    }
    const source = new PagedSource(pages);
    const model = new FeedModel(source);
    await loadUntil(model, count);
    return { model, source };
  }

  test('cards more than ten videos behind the person are evicted to their id, keeping the item\'s reason and view source', async () => {
    const { model } = await watched(30);
    const before = model.state.get().items;

    model.trim(15);

    const items = model.state.get().items;
    assert.deepEqual(idsOf(items), idsOf(before), 'every entry keeps its place');
    assert.deepEqual(items.map(isEvicted), items.map((_, index) => index < 5));
    assert.deepEqual(items[0].video, { evicted: true, video_id: 'v0' });
    assert.deepEqual(items.slice(0, 5).map((entry) => entry.reason), before.slice(0, 5).map((entry) => entry.reason));
    assert.equal(items[1].view_source, 'fyp');
    assert.equal(items[5].video, before[5].video, 'the cards within reach stay as they were');

    model.trim(15);
    assert.equal(model.state.get().items, items, 'trimming again at the same place changes nothing');
  });

  test('scrolling back fetches evicted cards again; a video gone meanwhile leaves the list', async () => {
    const { model } = await watched(30);
    model.trim(15);
    server.cards.set('v2', card('v2', { caption: 'fetched again' }));
    server.cards.set('v3', card('v3'));

    await model.restore(['v2', 'v3', 'v4']);

    const items = model.state.get().items;
    assert.deepEqual(server.asked, ['/api/v1/videos/v2', '/api/v1/videos/v3', '/api/v1/videos/v4']);
    assert.deepEqual(idsOf(items).slice(0, 5), ['v0', 'v1', 'v2', 'v3', 'v5'], 'v4 answered 404');
    const restored = items[2];
    assert.ok(!isEvicted(restored));
    assert.equal(restored.video.caption, 'fetched again');
    assert.equal(restored.reason, 'trending');
    assert.ok(isEvicted(items[0]), 'cards not asked for stay evicted');
  });

  test('changes to a video (a like, a comment) apply to its cards in memory and leave evicted ones alone', async () => {
    const { model } = await watched(20);
    model.trim(15);
    const seen: string[] = [];

    model.update((video) => {
      seen.push(video.video_id);
      return { ...video, stats: { ...video.stats, likes: video.stats.likes + 1 } };
    });

    assert.deepEqual(seen, ids(5, 20));
    const items = model.state.get().items;
    assert.ok(isEvicted(items[0]));
    const liked = items[5];
    assert.ok(!isEvicted(liked));
    assert.equal(liked.video.stats.likes, 1);
  });

  test('dropping the head of the list moves every position down and forgets those ids for the duplicate check', async () => {
    const { model, source } = await watched(70, { c70: page(['v1', 'v30', 'v70'], null) });
    model.position = 65;
    assert.equal(model.droppable(59), 0, 'under sixty videos down, nothing leaves');
    const count = model.droppable(65);
    assert.equal(count, 25, 'forty videos stay behind the person');

    model.dropHead(count);

    const items = model.state.get().items;
    assert.equal(items.length, 45);
    assert.equal(items[0].video_id, 'v25');
    assert.equal(model.position, 40);

    // The server's cursor keeps it from sending them again; if it does, a video that left is shown again.
    await model.loadMore();
    assert.deepEqual(source.asked.at(-1), 'c70');
    assert.deepEqual(idsOf(model.state.get().items).slice(-2), ['v1', 'v70'], 'v30 is still in the list');
  });
});
