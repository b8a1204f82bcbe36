import { chromium } from 'playwright-core';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run', ...(process.env.EXTRA||'').split(' ').filter(Boolean)] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(base + '/@maya.moves');
await page.waitForSelector('.grid-item');
await page.click('.grid-item >> nth=0');
await page.waitForTimeout(2500);
if (process.env.PREROLL) await page.evaluate(() => { window.PREROLL = true; });
const r = await page.evaluate(async () => {
  const v = [...document.querySelectorAll('video')].find(v => !v.paused);
  const out = [];
  for (const [muted, at] of [[true, 0], [true, 0.5], [true, 0], [true, null]]) {
    v.pause(); v.muted = muted; if (at !== null) { v.currentTime = at; await new Promise(r => v.addEventListener('seeked', r, { once: true })); if (window.PREROLL) { await v.play(); await new Promise(r => v.requestVideoFrameCallback(r)); v.pause(); } }
    await new Promise(r => setTimeout(r, 500));
    const t0 = performance.now();
    const frame = new Promise(res => v.requestVideoFrameCallback((now, m) => res([Math.round(m.expectedDisplayTime - t0), m.mediaTime])));
    let playing = new Promise(res => v.addEventListener('playing', () => res(Math.round(performance.now() - t0)), { once: true }));
    await v.play().catch(e => out.push(String(e)));
    out.push({ at, playing: await playing, frame: await frame });
  }
  return out;
});
console.log(JSON.stringify(r));
await browser.close();
