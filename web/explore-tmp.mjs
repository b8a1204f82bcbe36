import { chromium } from 'playwright-core';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run', ...(process.argv[3]||'').split(' ').filter(Boolean)] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: process.env.RM ? 'reduce' : 'no-preference' });
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(base + '/@maya.moves');
await page.waitForSelector('.grid-item');
await page.click('.grid-item >> nth=0');
await page.waitForTimeout(2500);
await page.evaluate(() => {
  window.__log = [];
  const t0 = () => performance.now();
  document.querySelectorAll('video').forEach((v, i) => {
    for (const ev of ['play', 'playing', 'waiting', 'seeking', 'seeked', 'timeupdate']) v.addEventListener(ev, () => window.__log.push([Math.round(t0()), i, ev, v.currentTime.toFixed(3)]));
    const loop = (now, m) => { window.__log.push([Math.round(now), i, 'frame', m.mediaTime.toFixed(3), Math.round(m.expectedDisplayTime), m.presentedFrames]); v.requestVideoFrameCallback(loop); };
    v.requestVideoFrameCallback(loop);
  });
  window.addEventListener('keydown', (e) => window.__log.push([Math.round(e.timeStamp), -1, 'keydown', Math.round(performance.now())]), true); window.addEventListener('keydown', (e) => window.__log.push([Math.round(performance.now()), -1, 'keydown-after']));
});
if (process.env.HIDE) await page.evaluate(() => { const v = document.querySelectorAll('video')[1]; v.style.transform = 'translate3d(0,0,0)'; v.style.zIndex = '-1'; });
await page.waitForTimeout(500);
await page.keyboard.press('ArrowDown');
await page.waitForTimeout(800);
const log = await page.evaluate(() => window.__log);
for (const l of log.slice(0, 60)) console.log(JSON.stringify(l));
console.log(await page.evaluate(() => window.__t)); console.log(await page.evaluate(() => performance.getEntriesByName('flick:swipe-to-first-frame').map(e => [e.duration, JSON.stringify(e.detail)])));
await browser.close();
