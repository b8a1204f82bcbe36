// Polish on the smallest phone (320×568): overlays legible over a white frame, nothing overlapping,
// focus back on the control that opened a sheet, and reduced motion honoured.

export const options = { context: { viewport: { width: 320, height: 568 } } };

/** WCAG's relative luminance of an sRGB colour, and the contrast of white text over it. */
function contrastWithWhite([r, g, b]) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return 1.05 / (luminance + 0.05);
}

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export default async function polish(t) {
  const { base, page, step, check, eventually, playing } = t;

  await step('on a 320×568 screen the tabs, mute button, action rail, caption and bottom nav do not overlap', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.slide.active');
    await playing();
    const boxes = {
      tabs: await page.locator('nav.feed-tabs').boundingBox(),
      mute: await page.locator('.slide.active .slide-top .mute').boundingBox(),
      rail: await page.locator('.slide.active .rail').boundingBox(),
      text: await page.locator('.slide.active .meta').boundingBox(),
      nav: await page.locator('nav.main-nav').boundingBox(),
    };
    const names = Object.keys(boxes);
    for (const name of names) {
      const box = boxes[name];
      check(box && box.width > 0, `${name} is not shown`);
      check(box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= 320.5 && box.y + box.height <= 568.5,
        `${name} leaves the screen: ${JSON.stringify(box)}`);
    }
    const links = await page.locator('nav.main-nav a:visible, nav.main-nav button:visible').allTextContents();
    check(JSON.stringify(links) === JSON.stringify(['Home', 'Discover', 'Post', 'Log in']), `the bottom nav shows ${JSON.stringify(links)}`);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        check(!overlaps(boxes[names[i]], boxes[names[j]]),
          `${names[i]} ${JSON.stringify(boxes[names[i]])} overlaps ${names[j]} ${JSON.stringify(boxes[names[j]])}`);
      }
    }
  });

  await step('over a white frame, the backdrop of the tabs and of the bottom text is dark enough for white text', async () => {
    const regions = {
      tabs: await page.locator('nav.feed-tabs a').first().boundingBox(),
      name: await page.locator('.slide.active .meta-name').boundingBox(),
      sound: await page.locator('.slide.active .sound').boundingBox(),
    };
    // The brightest possible picture under the overlay, and the overlay's text taken away: what is
    // left is the gradient the text is read against.
    await page.addStyleTag({ content: `
      .slide .poster, video.player { visibility: hidden !important; }
      .slide { background: #fff !important; }
      .feed-tabs, .slide-top, .rail, .meta { visibility: hidden !important; }` });
    const png = await page.screenshot({ type: 'png' });
    const brightest = await page.evaluate(async ({ data, regions }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const result = {};
      for (const [name, box] of Object.entries(regions)) {
        const pixels = context.getImageData(Math.floor(box.x), Math.floor(box.y), Math.ceil(box.width), Math.ceil(box.height)).data;
        let best = [0, 0, 0];
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i] + pixels[i + 1] + pixels[i + 2] > best[0] + best[1] + best[2]) best = [pixels[i], pixels[i + 1], pixels[i + 2]];
        }
        result[name] = best;
      }
      return result;
    }, { data: png.toString('base64'), regions });
    for (const [name, colour] of Object.entries(brightest)) {
      const contrast = contrastWithWhite(colour);
      check(contrast >= 4.5, `white text of the ${name} over a white frame has a contrast of ${contrast.toFixed(2)}:1 `
        + `(backdrop rgb(${colour.join(', ')})); at least 4.5:1 is needed`);
    }
    await page.reload();
    await page.waitForSelector('.slide.active');
  });

  await step('closing a sheet gives focus back to the control that opened it', async () => {
    await playing();
    for (const [opener, sheet, close] of [
      ['button[aria-label^="Comments"]', 'dialog.comments-sheet', (s) => page.keyboard.press('Escape').then(() => s)],
      ['button[aria-label="More options"]', 'dialog.sheet', (s) => s.locator('button[aria-label="Close"]').click()],
    ]) {
      const before = await page.locator('.slide.active').getAttribute('data-video-id');
      const button = page.locator(`.slide.active ${opener}`);
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator(sheet);
      await dialog.waitFor();
      check(await dialog.evaluate((d) => d.contains(document.activeElement)), `focus did not move into ${sheet}`);
      await close(dialog);
      await dialog.waitFor({ state: 'detached' });
      // The dialog leaves the page first; the opener takes focus back a frame later.
      const expected = await button.getAttribute('aria-label');
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      await eventually(async () => await focused() === expected, `after ${sheet} closed, focus did not go back to "${expected}"`);
      const after = await page.locator('.slide.active').getAttribute('data-video-id');
      check(after === before, `the video on screen changed from ${before} to ${after} while ${sheet} was open`);
    }
  });

  await step('with reduced motion, a swipe jumps to the next video and sheets open without animating', async () => {
    const still = await t.open('phone', { viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });
    await still.goto(`${base}/`);
    await still.waitForSelector('.slide.active');
    await playing(still);
    await still.evaluate(() => {
      const scroller = document.querySelector('.feed-scroller');
      window.__seen = [];
      scroller.addEventListener('scroll', () => window.__seen.push(scroller.scrollTop));
    });
    await still.keyboard.press('ArrowDown');
    await still.waitForFunction(() => {
      const scroller = document.querySelector('.feed-scroller');
      return Math.abs(scroller.scrollTop - scroller.clientHeight) < 1;
    });
    const positions = await still.evaluate(() => ({ seen: window.__seen, height: document.querySelector('.feed-scroller').clientHeight }));
    check(positions.seen.length > 0, 'the feed did not move');
    check(positions.seen.every((top) => Math.abs(top - positions.height) < 1),
      `the feed scrolled through ${JSON.stringify(positions.seen)} on its way to ${positions.height}: it animated`);

    await still.locator('.slide.active button[aria-label^="Comments"]').click();
    await still.locator('dialog.comments-sheet').waitFor();
    const moving = await still.evaluate(() => document.getAnimations()
      .filter((a) => a.playState === 'running' && !a.effect?.target?.closest?.('.spinner, .burst'))
      .map((a) => `${a.animationName ?? a.transitionProperty ?? 'animation'} on ${a.effect?.target?.className}`));
    check(moving.length === 0, `animations running with reduced motion: ${moving.join('; ')}`);
    const ticker = await still.locator('.slide.active .ticker span').evaluate((s) => getComputedStyle(s).animationName);
    check(ticker === 'none', `the sound name still scrolls (${ticker})`);
    await still.context().close();
  });
}
