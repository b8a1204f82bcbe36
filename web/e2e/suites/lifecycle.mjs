// A creator's own videos: edit a caption from the video's menu and see it, make a video private
// from the profile grid and a visitor's view of the profile no longer shows it, delete a video
// (after a confirmation) and it is gone.
import { readFileSync } from 'node:fs';

export default async function lifecycle(t) {
  const { base, fixtures, page, step, check, api } = t;
  const me = await t.signUp();

  // Two videos of this person's own, published through the API while they sign up.
  const clip = readFileSync(fixtures.clip);
  const post = async (caption) => {
    const ticket = await api('/api/v1/videos/upload/init', { method: 'POST', data: {
      file_size: clip.length, video_duration: 2, video_metadata: { width: 180, height: 320, fps: 15 } } });
    const put = await page.request.fetch(new URL(ticket.upload_url, base).href, { method: 'PUT', data: clip,
      headers: { 'content-type': 'application/octet-stream' } });
    check(put.ok(), `the upload answered ${put.status()}`);
    return (await api('/api/v1/videos/upload/complete', { method: 'POST', data: { upload_id: ticket.upload_id, caption } }))
      .video_id;
  };
  const first = await post(`first take #lifecycle${t.unique}`);
  const second = await post(`second take #lifecycle${t.unique}`);
  const published = async (id) => (await api(`/api/v1/videos/${id}/status`)).status === 'published';
  for (const id of [first, second]) {
    for (let attempt = 0; !(await published(id)); attempt++) {
      check(attempt < 300, `video ${id} was not published`);
      await page.waitForTimeout(200);
    }
  }

  await step('the owner edits a caption from the video\'s menu and sees it at once', async () => {
    await page.goto(`${base}/@${me.username}/video/${first}`);
    await page.waitForSelector(`.slide.active[data-video-id="${first}"]`);
    await page.click('.slide.active button[aria-label="More options"]');
    await page.click('dialog[open] button:has-text("Edit video")');
    const caption = page.locator('dialog[open] textarea[name=caption]');
    check(await caption.inputValue() === `first take #lifecycle${t.unique}`, 'the form shows the caption as it is');
    await caption.fill(`edited take #renamed${t.unique}`);
    await page.click('dialog[open] button:has-text("Save")');
    await page.waitForSelector('text=Video updated');
    await page.waitForSelector(`.slide.active .caption:has-text("edited take")`);
    const card = await api(`/api/v1/videos/${first}`);
    check(card.caption === `edited take #renamed${t.unique}`, `the server has ${card.caption}`);
    check(card.hashtags.includes(`renamed${t.unique}`), `hashtags are ${card.hashtags}`);
  });

  await step('a video made private from the profile grid is gone from a visitor\'s view of the profile', async () => {
    const visitor = await t.open();
    await visitor.goto(`${base}/@${me.username}`);
    await visitor.waitForSelector(`.grid-item[data-video-id="${first}"]`);
    check(await visitor.locator('.grid-more').count() === 0, 'a visitor is offered to edit someone else\'s videos');

    await page.goto(`${base}/@${me.username}`);
    await page.click(`.grid-more[data-video-id="${first}"]`);
    await page.selectOption('dialog[open] select[name=privacy]', 'private');
    await page.click('dialog[open] button:has-text("Save")');
    await page.waitForSelector(`.grid-item[data-video-id="${first}"] .grid-badge:has-text("Only me")`);

    await visitor.reload();
    await visitor.waitForSelector(`.grid-item[data-video-id="${second}"]`);
    check(await visitor.locator(`.grid-item[data-video-id="${first}"]`).count() === 0, 'the visitor still sees the private video');
    const direct = await visitor.request.get(`${base}/api/v1/videos/${first}`);
    check(direct.status() === 404, `the video answers a visitor ${direct.status()}`);
    await visitor.close();
  });

  await step('a video deleted from the grid, after a confirmation, is gone', async () => {
    await page.click(`.grid-more[data-video-id="${second}"]`);
    await page.click('dialog[open] button:has-text("Delete video")');
    await page.waitForSelector('dialog[open] :text("Delete this video?")');
    await page.click('dialog[open] button:has-text("Cancel")');
    await page.waitForSelector('dialog[open] textarea[name=caption]');
    await page.click('dialog[open] button:has-text("Delete video")');
    await page.click('dialog[open] button.danger:has-text("Delete")');
    await page.waitForSelector('text=Video deleted');
    await page.waitForSelector(`.grid-item[data-video-id="${second}"]`, { state: 'detached' });
    await page.reload();
    await page.waitForSelector(`.grid-item[data-video-id="${first}"]`);
    check(await page.locator(`.grid-item[data-video-id="${second}"]`).count() === 0, 'the deleted video is back after a reload');
    const gone = await page.request.get(`${base}/api/v1/videos/${second}`,
      { headers: { authorization: `Bearer ${await t.token()}` } });
    check(gone.status() === 404, `the deleted video answers ${gone.status()}`);
  });
}
