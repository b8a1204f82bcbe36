// The desktop layout (1280×800): side navigation, the video centred at its aspect with the rail
// beside it, comments in a panel beside the video, and the keyboard shortcuts ("?" lists them).

export const options = { device: 'desktop' };

const near = (a, b, tolerance) => Math.abs(a - b) <= tolerance;

export default async function desktop(t) {
  const { base, page, step, check, playing, signUp } = t;
  let video;

  await step('navigation runs down the left side, and no bar sits at the bottom', async () => {
    await signUp();
    await page.waitForSelector('.slide.active');
    const nav = await page.locator('nav[aria-label="Main"]').boundingBox();
    check(nav.x === 0 && nav.height >= 790 && nav.width < 300, `the main navigation is at ${JSON.stringify(nav)}, not down the left side`);
    const atBottom = await page.evaluate(() => [...document.querySelectorAll('nav')]
      .filter((n) => n.checkVisibility() && n.getBoundingClientRect().bottom >= innerHeight - 1 && n.getBoundingClientRect().width > innerWidth / 2)
      .map((n) => n.getAttribute('aria-label')));
    check(atBottom.length === 0, `a bar across the bottom: ${atBottom}`);
    check(await page.locator('nav[aria-label="Main"] a:has-text("Home")').isVisible(), 'the side navigation has no Home link');
  });

  await step('the video plays centred at its own aspect ratio with the action rail beside it', async () => {
    const id = await playing();
    video = page.locator(`video[data-video-id="${id}"]`);
    const box = await video.boundingBox();
    const { aspect, nav } = await video.evaluate((v) => ({
      aspect: v.videoWidth / v.videoHeight,
      nav: document.querySelector('nav[aria-label="Main"]').getBoundingClientRect().right,
    }));
    const centre = (nav + 1280) / 2;
    check(near(box.x + box.width / 2, centre, 2), `the video's centre is at ${box.x + box.width / 2}, the content's at ${centre}`);
    check(near(box.width / box.height, aspect, 0.02), `the player is ${box.width}×${box.height}, the clip's aspect is ${aspect}`);
    check(box.height >= 790, `the video is only ${box.height} px tall`);
    const rail = await page.locator('.slide.active .rail').boundingBox();
    check(rail.x >= box.x + box.width, `the rail (${JSON.stringify(rail)}) is over the video (${JSON.stringify(box)})`);
  });

  await step('comments open in a panel beside the video, and the feed goes on under the keys', async () => {
    await page.locator('.slide.active button[aria-label^="Comments"]').click();
    const panel = page.locator('dialog.comments-sheet');
    await panel.waitFor();
    check(!(await panel.evaluate((d) => d.matches(':modal'))), 'the comments are a modal sheet, not a panel');
    await t.eventually(async () => {
      const [p, v] = [await panel.boundingBox(), await video.boundingBox()];
      return p.x >= v.x + v.width && p.x + p.width <= 1280.5 && p.height >= 790;
    }, `the panel ${JSON.stringify(await panel.boundingBox())} is not beside the video ${JSON.stringify(await video.boundingBox())}`);
    const rail = await page.locator('.slide.active .rail').boundingBox();
    check(rail.x + rail.width <= (await panel.boundingBox()).x, 'the panel covers the action rail');
    // With the panel open, the keys still move the feed, and the panel follows the video on screen.
    const before = await page.locator('.slide.active').getAttribute('data-video-id');
    const asked = page.waitForRequest((r) => /\/api\/v1\/videos\/[^/]+\/comments/.test(r.url()) && !r.url().includes(before));
    await page.evaluate(() => document.activeElement?.blur());
    const next = await t.swipe('ArrowDown');
    check((await asked).url().includes(`/videos/${next}/comments`), 'the comments panel did not follow the next video');
    video = page.locator(`video[data-video-id="${next}"]`);
    await panel.locator('button[aria-label="Close"]').click();
    await panel.waitFor({ state: 'detached' });
    // A closed sheet takes its history entry out a moment later; the next step opens another sheet.
    await page.waitForFunction(() => !history.state?.sheet);
  });

  await step('"?" lists the keyboard shortcuts, and l likes the video on screen', async () => {
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('?');
    const sheet = page.locator('dialog.shortcuts-sheet');
    await sheet.waitFor();
    const listed = await sheet.locator('dd').allTextContents();
    for (const action of ['Next video', 'Previous video', 'Pause or play', 'Mute or unmute', 'Like or unlike', 'Open or close the comments']) {
      check(listed.includes(action), `the shortcuts do not list "${action}": ${listed}`);
    }
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    check(await page.locator('nav[aria-label="Main"] button[aria-label="Keyboard shortcuts"]').isVisible(),
      'the side navigation has no shortcuts button');

    const like = page.locator('.slide.active .rail button.action').first();
    check((await like.getAttribute('aria-pressed')) === 'false', 'the video on screen was liked already');
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('l');
    await t.eventually(async () => (await like.getAttribute('aria-pressed')) === 'true', 'l did not like the video');
    await page.keyboard.press('c');
    await page.locator('dialog.comments-sheet').waitFor();
  });
}
