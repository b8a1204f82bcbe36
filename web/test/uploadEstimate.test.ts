import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultCoverTime, latestCoverTime } from '../src/upload/cover';
import { etaText } from '../src/upload/eta';

describe('the processing estimate', () => {
  const at = Date.parse('2026-01-01T00:00:30Z');

  test('counts down the seconds to the estimated completion', () => {
    assert.equal(etaText('2026-01-01T00:00:30Z', at - 12_000), 'About 12 s left');
    assert.equal(etaText('2026-01-01T00:00:30Z', at - 11_000), 'About 11 s left');
    assert.equal(etaText('2026-01-01T00:00:30Z', at - 300_000), 'About 5 min left');
  });

  test('says almost done past the estimate, never a negative number', () => {
    for (const late of [-1000, 0, 5_000, 600_000]) {
      const text = etaText('2026-01-01T00:00:30Z', at + late)!;
      assert.equal(text, 'Almost done');
      assert.doesNotMatch(text, /-/);
    }
  });

  test('says nothing without an estimate', () => {
    assert.equal(etaText(null, at), null);
    assert.equal(etaText('not a date', at), null);
  });
});

describe('the cover times', () => {
  test('match the server: 1 s in by default, at most half a second before the end', () => {
    assert.equal(defaultCoverTime(10), 1);
    assert.equal(defaultCoverTime(1.5), 0.75);
    assert.equal(latestCoverTime(10), 9.5);
    assert.equal(latestCoverTime(0.6), 0.3);
  });
});
