// The feeds never dead-end, and come back fresh: Following after a follow made in the app, the end
// of a list said in words with ways on, pull-to-refresh on a touch screen, the "new videos" pill,
// a refresh key; Discover's page; unknown addresses answered by the app's own page. A touch phone.

export const options = { context: { hasTouch: true, isMobile: true } };

export default async function navigation(t) {
  const { base, fixtures, page, step, check, api } = t;
  const [oldest, , newest] = fixtures.creators;
  await t.signUp();

  /**
   * Moves inside the app to `path` as a link does (history entry, no reload): the empty Following
   * tab has no link to the creator this test wants.
   */
  const visit = (path) => page.evaluate((to) => {
    history.pushState({ depth: (history.state?.depth ?? 0) + 1 }, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  /** The server's Following list for this person (newest first), once `ready` says it shows the change. */
  const followingOnServer = async (ready) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const ids = (await api('/api/v1/feed/following?limit=50')).videos.map((entry) => entry.video_id);
      if (ready(ids)) return ids;
      await page.waitForTimeout(200);
    }
    throw new Error('the server\'s Following list did not change');
  };
  /** The creator of the video on screen. */
  const creatorOnScreen = () => page.locator('.slide.active .meta-name').getAttribute('href');
  /** Makes the document report a hidden tab, then a visible one again (headless Chromium never hides a page). */
  const hideAndShow = async () => {
    for (const hidden of [true, false]) {
      await page.evaluate((h) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    }
    await page.evaluate(() => {
      delete document.visibilityState;
      delete document.hidden;
    });
  };

  await step('Following shows a creator followed on their profile at once, without a reload', async () => {
    await page.click('a.feed-tab:has-text("Following")');
    await page.waitForSelector('.feed-empty:has-text("Videos from people you follow show up here")');
    await visit(`/@${oldest.username}`);
    await page.waitForSelector('.profile-header');
    await page.click('.profile-actions button:has-text("Follow")');
    await page.waitForSelector('.profile-actions button[aria-pressed="true"]');
    await page.goBack();
    await page.waitForURL(`${base}/following`);
    await page.waitForSelector(`.slide.active a.meta-name[href="/@${oldest.username}"]`);
    await t.playing();
  });

  await step('the end of a list says "You\'re all caught up" with ways on: Following, Discover, refresh', async () => {
    for (let i = 1; i < oldest.videos.length; i++) await t.swipe('j');
    const end = page.locator('.feed-caught-up');
    await end.waitFor();
    check(await end.locator('text=You\'re all caught up').count() === 1, 'the end of the list is not said');
    for (const way of ['a:has-text("Following")', 'a[href="/discover"]', 'button:has-text("Refresh")']) {
      check(await end.locator(way).count() === 1, `no way on: ${way}`);
    }
    await end.locator('a[href="/discover"]').click();
    await page.waitForSelector('.discover-page input[role="combobox"]');
    check(await page.title() === 'Discover — Flick', `the title reads ${await page.title()}`);
    await page.goBack();
    await page.waitForURL(`${base}/following`);
    await page.waitForSelector('.slide.active');
  });

  await step('a "new videos" pill appears when creators followed elsewhere posted; a tap shows them from the top', async () => {
    // Followed from another device: this app hears of it only by asking (when the tab is shown again).
    await api(`/api/v1/users/${newest.user_id}/follow`, { method: 'POST' });
    const list = await followingOnServer((ids) => newest.videos.some((id) => ids.includes(id)));
    // Videos are published when their processing ends, so creators' videos interleave: the server's
    // own list says how many stand above the one on top here.
    // The list here (where the person is still at its end) was last loaded from the top with only
    // the first creator followed: its top is that creator's newest.
    const top = list.find((id) => oldest.videos.includes(id));
    const above = list.indexOf(top);
    check(above > 0, `nothing above ${top} in ${list}`);
    const asked = page.waitForResponse((r) => r.url().includes(`/api/v1/feed/following/new?after=${top}`));
    await hideAndShow();
    check((await asked).ok(), 'the count of new videos was refused');
    const pill = page.locator('.new-videos-pill');
    await pill.waitFor();
    const text = (await pill.textContent()).trim();
    check(text === `↑ ${above} new video${above === 1 ? '' : 's'}`, `the pill reads ${text} for ${above} new videos`);
    await pill.click();
    await page.waitForSelector(`.slide.active[data-video-id="${list[0]}"]`).catch(async (error) => {
      const seen = await page.evaluate(() => ({
        active: document.querySelector('.slide.active')?.getAttribute('aria-label'),
        id: document.querySelector('.slide.active')?.getAttribute('data-video-id'),
        scrollTop: document.querySelector('.feed-scroller')?.scrollTop,
        slides: [...document.querySelectorAll('.slide')].map((slide) => slide.getAttribute('data-video-id')),
      }));
      throw new Error(`after the tap: ${JSON.stringify(seen)}; the server's list starts ${list.slice(0, 4)}: ${error.message}`);
    });
    await pill.waitFor({ state: 'detached' });
    check(await page.evaluate(() => document.querySelector('.feed-scroller').scrollTop) === 0, 'the feed is not at its top');
    await t.playing();
  });

  await step('pulling down at the top of a feed shows an indicator and refreshes it', async () => {
    await api(`/api/v1/users/${newest.user_id}/follow`, { method: 'DELETE' });
    const list = await followingOnServer((ids) => !newest.videos.some((id) => ids.includes(id)));
    const session = await page.context().newCDPSession(page);
    const touch = (type, y) => session.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 195, y }],
    });
    const refreshed = page.waitForRequest((r) => /\/api\/v1\/feed\/following\?limit=\d+$/.test(r.url()));
    await touch('touchStart', 200);
    // One move a frame, as a finger's: a busy page otherwise coalesces or drops the moves sent at once.
    for (let y = 220; y <= 420; y += 20) {
      await touch('touchMove', y);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    }
    const indicator = page.locator('.pull-indicator');
    await page.waitForSelector('.pull-indicator[aria-label="Release to refresh"]');
    await touch('touchEnd');
    await refreshed;
    await page.waitForSelector(`.slide.active[data-video-id="${list[0]}"]`);
    await indicator.waitFor({ state: 'detached' });
    await session.detach();
    check(await creatorOnScreen() !== `/@${newest.username}`, 'the unfollowed creator is still on top');
  });

  await step('R refreshes the feed from the keyboard too', async () => {
    const refreshed = page.waitForRequest((r) => /\/api\/v1\/feed\/following\?limit=\d+$/.test(r.url()));
    await page.keyboard.press('r');
    await refreshed;
  });

  await step('with a mouse, a Refresh button at the top right of a feed starts it over', async () => {
    const desktop = await t.open('desktop');
    await desktop.goto(`${base}/`);
    await desktop.waitForSelector('.slide.active');
    const button = desktop.locator('.feed button.feed-refresh[aria-label="Refresh"]');
    const box = await button.boundingBox();
    const feed = await desktop.locator('.feed').boundingBox();
    check(box && box.x + box.width > feed.x + feed.width - 60 && box.y < feed.y + 60,
      `the button is at ${JSON.stringify(box)} in a feed at ${JSON.stringify(feed)}`);
    const refreshed = desktop.waitForRequest((r) => /\/api\/v1\/feed\/for-you\?limit=\d+$/.test(r.url()));
    await button.click();
    await refreshed;
    await desktop.waitForSelector('.slide.active');
    await desktop.context().close();
  });

  await step('an unknown address shows the app\'s "Nothing here" page with status 404', async () => {
    const response = await page.goto(`${base}/no/such/page`);
    check(response.status() === 404, `the page answered ${response.status()}`);
    await page.waitForSelector('h1:has-text("Nothing here")');
    check(await page.title() === 'Nothing here — Flick', `the title reads ${await page.title()}`);
    // The browser logs the 404 of the page itself as a console error; it was asked for.
    t.expectErrors((e) => e.includes('404') && e.includes('/no/such/page'));
  });
}
