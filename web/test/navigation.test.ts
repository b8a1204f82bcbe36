import { settle, timers } from './browser';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FeedPage } from '../src/api/types';
import { FeedModel } from '../src/feed/FeedModel';
import type { FeedSource } from '../src/feed/sources';
import { followChanged } from '../src/feed/follows';
import { modelFor, opened, tabs } from '../src/feed/models';
import { route, videoPath } from '../src/ui/router';
import { videoTitle } from '../src/ui/title';
import { card, ids, page } from './cards';

const at = (path: string) => route(new URL(path, 'http://flick.test'));

describe('client routes', () => {
  test('a video opened from a profile has an address under that profile, and every other one /v/{id}', () => {
    assert.equal(videoPath('vid_1', 'ana'), '/@ana/video/vid_1');
    assert.equal(videoPath('vid_1'), '/v/vid_1');
    assert.deepEqual(at('/@ana/video/vid_1'), { name: 'video', videoId: 'vid_1', username: 'ana' });
    assert.deepEqual(at('/v/vid_1'), { name: 'video', videoId: 'vid_1' });
  });

  test('profiles have Videos, Liked and Saved tabs; Discover has a page; anything else is not found', () => {
    assert.deepEqual(at('/@ana'), { name: 'profile', username: 'ana', tab: 'videos' });
    assert.deepEqual(at('/@ana/liked'), { name: 'profile', username: 'ana', tab: 'liked' });
    assert.deepEqual(at('/@ana/saved'), { name: 'profile', username: 'ana', tab: 'saved' });
    assert.deepEqual(at('/discover'), { name: 'discover' });
    for (const path of ['/@ana/video', '/@ana/elsewhere', '/v/', '/nothing/here', '/tag/a/b']) {
      assert.deepEqual(at(path), { name: 'not-found' }, path);
    }
  });
});

describe('page titles', () => {
  test('a video is named by its caption (cut to fit a tab) and its creator', () => {
    assert.equal(videoTitle(card('v1', { caption: 'Sunset  over\nthe sea' })), 'Sunset over the sea — @maker_v1 on Flick');
    assert.equal(videoTitle(card('v1', { caption: null })), '@maker_v1 on Flick');
    const long = videoTitle(card('v1', { caption: 'a'.repeat(100) }));
    assert.equal(long, `${'a'.repeat(39)}… — @maker_v1 on Flick`);
  });
});

/** Pages by cursor; `first` can be swapped to show what a refresh finds. */
class ChangingSource implements FeedSource {
  readonly key = 'changing';
  readonly viewSource = 'following';
  readonly asked: (string | null)[] = [];
  fail = false;
  constructor(public first: FeedPage, private readonly rest: Record<string, FeedPage> = {}) {}
  async page(cursor: string | null): Promise<FeedPage> {
    this.asked.push(cursor);
    if (this.fail) throw new Error('offline');
    return cursor === null ? this.first : this.rest[cursor];
  }
}

describe('FeedModel refresh', () => {
  test('starts the list over from the first page, back at the top, and counts the time it did; the top is what new videos are newer than', async () => {
    const source = new ChangingSource(page(ids(0, 3), 'c1'), { c1: page(ids(3, 6), null) });
    const model = new FeedModel(source);
    await model.loadMore();
    await model.loadMore();
    model.position = 4;
    assert.equal(model.state.get().items.length, 6);
    assert.equal(model.topId, 'v0');

    source.first = page(['new1', 'new2', ...ids(0, 2)], 'c1');
    await model.refresh();

    const state = model.state.get();
    assert.deepEqual(state.items.map((item) => item.video_id), ['new1', 'new2', 'v0', 'v1']);
    assert.equal(state.generation, 1);
    assert.equal(state.refreshing, false);
    assert.equal(state.done, false);
    assert.equal(model.position, 0);
    assert.equal(model.topId, 'new1', 'new videos are counted above the new top');
    // Paging goes on from the new first page's cursor, with the ids seen before forgotten.
    await model.loadMore();
    assert.deepEqual(model.state.get().items.map((item) => item.video_id), ['new1', 'new2', 'v0', 'v1', 'v3', 'v4', 'v5']);
  });

  test('a refresh asked for while one is on its way runs again after it', async () => {
    const source = new ChangingSource(page(ids(0, 3), null));
    const model = new FeedModel(source);
    await model.loadMore();
    const first = model.refresh();
    void model.refresh();
    await first;
    await settle();
    assert.deepEqual(source.asked, [null, null, null]);
    assert.equal(model.state.get().generation, 2);
  });

  test('a refresh the person did not ask for keeps their place when nothing is new at the top', async () => {
    const source = new ChangingSource(page(ids(0, 3), 'c1'), { c1: page(ids(3, 6), null) });
    const model = new FeedModel(source);
    await model.loadMore();
    await model.loadMore();
    model.position = 4;
    await model.refresh({ onlyIfChanged: true });
    assert.equal(model.state.get().generation, 0);
    assert.equal(model.position, 4);
    assert.equal(model.state.get().items.length, 6);

    source.first = page(['new1', ...ids(0, 2)], 'c1');
    await model.refresh({ onlyIfChanged: true });
    assert.equal(model.state.get().generation, 1);
    assert.equal(model.position, 0);
    assert.deepEqual(model.state.get().items.map((item) => item.video_id), ['new1', 'v0', 'v1']);
  });

  test('a failed refresh keeps the list on screen and says why', async () => {
    const source = new ChangingSource(page(ids(0, 3), null));
    const model = new FeedModel(source);
    await model.loadMore();
    source.fail = true;
    await model.refresh();
    const state = model.state.get();
    assert.deepEqual(state.items.map((item) => item.video_id), ids(0, 3));
    assert.equal(state.generation, 0);
    assert.ok(state.error);
  });

  test('no next page is asked for while a refresh is on its way', async () => {
    const source = new ChangingSource(page(ids(0, 3), 'c1'), { c1: page(ids(3, 6), null) });
    const model = new FeedModel(source);
    await model.loadMore();
    const refreshing = model.refresh();
    model.ensure(2);
    await refreshing;
    await settle();
    assert.deepEqual(source.asked, [null, null]);
    assert.equal(model.started, true);
  });
});

describe('Following and Friends start over', () => {
  test('after a follow or unfollow anywhere in the app, and when their tab is opened again; For You keeps its place', async () => {
    const asked: string[] = [];
    let videos = ids(0, 2);
    globalThis.fetch = async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response(JSON.stringify(page(videos, null)), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const following = modelFor(tabs.following);
    const forYou = modelFor(tabs['for-you']);
    const friends = modelFor(tabs.friends);
    followChanged();
    timers.advance(5000);
    await settle();
    assert.deepEqual(asked, [], 'lists never loaded wait until they are shown');

    await following.loadMore();
    await forYou.loadMore();
    asked.length = 0;
    videos = ['followed1', ...ids(0, 2)];
    followChanged();
    await settle();
    assert.deepEqual(asked, [], 'the server hears of the follow a moment later');
    timers.advance(500);
    await settle();
    assert.deepEqual(asked, ['/api/v1/feed/following?limit=10']);
    assert.equal(following.state.get().generation, 1);
    timers.advance(2000);
    await settle();
    assert.deepEqual(asked, ['/api/v1/feed/following?limit=10', '/api/v1/feed/following?limit=10'], 'and once more later');
    assert.equal(following.state.get().generation, 1, 'the same first page again leaves the list and the place as they were');

    asked.length = 0;
    assert.equal(opened('following'), following);
    assert.equal(opened('for-you'), forYou);
    await settle();
    assert.deepEqual(asked, ['/api/v1/feed/following?limit=10']);
    assert.equal(friends.started, false);
  });
});
