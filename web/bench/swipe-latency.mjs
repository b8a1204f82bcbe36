// Swipe-to-first-frame and memory of the feed, in Debian's Chromium against a running Flick server.
//
//   node bench/swipe-latency.mjs <base-url> [swipes=100] [cold-swipes=40] [dwell-ms=1500] [path=/]
//
// For each swipe (an ArrowDown key press) the client records a User Timing measure from the
// input's timestamp to the expected display time of the next video's first new frame
// (requestVideoFrameCallback); see web/src/player/SwipeTiming.ts. One page swipes with prefetch on
// (the default: next two videos loaded and primed), a second page of the same run with
// ?prefetch=0 (every video cold). The JS heap is read after a forced garbage collection after
// 10, 50 and 100 swipes and every 100 after that, on the first page.
//
// The pages are driven over the DevTools protocol directly (bench/cdp.mjs), with the Network domain
// never enabled: the DevTools network agent would otherwise keep a record of every request, which
// grows the measured heap with each video although a visitor's browser keeps no such thing.
// FLICK_BENCH_JS_FLAGS=<flags> runs the pages with those V8 flags (a diagnosis, e.g.
// "--no-maglev --no-turbofan" to see the heap without optimized code).
// Prints a JSON summary on the last line.
import { writeFileSync } from 'node:fs';
import { launchBrowser, sleep } from './cdp.mjs';

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
const HEAP_AT = new Set([10, 50, ...Array.from({ length: Math.floor(SWIPES / 100) }, (_, i) => 100 * (i + 1)), SWIPES]);

const JS_FLAGS = process.env.FLICK_BENCH_JS_FLAGS ?? '';
const browser = await launchBrowser({ jsFlags: JS_FLAGS });

async function feedPage(query) {
  const page = await browser.newPage();
  await page.goto(`${base}${PATH}${query}`);
  await page.waitFor(() => document.querySelector('.slide.active'));
  await playing(page);
  return page;
}

function playing(page) {
  return page.waitFor(() => {
    // No selector with the id in it: Blink caches every distinct selector it parses (up to 256),
    // which would show in the heap as growth per video.
    const id = document.querySelector('.slide.active')?.getAttribute('data-video-id');
    const video = id && [...document.querySelectorAll('video')].find((v) => v.dataset.videoId === id);
    return !!video && !video.paused && video.currentTime > 0;
  });
}

/**
 * The page's JS heap after forced garbage collection, as Chromium reports it (V8 and Blink objects
 * together), the same from a heap snapshot split into compiled code (of which optimized code, see
 * {@link optimizedCode}) and the rest, the snapshot's self sizes by constructor (for diffs between
 * two points), the DOM counters and the entries the browser keeps in the performance timeline.
 */
async function heap(page) {
  await page.send('HeapProfiler.enable');
  await page.send('HeapProfiler.collectGarbage');
  await page.send('HeapProfiler.collectGarbage');
  const { usedSize } = await page.send('Runtime.getHeapUsage');
  const chunks = [];
  const off = page.on('HeapProfiler.addHeapSnapshotChunk', (event) => chunks.push(event.chunk));
  await page.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  off();
  await page.send('HeapProfiler.disable');
  // FLICK_BENCH_SNAPSHOTS=<dir> keeps the snapshots, to look for what retains what (DevTools can open them).
  if (process.env.FLICK_BENCH_SNAPSHOTS) writeFileSync(`${process.env.FLICK_BENCH_SNAPSHOTS}/swipes-${heap.count = (heap.count ?? 0) + 1}.heapsnapshot`, chunks.join(''));
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const bytes = { code: 0, other: 0 };
  const byName = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const kind = types[snapshot.nodes[i + type]];
    const label = ['string', 'concatenated string', 'sliced string', 'number', 'bigint', 'code', 'regexp'].includes(kind)
      ? `(${kind})` : `${snapshot.strings[snapshot.nodes[i + name]]}`.slice(0, 80);
    const self = snapshot.nodes[i + size];
    bytes[kind === 'code' ? 'code' : 'other'] += self;
    const entry = (byName[label] ??= { count: 0, bytes: 0 });
    entry.count++;
    entry.bytes += self;
  }
  const optimized = optimizedCode(snapshot);
  const { nodes, jsEventListeners, documents } = await page.send('Memory.getDOMCounters');
  const timeline = await page.evaluate(() => ({
    resources: performance.getEntriesByType('resource').length,
    measures: performance.getEntriesByType('measure').length,
    marks: performance.getEntriesByType('mark').length,
    videoElements: document.querySelectorAll('video').length,
    slides: document.querySelectorAll('.slide').length,
  }));
  return { usedBytes: usedSize, snapshotBytes: { ...bytes, optimizedCode: optimized.bytes }, optimizedCodeObjects: optimized.count, domNodes: nodes, jsEventListeners, documents, ...timeline, byName };
}

/** Parts of an optimized Code object that belong to it alone (followed from it, two steps at most). */
const OWNED_BY_CODE = new Set(['system / InstructionStream', 'system / TrustedByteArray', 'system / ProtectedFixedArray',
  'system / TrustedWeakFixedArray', 'system / CodeWrapper']);

/**
 * The optimized machine code in a heap snapshot (Maglev and TurboFan: only optimized code carries
 * deoptimization data), each Code object with its instructions and tables. V8 optimizes a function
 * once it has been called often enough, so this part grows while more of the page's functions get
 * hot; it is bounded by the functions the page runs, not by the videos watched.
 */
function optimizedCode(snapshot) {
  const { node_fields: nodeFields, edge_fields: edgeFields, edge_types: [edgeTypes] } = snapshot.snapshot.meta;
  const { nodes, edges, strings } = snapshot;
  const [name, size, edgeCount] = ['name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f));
  const [edgeType, edgeName, edgeTo] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
  const firstEdge = new Uint32Array(nodes.length / nodeFields.length + 1);
  for (let n = 0, i = 0; i < nodes.length; i += nodeFields.length, n++) firstEdge[n + 1] = firstEdge[n] + nodes[i + edgeCount] * edgeFields.length;
  const targets = (node) => {
    const ordinal = node / nodeFields.length;
    const out = [];
    for (let e = firstEdge[ordinal]; e < firstEdge[ordinal + 1]; e += edgeFields.length) {
      const named = ['internal', 'property', 'context', 'shortcut', 'weak'].includes(edgeTypes[edges[e + edgeType]]);
      out.push({ name: named ? strings[edges[e + edgeName]] : null, to: edges[e + edgeTo] });
    }
    return out;
  };
  const counted = new Set();
  const result = { bytes: 0, count: 0 };
  const add = (node, depth) => {
    if (counted.has(node)) return;
    counted.add(node);
    result.bytes += nodes[node + size];
    if (depth === 2) return;
    for (const { to } of targets(node)) if (OWNED_BY_CODE.has(strings[nodes[to + name]])) add(to, depth + 1);
  };
  for (let i = 0; i < nodes.length; i += nodeFields.length) {
    if (strings[nodes[i + name]] !== 'system / Code') continue;
    if (!targets(i).some((edge) => edge.name === 'deoptimization_data')) continue;
    result.count++;
    add(i, 0);
  }
  return result;
}

/** What grew most between two heap readings, by constructor (or kind, for strings and code). */
function growth(from, to, top = 15) {
  const names = new Set([...Object.keys(from.byName), ...Object.keys(to.byName)]);
  return [...names].map((label) => ({
    label,
    count: (to.byName[label]?.count ?? 0) - (from.byName[label]?.count ?? 0),
    bytes: (to.byName[label]?.bytes ?? 0) - (from.byName[label]?.bytes ?? 0),
  })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
}

/** Swipes `count` times, waiting `DWELL_MS` on each video; returns the measures of those swipes. */
async function swipeThrough(page, count, onSwipe = async () => {}) {
  const measures = [];
  for (let i = 1; i <= count; i++) {
    await sleep(DWELL_MS);
    // The client clears its measures now and then, so a new one is told apart by its start time.
    const last = await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null, MEASURE);
    const at = await page.evaluate(() => document.querySelector('.slide.active')?.getAttribute('data-video-id'));
    await page.press('ArrowDown', 'ArrowDown', 40);
    const moved = await page.waitFor((id) => document.querySelector('.slide.active')?.getAttribute('data-video-id') !== id,
      at, { timeout: 5000 }).then(() => true, () => false);
    if (!moved) {
      console.log(`feed ended after ${i - 1} swipes`);
      break;
    }
    await playing(page);
    const entry = await page.waitFor(([name, before]) => {
      const newest = performance.getEntriesByName(name).at(-1);
      return newest && newest.startTime !== before ? { ms: newest.duration, ...newest.detail } : null;
    }, [MEASURE, last], { timeout: 10_000 }).catch(() => null);
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

const MB = (bytes) => Math.round(bytes / 10_000) / 100;

const warmPage = await feedPage('');
const heaps = {};
const warm = await swipeThrough(warmPage, SWIPES, async (i) => {
  if (HEAP_AT.has(i)) {
    heaps[i] = await heap(warmPage);
    const h = heaps[i];
    // Used heap without the optimized code: what must not grow with the videos watched (see optimizedCode).
    console.log(`heap after ${i} swipes: ${MB(h.usedBytes)} MB used, ${MB(h.usedBytes - h.snapshotBytes.optimizedCode)} MB without`
      + ` optimized code (code ${MB(h.snapshotBytes.code)} MB, of which optimized ${MB(h.snapshotBytes.optimizedCode)} MB`
      + ` in ${h.optimizedCodeObjects} code objects; rest ${MB(h.snapshotBytes.other)} MB);`
      + ` ${h.domNodes} DOM nodes, ${h.jsEventListeners} listeners, ${h.resources} resource entries, ${h.measures} measures`);
  }
  if (i % 10 === 0) console.log(`prefetched: ${i} swipes`);
});
// After the feed re-based its list (every 20 videos past the first 60), scrolling back must still
// play the videos behind: a sanity check of that path, not a measurement.
let scrolledBack = 0;
for (let i = 0; i < 5; i++) {
  const at = await warmPage.evaluate(() => document.querySelector('.slide.active')?.getAttribute('data-video-id'));
  await warmPage.press('ArrowUp', 'ArrowUp', 38);
  const moved = await warmPage.waitFor((id) => document.querySelector('.slide.active')?.getAttribute('data-video-id') !== id,
    at, { timeout: 5000 }).then(() => true, () => false);
  if (!moved || !(await playing(warmPage).then(() => true, () => false))) break;
  scrolledBack++;
  await sleep(500);
}
const warmErrors = warmPage.errors;
await warmPage.close();

const coldPage = await feedPage('?prefetch=0');
const cold = await swipeThrough(coldPage, COLD_SWIPES, async (i) => { if (i % 10 === 0) console.log(`cold: ${i} swipes`); });
const coldErrors = coldPage.errors;
await coldPage.close();
await browser.close();

const points = Object.keys(heaps).map(Number).sort((a, b) => a - b);
const growths = [];
for (let k = 1; k < points.length; k++) {
  growths.push({ from: points[k - 1], to: points[k], top: growth(heaps[points[k - 1]], heaps[points[k]]) });
}
for (const g of growths) {
  console.log(`grew between ${g.from} and ${g.to} swipes (snapshot self size, bytes, count):`);
  for (const row of g.top.filter((r) => r.bytes > 0).slice(0, 10)) console.log(`  ${String(row.bytes).padStart(9)}  ${String(row.count).padStart(6)}  ${row.label}`);
}
for (const point of points) delete heaps[point].byName;

const prefetchedMeasures = warm.filter((m) => m.warm);
const summary = {
  chromium: 'Debian /usr/bin/chromium, headless, --disable-gpu, 390x844 viewport, DevTools protocol without the Network domain',
  jsFlags: JS_FLAGS,
  dwellMs: DWELL_MS,
  prefetched: stats(prefetchedMeasures.map((m) => m.ms)),
  prefetchedSwipesNotWarm: warm.length - prefetchedMeasures.length,
  cold: stats(cold.map((m) => m.ms)),
  coldSwipesThatWereWarm: cold.filter((m) => m.warm).length,
  heap: heaps,
  swipes: { prefetched: warm.length, cold: cold.length, scrolledBackAtTheEnd: scrolledBack },
  pageErrors: [...warmErrors, ...coldErrors],
};
console.log(JSON.stringify(summary));
