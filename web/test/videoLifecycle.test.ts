import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changesFrom } from '../src/lifecycle/videoLifecycle';
import { card } from './cards';

describe('the edit sheet sends only what changed', () => {
  const video = { ...card('v1'), caption: 'hello #fyp', privacy: 'public' as const, comment_enabled: true,
    duet_enabled: true, stitch_enabled: false };
  const form = { caption: 'hello #fyp', privacy: 'public' as const, comment_enabled: true, duet_enabled: true,
    stitch_enabled: false };

  test('an untouched form changes nothing', () => {
    assert.deepEqual(changesFrom(video, form), {});
  });

  test('each changed field is sent, and only those', () => {
    assert.deepEqual(changesFrom(video, { ...form, caption: 'new', privacy: 'private', stitch_enabled: true }),
      { caption: 'new', privacy: 'private', stitch_enabled: true });
  });

  test('a video without a caption and an empty caption field are the same', () => {
    assert.deepEqual(changesFrom({ ...video, caption: null }, { ...form, caption: '' }), {});
  });
});
