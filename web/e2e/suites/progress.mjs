// The playing video: its poster shows until the first frame (no black gap), and a progress bar
// seeks by pointer and by keyboard.
export default async function progress(t) {
  const { base, page, step, check } = t;

  await step('the poster is visible before the first frame, and the video covers it once playing', async () => {
    // Hold every media segment until the poster has been seen.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/media\/.*\.(m4s|mp4)$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(base);
    const slide = page.locator('.slide.active');
    const id = await slide.getAttribute('data-video-id');
    await page.waitForFunction((videoId) => {
      const poster = document.querySelector(`.slide[data-video-id="${videoId}"] img.poster`);
      const video = document.querySelector(`video[data-video-id="${videoId}"]`);
      return poster && poster.complete && poster.naturalWidth > 0 && getComputedStyle(poster).visibility === 'visible'
        && video && video.readyState < 2 && getComputedStyle(video).opacity === '0';
    }, id);
    release();
    await t.playing();
    await page.unroute(/\/media\/.*\.(m4s|mp4)$/);
    const opacity = await page.evaluate((videoId) => getComputedStyle(document.querySelector(`video[data-video-id="${videoId}"]`)).opacity, id);
    check(opacity === '1', `the playing video's opacity is ${opacity}`);
  });

  await step('tapping the progress bar at three quarters seeks there; the slider reports it', async () => {
    const id = await t.playing();
    await page.keyboard.press(' '); // pause, so the position stays where the tap put it
    const bar = page.locator('.slide.active [role=slider][aria-label="Video progress"]');
    await page.waitForFunction(() => Number(document.querySelector('.slide.active [role=slider]')?.getAttribute('aria-valuemax')) > 0);
    const box = await bar.boundingBox();
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
    const where = await page.evaluate((videoId) => {
      const video = document.querySelector(`video[data-video-id="${videoId}"]`);
      return { time: video.currentTime, duration: video.duration, paused: video.paused };
    }, id);
    check(where.time > where.duration * 0.6 && where.time < where.duration * 0.9, `seeked to ${where.time} of ${where.duration}`);
    await t.eventually(async () => Number(await bar.getAttribute('aria-valuenow')) === Math.floor(where.time),
      `aria-valuenow is ${await bar.getAttribute('aria-valuenow')}, the video is at ${where.time}`);
  });

  await step('the keyboard moves the slider: Home to the start, arrows by a second', async () => {
    const id = await page.locator('.slide.active').getAttribute('data-video-id');
    const bar = page.locator('.slide.active [role=slider]');
    await bar.focus();
    await page.keyboard.press('Home');
    const atStart = await page.evaluate((videoId) => document.querySelector(`video[data-video-id="${videoId}"]`).currentTime, id);
    check(atStart < 0.1, `Home seeked to ${atStart}`);
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate((videoId) => document.querySelector(`video[data-video-id="${videoId}"]`).currentTime, id);
    check(after > 0.9 && after < 1.1, `ArrowRight seeked to ${after}`);
    check(await page.locator('.slide.active').getAttribute('data-video-id') === id, 'the arrow seeked instead of moving the feed');
  });
}
