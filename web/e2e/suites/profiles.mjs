// Profiles and addresses: Saved and Liked tabs, follower lists a tap away, a back arrow and sharing
// on other people's profiles; every video opened from a grid has its own address, so Back closes the
// player, and Back closes sheets; long captions fold behind "…more"; titles name what is shown.
import { readFileSync } from 'node:fs';

export const options = { context: { permissions: ['clipboard-read', 'clipboard-write'] } };

export default async function profiles(t) {
  const { base, fixtures, page, step, check, api } = t;
  const creator = fixtures.creators[0];
  const me = await t.signUp();

  // A video of this person's own with a caption long enough to fold, published through the API
  // while the first steps run.
  const caption = `A long walk along the harbour at dusk with @${creator.username}, counting boats and gulls `
    + `and the lights coming on one by one across the water until the last ferry leaves #harbour${t.unique} #dusk`;
  const clip = readFileSync(fixtures.clip);
  const ticket = await api('/api/v1/videos/upload/init', { method: 'POST', data: {
    file_size: clip.length, video_duration: 2, video_metadata: { width: 180, height: 320, fps: 15 } } });
  const put = await page.request.fetch(new URL(ticket.upload_url, base).href, { method: 'PUT', data: clip,
    headers: { 'content-type': 'application/octet-stream' } });
  check(put.ok(), `the upload answered ${put.status()}`);
  const mine = (await api('/api/v1/videos/upload/complete', { method: 'POST', data: {
    upload_id: ticket.upload_id, caption, privacy: 'public' } })).video_id;

  await step('another person\'s profile has a back arrow, shares its address and names itself in the title', async () => {
    const username = fixtures.creators[1].username;
    await page.goto(`${base}/@${username}`);
    await page.waitForSelector('.profile-header');
    check(await page.title() === `@${username} on Flick`, `the title reads ${await page.title()}`);
    await page.click('button[aria-label="Share profile"]');
    await page.waitForSelector('text=Profile link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    check(link === `${base}/@${username}`, `copied ${link}`);
    // Opened from outside the app (its address typed): Back goes to For You.
    await page.click('.profile-page button[aria-label="Back"]');
    await page.waitForURL(`${base}/`);
    await page.waitForSelector('.slide.active');
  });

  await step('a video opened from a profile grid has its own address; Back closes the player', async () => {
    await page.goto(`${base}/@${creator.username}`);
    const grid = page.locator('.grid-item[data-video-id]');
    await grid.nth(2).waitFor();
    const ids = await grid.evaluateAll((items) => items.map((i) => i.dataset.videoId));
    await grid.nth(1).click();
    await page.waitForURL(`${base}/@${creator.username}/video/${ids[1]}`);
    await page.waitForSelector(`.overlay-player .slide.active[data-video-id="${ids[1]}"]`);
    await t.playing();
    const title = await page.title();
    check(title.startsWith('Clip ') && title.endsWith(`— @${creator.username} on Flick`), `the title reads ${title}`);
    await t.swipe('ArrowDown');
    await page.waitForURL(`${base}/@${creator.username}/video/${ids[2]}`);
    await page.goBack();
    await page.waitForURL(`${base}/@${creator.username}`);
    await page.waitForSelector('.overlay-player', { state: 'detached' });
    await grid.nth(2).waitFor();
    check(await page.title() === `@${creator.username} on Flick`, `the title reads ${await page.title()}`);
  });

  await step('a reloaded video address opens that video', async () => {
    const id = creator.videos[0];
    await page.goto(`${base}/@${creator.username}/video/${id}`);
    await page.waitForSelector(`.slide.active[data-video-id="${id}"]`);
    await t.playing();
  });

  await step('sheets close on Back: comments over a video, and the follower list over a profile', async () => {
    const url = page.url();
    await page.click('.slide.active button[aria-label^="Comments"]');
    await page.waitForSelector('dialog.comments-sheet[open]');
    await page.goBack();
    await page.waitForSelector('dialog.comments-sheet', { state: 'detached' });
    check(page.url() === url, `Back left the video for ${page.url()}`);

    await page.goto(`${base}/@${creator.username}`);
    await page.click('.profile-actions button:has-text("Follow")');
    await page.waitForSelector('.profile-actions button[aria-pressed="true"]');
    await page.click('.counts button:has-text("Followers")');
    const sheet = page.locator('dialog.people-sheet[open]');
    await sheet.waitFor();
    await sheet.locator(`.person[href="/@${me.username}"]`).waitFor();
    await page.goBack();
    await sheet.waitFor({ state: 'detached' });
    check(page.url() === `${base}/@${creator.username}`, `Back left the profile for ${page.url()}`);
  });

  await step('the following list has follow buttons that follow and unfollow', async () => {
    await page.goto(`${base}/@${me.username}`);
    await page.click('.counts button:has-text("Following")');
    const sheet = page.locator('dialog.people-sheet[open]');
    const button = sheet.locator(`button[aria-label$="@${creator.username}"]`);
    await button.waitFor();
    check(await button.textContent() === 'Following', `the button reads ${await button.textContent()}`);
    await button.click();
    await sheet.locator(`button[aria-label="Follow: @${creator.username}"]`).waitFor();
    const following = await api(`/api/v1/users/${(await api('/api/v1/users/me')).user_id}/following`);
    check(!following.users.some((entry) => entry.user.username === creator.username), 'the unfollow did not happen');
    await sheet.locator('button[aria-label="Close"]').click();
    // Closing takes the sheet's history entry back out (history.back, a moment later): a navigation
    // started before that lands would be aborted by it.
    await sheet.waitFor({ state: 'detached' });
    await page.waitForFunction(() => !history.state?.sheet);
  });

  await step('your own profile has Saved and Liked tabs; another\'s Liked tab shows only where it is public', async () => {
    const saved = creator.videos[3];
    await api(`/api/v1/videos/${saved}/save`, { method: 'POST' });
    await page.goto(`${base}/@${me.username}`);
    await page.click('.profile-tabs a:has-text("Saved")');
    await page.waitForURL(`${base}/@${me.username}/saved`);
    await page.waitForSelector(`.grid-item[data-video-id="${saved}"]`);
    check(await page.locator('.profile-tabs a:has-text("Liked")').count() === 1, 'no Liked tab on your own profile');
    await page.goto(`${base}/@${creator.username}`);
    await page.waitForSelector('.profile-tabs');
    const profile = await api(`/api/v1/users/by-username/${creator.username}`);
    check(await page.locator('.profile-tabs a:has-text("Liked")').count() === (profile.liked_videos_public ? 1 : 0),
      'the Liked tab does not follow the creator\'s setting');
    check(await page.locator('.profile-tabs a:has-text("Saved")').count() === 0, 'a Saved tab on someone else\'s profile');
  });

  await step('a long caption folds behind "…more", and its hashtags and mentions are links', async () => {
    for (let i = 0; i < 120 && (await api(`/api/v1/videos/${mine}/status`)).status !== 'published'; i++) {
      await page.waitForTimeout(500);
    }
    await page.goto(`${base}/v/${mine}`);
    await page.waitForSelector(`.slide.active[data-video-id="${mine}"]`);
    const box = page.locator('.slide.active .caption-box');
    const folded = await box.locator('.caption').evaluate((p) => p.getBoundingClientRect().height);
    await box.locator('button.caption-more').click();
    check(await box.locator('button.caption-more').textContent() === 'less', 'the caption did not unfold');
    const unfolded = await box.locator('.caption').evaluate((p) => p.getBoundingClientRect().height);
    check(unfolded > folded, `the caption is ${unfolded}px unfolded, ${folded}px folded`);
    check(await box.locator(`a.mention[href="/@${creator.username}"]`).count() === 1, 'the mention is not a link');
    await box.locator(`a.tag:has-text("#harbour${t.unique}")`).click();
    await page.waitForURL(`${base}/tag/harbour${t.unique}`);
    // The hashtag page is loaded on first use: its title follows once it is there.
    await page.waitForFunction((want) => document.title === want, `#harbour${t.unique} on Flick`)
      .catch(async () => { throw new Error(`the title reads ${await page.title()}`); });
  });

  await step('a new comment is counted in the sheet\'s header at once', async () => {
    await page.goto(`${base}/v/${mine}`);
    await page.click('.slide.active button[aria-label^="Comments"]');
    const sheet = page.locator('dialog.comments-sheet[open]');
    await sheet.locator('h2:has-text("0 comments")').waitFor();
    await sheet.locator('textarea[aria-label="Comment"]').fill(`Lovely, @${creator.username} #dusk`);
    await sheet.locator('button:has-text("Post")').click();
    await sheet.locator('h2:has-text("1 comment")').waitFor();
    const comment = sheet.locator('.comment-text').first();
    check(await comment.locator(`a.mention[href="/@${creator.username}"]`).count() === 1, 'the mention in a comment is not a link');
    await comment.locator('a.tag').click();
    await page.waitForURL(`${base}/tag/dusk`);
    await page.waitForSelector('dialog.comments-sheet', { state: 'detached' });
  });
}
