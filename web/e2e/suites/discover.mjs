// Discover (issue 17) on a touch phone: the type-ahead finds a just-published video by a misspelt
// word while a private video with the same word never shows up for a stranger; results open the
// vertical player and Back returns to them; a hashtag's page and a challenge's leaderboard play;
// recent searches are listed and removed; the pages fit a 320 px screen.
import { readFileSync } from 'node:fs';

export const options = { context: { hasTouch: true, isMobile: true } };

export default async function discover(t) {
  const { base, fixtures, page, step, check, api } = t;
  const maker = await t.open('phone', options.context);
  await t.signUp(maker);

  // A word nobody else uses, letters only (one token), and a misspelling one letter off.
  const word = `lumen${[...t.unique].map((c) => String.fromCharCode(97 + (parseInt(c, 36) % 26))).join('')}`;
  const misspelt = `${word.slice(0, -1)}${word.endsWith('q') ? 'x' : 'q'}`;
  const hashtag = `chl${t.unique}`.toLowerCase();
  const clip = readFileSync(fixtures.clip);

  async function publish(caption, privacy) {
    const ticket = await api('/api/v1/videos/upload/init', { method: 'POST', data: {
      file_size: clip.length, video_duration: 2, video_metadata: { width: 180, height: 320, fps: 15 } } }, maker);
    const put = await maker.request.fetch(new URL(ticket.upload_url, base).href, { method: 'PUT', data: clip,
      headers: { 'content-type': 'application/octet-stream' } });
    check(put.ok(), `the upload answered ${put.status()}`);
    return (await api('/api/v1/videos/upload/complete', { method: 'POST', data: {
      upload_id: ticket.upload_id, caption, privacy } }, maker)).video_id;
  }
  async function published(id) {
    for (let i = 0; i < 120 && (await api(`/api/v1/videos/${id}/status`, {}, maker)).status !== 'published'; i++) {
      await maker.waitForTimeout(500);
    }
  }

  // The challenge opens now; a public video with its hashtag posted after that enters it.
  const challenge = await api('/api/v1/challenges', { method: 'POST', data: {
    hashtag, title: `Harbour lights ${t.unique}`, description: 'Film the lights coming on.', rules: 'One take. No filters.',
    starts_at: new Date().toISOString(), ends_at: new Date(Date.now() + 86_400_000).toISOString() } }, maker);
  const open = await publish(`Night walk past the ${word} lighthouse #${hashtag}`, 'public');
  const hidden = await publish(`Diary: the ${word} lighthouse, just for me`, 'private');
  await published(open);
  await published(hidden);

  await step('the type-ahead finds a just-published video by a misspelt word; a private one with that word never shows', async () => {
    // The index follows publishing within seconds: wait for the server, then type as a person does.
    await t.eventually(async () => (await (await page.request.get(`${base}/api/v1/search/videos?q=${misspelt}`)).json())
      .videos?.some((v) => v.video_id === open), `the search never found ${open} by "${misspelt}"`);
    await page.goto(`${base}/discover`);
    const box = page.locator('input[role="combobox"]');
    await box.tap();
    await box.pressSequentially(misspelt, { delay: 20 });
    await page.locator(`[role="listbox"] [role="option"][data-video-id="${open}"]`).waitFor();
    check(await box.getAttribute('aria-expanded') === 'true', 'the combobox does not say it is expanded');
    check(await page.locator(`[role="option"][data-video-id="${hidden}"]`).count() === 0, 'a stranger is offered the private video');
    await box.press('ArrowDown');
    check(await box.getAttribute('aria-activedescendant') === 'search-suggestion-0', 'the arrow key does not move to the first option');
    await box.press('ArrowUp');
    await box.press('Enter');
    await page.waitForURL(`${base}/search?q=${misspelt}&type=top`);
    await page.locator(`.search-page .grid-item[data-video-id="${open}"]`).waitFor();
    check(await page.locator(`.grid-item[data-video-id="${hidden}"]`).count() === 0, 'a stranger sees the private video in results');
  });

  await step('a result plays in the vertical player over the results; Back returns to them', async () => {
    await page.locator('.result-tabs a:has-text("Videos")').tap();
    await page.waitForURL(`${base}/search?q=${misspelt}&type=videos`);
    await page.locator(`.grid-item[data-video-id="${open}"]`).tap();
    await page.waitForURL(`${base}/v/${open}`);
    await page.waitForSelector(`.overlay-player .slide.active[data-video-id="${open}"]`);
    await t.playing();
    await page.goBack();
    await page.waitForURL(`${base}/search?q=${misspelt}&type=videos`);
    await page.waitForSelector('.overlay-player', { state: 'detached' });
    check(await page.locator('.result-tabs a[aria-current="page"]').textContent() === 'Videos', 'Back did not return to the Videos tab');
    await page.goBack();
    await page.waitForURL(`${base}/search?q=${misspelt}&type=top`);
  });

  await step('a signed-in person\'s searches are listed on Discover, newest first; one can be removed', async () => {
    await maker.goto(`${base}/search?q=${word}&type=videos`);
    await maker.locator(`.grid-item[data-video-id="${hidden}"]`).waitFor(); // the owner finds their own private video
    await maker.goto(`${base}/discover`);
    const recent = maker.locator('.recent-searches li').first();
    await recent.locator(`a:has-text("${word}")`).waitFor();
    await recent.locator('button[aria-label^="Remove"]').tap();
    await maker.locator(`.recent-searches a:has-text("${word}")`).waitFor({ state: 'detached' });
    const left = await api('/api/v1/search/recent', {}, maker);
    check(!left.searches.some((s) => s.query === word), 'the removed search is still listed by the server');
  });

  await step('Discover and the results fit a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 568 });
    for (const path of ['/discover', `/search?q=${word}&type=top`]) {
      await page.goto(`${base}${path}`);
      await page.locator('input[role="combobox"]').waitFor();
      await page.waitForSelector('.spinner', { state: 'detached' });
      const wide = await page.evaluate(() => [...document.querySelectorAll('.page *')]
        .filter((e) => e.getBoundingClientRect().right > 320.5 && !e.closest('.result-tabs'))
        .map((e) => e.outerHTML.slice(0, 80)));
      check(wide.length === 0, `${path} leaves a 320 px screen: ${wide.join(' | ')}`);
    }
  });

  await step('a hashtag page shows its counts and challenge, sorts by Top, and its videos play', async () => {
    await page.goto(`${base}/tag/${hashtag}`);
    await page.locator('.tag-counts:has-text("1 video")').waitFor();
    await page.locator(`a.challenge-block[href="/challenge/${challenge.challenge_id}"]`).waitFor();
    await page.locator('.sort-tabs a:has-text("Top")').tap();
    await page.waitForURL(`${base}/tag/${hashtag}?sort=top`);
    await page.locator(`.grid-item[data-video-id="${open}"]`).tap();
    await page.waitForSelector(`.overlay-player .slide.active[data-video-id="${open}"]`);
    await t.playing();
    await page.goBack();
    await page.waitForURL(`${base}/tag/${hashtag}?sort=top`);
  });

  await step('a challenge page shows its rules and window, and its leaderboard ranks entries that play', async () => {
    await page.locator('a.challenge-block').tap();
    await page.waitForURL(`${base}/challenge/${challenge.challenge_id}`);
    await page.locator('.challenge-rules:has-text("One take")').waitFor();
    await page.locator('.status-active').waitFor();
    const entry = page.locator(`.challenge-page .grid-item[data-video-id="${open}"]`);
    await entry.locator('.grid-rank:has-text("#1")').waitFor();
    await entry.tap();
    await page.waitForSelector(`.overlay-player .slide.active[data-video-id="${open}"]`);
    await t.playing();
    await page.goBack();
    await page.waitForURL(`${base}/challenge/${challenge.challenge_id}`);
  });

  await maker.context().close();
}
