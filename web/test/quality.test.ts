import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseRendition, type PlayerBox, type Rendition } from '../src/player/quality';

// Media's ladder for a 1080x1920 portrait source (io.flick.media.ffmpeg.Ladder), lowest first, with
// bandwidths as its master playlist advertises them (peak video rate plus audio).
const PORTRAIT: Rendition[] = [
  { width: 360, height: 640, bitrate: 996_000 },
  { width: 480, height: 854, bitrate: 1_596_000 },
  { width: 720, height: 1280, bitrate: 3_128_000 },
  { width: 1080, height: 1920, bitrate: 4_628_000 },
];
const LANDSCAPE = PORTRAIT.map(({ width, height, bitrate }) => ({ width: height, height: width, bitrate }));
const name = (ladder: Rendition[], index: number) => Math.min(ladder[index].width, ladder[index].height);

const phone = (devicePixelRatio: number, fit: PlayerBox['fit'] = 'cover'): PlayerBox => ({ width: 390, height: 844, devicePixelRatio, fit });
const FAST = 50_000_000;

describe('the rendition a video starts at', () => {
  test('a portrait video filling a 1x phone starts at the smallest rendition as tall as the screen: 480p', () => {
    const choice = chooseRendition(PORTRAIT, phone(1), FAST, false);
    assert.equal(name(PORTRAIT, choice.start), 480);
    assert.equal(choice.cap, choice.start);
  });

  test('a 2x phone needs twice the pixels: 1080p from a 1080p ladder, the top one (720p) from a 720p ladder', () => {
    assert.equal(name(PORTRAIT, chooseRendition(PORTRAIT, phone(2), FAST, false).start), 1080);
    const upTo720 = PORTRAIT.slice(0, 3);
    assert.equal(name(upTo720, chooseRendition(upTo720, phone(2), FAST, false).start), 720);
  });

  test('a 3x screen is served as a 2x one', () => {
    assert.deepEqual(chooseRendition(PORTRAIT, phone(3), FAST, false), chooseRendition(PORTRAIT, phone(2), FAST, false));
  });

  test('a landscape video shown whole on a portrait phone needs only the width: 1x gives 360p, 2x gives 480p', () => {
    // 390 CSS px wide: 640 px of width is enough at 1x; 780 px at 2x needs the 854-wide 480p.
    assert.equal(name(LANDSCAPE, chooseRendition(LANDSCAPE, phone(1, 'contain'), FAST, false).start), 360);
    assert.equal(name(LANDSCAPE, chooseRendition(LANDSCAPE, phone(2, 'contain'), FAST, false).start), 480);
  });

  test('a slow link starts at the highest rendition it carries, but the size still caps later switching', () => {
    const choice = chooseRendition(PORTRAIT, phone(2), 2_500_000, false);
    assert.equal(name(PORTRAIT, choice.start), 480, '70% of 2.5 Mbps carries the 1.6 Mbps 480p, not the 3.1 Mbps 720p');
    assert.equal(name(PORTRAIT, choice.cap), 1080);
  });

  test('a link too slow for any rendition starts at the lowest', () => {
    assert.equal(name(PORTRAIT, chooseRendition(PORTRAIT, phone(2), 300_000, false).start), 360);
  });

  test('without any estimate a video starts at the size that fits', () => {
    assert.equal(name(PORTRAIT, chooseRendition(PORTRAIT, phone(1), null, false).start), 480);
  });

  test('data saver starts and stays at the lowest rendition whatever the screen and link', () => {
    const choice = chooseRendition(PORTRAIT, phone(2), FAST, true);
    assert.deepEqual(choice, { start: 0, cap: 0 });
  });

  test('renditions in any order are answered by their index in the list as given', () => {
    const shuffled = [PORTRAIT[2], PORTRAIT[0], PORTRAIT[3], PORTRAIT[1]];
    assert.equal(chooseRendition(shuffled, phone(1), FAST, false).start, 3);
    assert.equal(chooseRendition(shuffled, phone(1), FAST, true).start, 1);
  });

  test('a ladder of one rendition smaller than the screen plays that one; an empty ladder chooses nothing', () => {
    assert.deepEqual(chooseRendition([{ width: 180, height: 320, bitrate: 700_000 }], phone(2), FAST, false), { start: 0, cap: 0 });
    assert.deepEqual(chooseRendition([], phone(2), FAST, false), { start: -1, cap: -1 });
  });
});
