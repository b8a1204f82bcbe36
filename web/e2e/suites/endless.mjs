// For You never dead-ends: a signed-out visitor swipes past every video of the catalogue and the
// feed goes on with videos seen before, marked as rewatches, instead of stopping at the last one.

export default async function endless(t) {
  const { base, page, step, check, swipe } = t;
  const reasons = [];
  const pages = [];
  page.on('response', async (response) => {
    if (!/\/api\/v1\/feed\/for-you/.test(response.url())) return;
    const body = await response.json().catch(() => null);
    pages.push(`${response.status()} ${body?.videos?.length} videos (${[...new Set((body?.videos ?? []).map((e) => e.reason))]}) next ${body?.next_cursor ? 'yes' : 'none'}`);
    for (const entry of body?.videos ?? []) reasons.push(entry.reason);
  });

  await step('a visitor swipes past the whole catalogue and For You goes on with rewatches', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.slide.active');
    const seen = new Set([await t.playing()]);
    // The catalogue holds the fixtures' public videos and what earlier suites posted: far fewer than
    // this bound, so the loop ends by seeing a video a second time.
    let again = null;
    try {
      for (let swipes = 0; swipes < 150 && !again; swipes++) {
        const id = await swipe('ArrowDown');
        if (seen.has(id)) again = id;
        seen.add(id);
      }
    } catch (error) {
      throw new Error(`${error.message}\nFor You pages: ${pages.join('; ')}`);
    }
    check(again, `no video came back after ${seen.size} different ones`);
    for (let more = 0; more < 3; more++) await swipe('ArrowDown');
    check(reasons.includes('rewatch'), `For You's reasons: ${[...new Set(reasons)].join(', ')}`);
    check(await page.locator('.feed-caught-up, .feed-empty').count() === 0, 'the feed said it had ended');
  });
}
