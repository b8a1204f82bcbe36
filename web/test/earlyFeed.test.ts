import './browser';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FOR_YOU_FIRST_PAGE } from '../src/api/earlyFeed';
import { forYou } from '../src/feed/sources';

const page = (id: string) => new Response(JSON.stringify({ items: [], next_cursor: id }), { headers: { 'content-type': 'application/json' } });

test('the early script asks for For You\'s first page exactly as the For You feed does', async () => {
  const asked: string[] = [];
  globalThis.fetch = async (input: string | URL | Request) => {
    asked.push(String(input));
    return page('network');
  };
  await forYou.page(null, new AbortController().signal);
  assert.deepEqual(asked, [FOR_YOU_FIRST_PAGE]);
});

test('the feed takes the early answer once instead of asking again; later pages go to the network', async () => {
  const asked: string[] = [];
  globalThis.fetch = async (input: string | URL | Request) => {
    asked.push(String(input));
    return page('network');
  };
  window.__flickEarly = { path: FOR_YOU_FIRST_PAGE, response: Promise.resolve(page('early')) };

  const first = await forYou.page(null, new AbortController().signal);
  const again = await forYou.page(null, new AbortController().signal);

  assert.equal(first.next_cursor, 'early');
  assert.equal(again.next_cursor, 'network');
  assert.deepEqual(asked, [FOR_YOU_FIRST_PAGE]);
});
