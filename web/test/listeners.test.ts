import { fakeDocument, fakeWindow, FakeElement, FakeVideo } from './browser';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { session } from '../src/auth/session';
import { modelFor, tabs } from '../src/feed/models';
import { watchReporter } from '../src/feed/WatchReporter';
import { pool } from '../src/player/PlayerPool';
import { location$ } from '../src/ui/router';

// One test, in this order: what it checks is what importing the modules did.
test('importing the app\'s modules registers no browser listener; each registers its own at first use, once', () => {
  globalThis.fetch = async () => new Response(null, { status: 204 }); // the view reported when a video is left
  assert.equal(fakeWindow.allListeners(), 0, 'window listeners after import');
  assert.equal(fakeDocument.allListeners(), 0, 'document listeners after import');

  location$.subscribe(() => {});
  location$.get();
  assert.equal(fakeWindow.listenerCount('popstate'), 1);

  session.get();
  session.subscribe(() => {});
  assert.equal(fakeWindow.listenerCount('storage'), 1);

  modelFor(tabs['for-you']);
  modelFor(tabs.following);
  assert.equal(fakeWindow.listenerCount('storage'), 1, 'the feeds follow the session through its store');

  const video = new FakeVideo() as unknown as HTMLVideoElement;
  watchReporter.watch('v1', 'fyp', 10, video);
  watchReporter.watch('v2', 'fyp', 10, video);
  assert.equal(fakeWindow.listenerCount('pagehide'), 1);

  pool.mount(new FakeElement() as unknown as HTMLElement);
  assert.equal(fakeDocument.listenerCount('visibilitychange'), 1);

  assert.equal(fakeWindow.allListeners(), 3);
  assert.equal(fakeDocument.allListeners(), 1);
});

test('another tab signing out reaches this tab\'s session through the storage listener', () => {
  localStorage.setItem('flick.session', JSON.stringify({ accessToken: 'a', accessExpiresAt: Date.now() + 60_000, refreshToken: 'r', user: { user_id: 'u1' } }));
  fakeWindow.fire('storage', { key: 'flick.session' });
  assert.equal(session.get()?.accessToken, 'a');

  localStorage.removeItem('flick.session');
  fakeWindow.fire('storage', { key: 'flick.session' });
  assert.equal(session.get(), null);
});
