import { FakeTimers, settle } from './browser';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { moveActive, TypeAhead } from '../src/discover/typeahead';
import { MAX_QUERY, searchable, searchPath, sortedPath, sortOf, tagPath } from '../src/discover/searchUrl';
import { route } from '../src/ui/router';

const at = (path: string) => route(new URL(path, 'http://flick.test'));

/** A suggest endpoint whose answers the test releases one by one, remembering each request's signal. */
class Suggest {
  readonly asked: { query: string; signal: AbortSignal; answer: (value: string) => void; fail: () => void }[] = [];
  readonly ask = (query: string, signal: AbortSignal) => new Promise<string>((resolve, reject) => {
    this.asked.push({ query, signal, answer: resolve, fail: () => reject(new Error('offline')) });
  });
}

const tick = settle;

describe('type-ahead', () => {
  test('asks once the typing pauses, for the text in the box only', () => {
    const timers = new FakeTimers();
    const suggest = new Suggest();
    const typeAhead = new TypeAhead(suggest.ask, () => {}, 150, timers);
    typeAhead.input('d');
    timers.advance(100);
    typeAhead.input('da');
    timers.advance(100);
    typeAhead.input('dan');
    timers.advance(149);
    assert.deepEqual(suggest.asked.map((a) => a.query), [], 'nothing asked while typing goes on');
    timers.advance(1);
    assert.deepEqual(suggest.asked.map((a) => a.query), ['dan']);
  });

  test('a keystroke aborts the request for the text before it; its late answer is never shown', async () => {
    const timers = new FakeTimers();
    const suggest = new Suggest();
    const shown: [string, string | null][] = [];
    const typeAhead = new TypeAhead(suggest.ask, (query, answer) => shown.push([query, answer]), 150, timers);
    typeAhead.input('danc');
    timers.advance(150);
    typeAhead.input('dance');
    assert.equal(suggest.asked[0].signal.aborted, true, 'the stale request is aborted');
    timers.advance(150);
    suggest.asked[1].answer('for dance');
    suggest.asked[0].answer('for danc'); // arrives late, after the newer one
    await tick();
    assert.deepEqual(shown, [['dance', 'for dance']]);
    assert.equal(typeAhead.pending, false);
  });

  test('an emptied box clears the suggestions at once and cancels what was asked; a failed request shows none', async () => {
    const timers = new FakeTimers();
    const suggest = new Suggest();
    const shown: [string, string | null][] = [];
    const typeAhead = new TypeAhead(suggest.ask, (query, answer) => shown.push([query, answer]), 150, timers);
    typeAhead.input('cats');
    timers.advance(150);
    typeAhead.input('   ');
    assert.equal(suggest.asked[0].signal.aborted, true);
    assert.deepEqual(shown, [['', null]]);
    typeAhead.input('dogs');
    timers.advance(150);
    suggest.asked[1].fail();
    await tick();
    assert.deepEqual(shown, [['', null], ['dogs', null]]);
  });

  test('cancel (the search was submitted) forgets the pause and the request on its way', () => {
    const timers = new FakeTimers();
    const suggest = new Suggest();
    const typeAhead = new TypeAhead(suggest.ask, () => {}, 150, timers);
    typeAhead.input('one');
    timers.advance(150);
    typeAhead.input('two');
    typeAhead.cancel();
    timers.advance(1000);
    assert.equal(suggest.asked.length, 1);
    assert.equal(suggest.asked[0].signal.aborted, true);
    assert.equal(typeAhead.pending, false);
  });

  test('arrow keys cycle through the options and back to the box', () => {
    assert.equal(moveActive(-1, 1, 3), 0);
    assert.equal(moveActive(2, 1, 3), -1);
    assert.equal(moveActive(-1, -1, 3), 2);
    assert.equal(moveActive(0, -1, 3), -1);
    assert.equal(moveActive(-1, 1, 0), -1);
  });
});

describe('search addresses', () => {
  test('the results page keeps its query and tab in the address; an unknown tab is Top', () => {
    assert.equal(searchPath('cats & dogs', 'users'), '/search?q=cats+%26+dogs&type=users');
    assert.deepEqual(at(searchPath('cats & dogs', 'users')), { name: 'search', query: 'cats & dogs', type: 'users' });
    assert.deepEqual(at('/search?q=%20rain%20'), { name: 'search', query: 'rain', type: 'top' });
    assert.deepEqual(at('/search?q=rain&type=everything'), { name: 'search', query: 'rain', type: 'top' });
    assert.deepEqual(at('/search'), { name: 'search', query: '', type: 'top' });
  });

  test('a query is what the server accepts: no control characters, trimmed, at most 100 characters, never half an emoji', () => {
    assert.equal(searchable('  a\u0000b\tc \n'), 'a b c');
    assert.equal(searchable(' \u0007 '), null);
    assert.equal(searchable('x'.repeat(10_000))?.length, MAX_QUERY);
    const cut = searchable(`${'x'.repeat(99)}😀`)!;
    assert.equal(cut, 'x'.repeat(99), 'the emoji would be split at 100: it is left out');
    assert.equal(searchable('\u202edance'), '\u202edance', 'bidi marks are text, sent as typed');
  });

  test('hashtag, sound and challenge pages have addresses; their sort is in the address, Recent by default', () => {
    assert.deepEqual(at('/tag/dance'), { name: 'tag', tag: 'dance', sort: 'recent' });
    assert.deepEqual(at(sortedPath(tagPath('#Dance'), 'top')), { name: 'tag', tag: 'Dance', sort: 'top' });
    assert.equal(sortedPath('/tag/dance', 'recent'), '/tag/dance');
    assert.deepEqual(at('/sound/snd_1?sort=top'), { name: 'sound', soundId: 'snd_1', sort: 'top' });
    assert.deepEqual(at('/challenge/chl_1'), { name: 'challenge', challengeId: 'chl_1' });
    assert.equal(sortOf(new URL('http://flick.test/tag/x?sort=nonsense')), 'recent');
    for (const path of ['/sound/', '/sound/a/b', '/challenge/', '/challenge/a/b', '/search/more']) {
      assert.deepEqual(at(path), { name: 'not-found' }, path);
    }
  });
});
