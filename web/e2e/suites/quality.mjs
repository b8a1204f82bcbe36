// The rendition a video starts at: the one that fits the screen from the very first segment (a 2x
// phone gets the 720p of a 720p ladder, a 1x phone the 480p), and data saver gives the lowest.
import { readFileSync } from 'node:fs';

export const options = { context: { deviceScaleFactor: 2, hasTouch: true, isMobile: true } };

/** The rendition folders ("720p") of the media segments a page requests, in order. */
function segments(page) {
  const seen = [];
  page.on('request', (request) => {
    const match = /\/media\/.*\/(\d+p)\/(init\.mp4|seg_\d+\.m4s)$/.exec(new URL(request.url()).pathname);
    if (match) seen.push(match[1]);
  });
  return seen;
}

export default async function quality(t) {
  const { base, fixtures, page, step, check, api } = t;
  let video;

  await step('a 720x1280 clip is uploaded (private, so no other suite meets it) and its whole ladder is ready', async () => {
    await t.signUp();
    const bytes = readFileSync(fixtures.hd_clip);
    const ticket = await api('/api/v1/videos/upload/init', {
      method: 'POST',
      data: { file_size: bytes.length, video_duration: 2, video_metadata: { width: 720, height: 1280, fps: 15 } },
    });
    const put = await page.request.fetch(new URL(ticket.upload_url, base).href, { method: 'PUT', data: bytes, headers: { 'content-type': 'application/octet-stream' } });
    check(put.ok(), `upload PUT answered ${put.status()}`);
    video = (await api('/api/v1/videos/upload/complete', {
      method: 'POST', data: { upload_id: ticket.upload_id, caption: `quality ${t.unique}`, privacy: 'private' },
    })).video_id;
    // Published once its lowest rendition is ready; the suite needs all three in the master playlist.
    for (let attempt = 0; ; attempt++) {
      const card = await api(`/api/v1/videos/${video}`).catch(() => null);
      const master = card?.video_urls?.master;
      const playlist = master ? await (await page.request.get(new URL(master, base).href)).text() : '';
      if ((playlist.match(/#EXT-X-STREAM-INF/g) ?? []).length === 3) break;
      check(attempt < 240, `the ladder of ${video} was not ready in time: ${playlist}`);
      await page.waitForTimeout(500);
    }
  });

  await step('on a 2x phone the first segment is already 720p (the ladder\'s top, nearest the 780x1688 px needed)', async () => {
    const seen = segments(page);
    await page.goto(`${base}/v/${video}`);
    await t.playing();
    check(seen[0] === '720p', `segments requested: ${seen.join(', ')}`);
    const shown = await page.evaluate((id) => document.querySelector(`video[data-video-id="${id}"]`)?.dataset.rendition, video);
    check(shown === '720', `playing rendition ${shown}`);
  });

  await step('on a 1x phone of the same size the first segment is 480p, the smallest as tall as the screen', async () => {
    const session = await page.evaluate(() => localStorage.getItem('flick.session'));
    const other = await t.open('phone', { deviceScaleFactor: 1 });
    await other.addInitScript((value) => localStorage.setItem('flick.session', value), session);
    const seen = segments(other);
    await other.goto(`${base}/v/${video}`);
    await t.playing(other);
    check(seen[0] === '480p', `segments requested: ${seen.join(', ')}`);
    await other.context().close();
  });

  await step('data saver, switched on in More options, starts the video at the lowest rendition', async () => {
    await page.locator('.slide.active button[aria-label="More options"]').click();
    const toggle = page.getByRole('switch', { name: /Data saver/ });
    check(await toggle.getAttribute('aria-checked') === 'false', 'data saver is off by default on this browser');
    await toggle.click();
    check(await toggle.getAttribute('aria-checked') === 'true', 'the switch shows data saver on');
    const seen = segments(page);
    await page.reload();
    await t.playing();
    // The shared video first, then For You's next (180p catalog clips) prefetched below it.
    check(seen[0] === '360p' && !seen.some((rung) => rung === '480p' || rung === '720p'), `segments requested: ${seen.join(', ')}`);
  });

  await step('a browser asking to save data has data saver on by default', async () => {
    const other = await t.open('phone', { deviceScaleFactor: 2 });
    await other.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, downlink: 10 } }));
    await other.goto(base);
    await other.locator('.slide.active button[aria-label="More options"]').click();
    const on = await other.getByRole('switch', { name: /Data saver/ }).getAttribute('aria-checked');
    check(on === 'true', `data saver shown as ${on}`);
    await other.context().close();
  });
}
