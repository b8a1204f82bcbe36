// The upload page: a clip dropped on the drop zone, its preview, a cover chosen on the slider and
// sent with the upload, and the processing estimate from the server counted down.
import { readFileSync } from 'node:fs';

export default async function upload(t) {
  const { base, fixtures, page, step, check, signUp } = t;
  let person;

  await step('the picker is a large drop zone, and a clip dropped on it shows in a preview', async () => {
    person = await signUp();
    await page.goto(`${base}/upload`);
    const zone = page.locator('.drop-zone');
    const box = await zone.boundingBox();
    check(box.height >= 200 && box.width >= 300, `the drop zone is only ${box.width}×${box.height}`);
    check(await page.locator('input[type=file][name=file]').count() === 1, 'the drop zone lost its file input');
    const clip = readFileSync(fixtures.clip).toString('base64');
    await zone.evaluate((element, data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped.mp4', { type: 'video/mp4' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, clip);
    const preview = page.locator('.cover-chooser video');
    await preview.waitFor();
    check((await preview.getAttribute('src')).startsWith('blob:'), 'the preview does not play the local file');
    await page.waitForFunction(() => document.querySelector('.cover-chooser video').readyState >= 2);
  });

  await step('the cover slider holds the preview on the chosen moment, and the upload sends it', async () => {
    const slider = page.locator('input[type=range][name=cover_time]');
    const latest = Number(await slider.getAttribute('max'));
    check(Math.abs(latest - 1.5) < 0.1, `a 2 s clip's latest cover is ${latest} s, not half a second before its end`);
    check(Number(await slider.inputValue()) === 1, 'the cover does not start where the server would take it (1 s)');
    await slider.evaluate((input) => {
      input.value = '0.3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => {
      const video = document.querySelector('.cover-chooser video');
      return video.paused && Math.abs(video.currentTime - 0.3) < 0.05 && !video.seeking;
    });

    // Status answers wait until the estimate from upload complete has been seen.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/api/v1/videos/*/status', async (route) => {
      await held;
      await route.continue();
    });
    const completed = page.waitForRequest((r) => r.url().endsWith('/api/v1/videos/upload/complete'));
    await page.fill('textarea[name=caption]', `cover #${t.unique}`);
    await page.click('button:has-text("Post")');
    const body = (await completed).postDataJSON();
    check(body.cover_time === 0.3, `upload complete sent cover_time ${body.cover_time}`);

    const estimate = page.locator('.processing-estimate');
    await estimate.waitFor();
    await t.eventually(async () => /About \d+ (s|min) left|Almost done/.test(await estimate.textContent()),
      `the estimate reads "${await estimate.textContent()}"`);
    check(!/-\d/.test(await estimate.textContent()), `a negative estimate: ${await estimate.textContent()}`);
    release(); // from here on every status answer passes at once
    await page.waitForURL(`${base}/@${person.username}`, { timeout: 120_000 });
  });
}
