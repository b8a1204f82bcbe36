// Swipe-to-first-frame and memory of the feed, in Debian's Chromium against a running Flick server.
//
//   node bench/swipe-latency.mjs <base-url> [swipes=100] [cold-swipes=40] [dwell-ms=1500] [path=/]
//
// For each swipe (an ArrowDown key press) the client records a User Timing measure from the
// input's timestamp to the expected display time of the next video's first new frame
// (requestVideoFrameCallback); see web/src/player/SwipeTiming.ts. One page swipes with prefetch on
// (the default: next two videos loaded and primed), a second page of the same run with
// ?prefetch=0 (every video cold). The JS heap is read through the DevTools protocol after a
// forced garbage collection, after 10 and after all swipes of the first page.
// Prints a JSON summary on the last line.
import { launch } from '../e2e/browser.mjs';

const [base, swipesArg, coldArg, dwellArg, pathArg] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/swipe-latency.mjs <base-url> [swipes] [cold-swipes] [dwell-ms] [path]');
  process.exit(2);
}
const SWIPES = Number(swipesArg ?? 100);
const COLD_SWIPES = Number(coldArg ?? 40);
const DWELL_MS = Number(dwellArg ?? 1500);
const PATH = pathArg ?? '/';
const MEASURE = 'flick:swipe-to-first-frame';

const browser = await launch();
const problems = [];

async function feedPage(query) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}${PATH}${query}`);
  await page.waitForSelector('.slide.active');
  await playing(page);
  return page;
}

async function playing(page) {
  await page.waitForFunction(() => {
    const id = document.querySelector('.slide.active')?.getAttribute('data-video-id');
    const video = id && document.querySelector(`video[data-video-id="${id}"]`);
    return video && !video.paused && video.currentTime > 0;
  }, null, { timeout: 30_000 });
}

/**
 * The page's JS heap after forced garbage collection, as Chromium reports it (V8 and Blink objects
 * together), and broken down from a heap snapshot: compiled code and its metadata (grows while the
 * JIT warms up, then stops), the records the DevTools network agent keeps of each request because
 * the benchmark drives the page through DevTools (absent for a real visitor), and the rest, the
 * page's own objects. Plus the DOM counters.
 */
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const bytes = { code: 0, devtoolsNetworkRecords: 0, page: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const label = snapshot.strings[snapshot.nodes[i + name]];
    const kind = types[snapshot.nodes[i + type]] === 'code' ? 'code'
      : /^blink::(NetworkResourcesData|XHRReplayData)/.test(label) ? 'devtoolsNetworkRecords' : 'page';
    bytes[kind] += snapshot.nodes[i + size];
  }
  const { nodes, jsEventListeners, documents } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  const videoElements = await page.evaluate(() => document.querySelectorAll('video').length);
  return { usedBytes: usedSize, snapshotBytes: bytes, domNodes: nodes, jsEventListeners, documents, videoElements };
}

/** Swipes `count` times, waiting `DWELL_MS` on each video; returns the measures of those swipes. */
async function swipeThrough(page, count, onSwipe = async () => {}) {
  const measures = [];
  for (let i = 1; i <= count; i++) {
    await page.waitForTimeout(DWELL_MS);
    const before = await page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
    const at = await page.locator('.slide.active').getAttribute('data-video-id');
    await page.keyboard.press('ArrowDown');
    const moved = await page.waitForFunction((id) => document.querySelector('.slide.active')?.getAttribute('data-video-id') !== id,
      at, { timeout: 5000 }).then(() => true, () => false);
    if (!moved) {
      console.log(`feed ended after ${i - 1} swipes`);
      break;
    }
    await playing(page);
    const entry = await page.waitForFunction(([name, n]) => {
      const entries = performance.getEntriesByName(name);
      return entries.length > n ? { ms: entries[entries.length - 1].duration, ...entries[entries.length - 1].detail } : null;
    }, [MEASURE, before], { timeout: 10_000 }).then((handle) => handle.jsonValue(), () => null);
    if (entry) measures.push(entry);
    await onSwipe(i);
  }
  return measures;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (v) => Math.round(v * 10) / 10;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]), mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length) };
}

const warmPage = await feedPage('');
const heaps = {};
const warm = await swipeThrough(warmPage, SWIPES, async (i) => {
  if (i === 10 || i === 50 || i === SWIPES) heaps[i] = await heap(warmPage);
  if (i % 10 === 0) console.log(`prefetched: ${i} swipes`);
});
await warmPage.context().close();

const coldPage = await feedPage('?prefetch=0');
const cold = await swipeThrough(coldPage, COLD_SWIPES, async (i) => { if (i % 10 === 0) console.log(`cold: ${i} swipes`); });
await coldPage.context().close();
await browser.close();

const prefetchedMeasures = warm.filter((m) => m.warm);
const summary = {
  chromium: 'Debian /usr/bin/chromium, headless, --disable-gpu, 390x844 viewport',
  dwellMs: DWELL_MS,
  prefetched: stats(prefetchedMeasures.map((m) => m.ms)),
  prefetchedSwipesNotWarm: warm.length - prefetchedMeasures.length,
  cold: stats(cold.map((m) => m.ms)),
  coldSwipesThatWereWarm: cold.filter((m) => m.warm).length,
  heap: heaps,
  swipes: { prefetched: warm.length, cold: cold.length },
  consoleErrors: problems,
};
console.log(JSON.stringify(summary));
