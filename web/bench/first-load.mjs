// First load of the feed on a simulated slow 4G phone: time from navigation to the first video frame
// on screen, for two (or more) builds of the web client side by side in one run.
//
//   node bench/first-load.mjs <flick-base-url> <label>=<build-dir>[:plain] ... [runs=7]
//
// e.g. node bench/first-load.mjs http://localhost:8080 before=/tmp/old/dist:plain after=target/classes/META-INF/resources
//
// Each build is served by a small server of this script's own, as Flick serves a client: its files
// (the precompressed .br/.gz copy when the build has one and the browser accepts it, as
// io.flick.site.StaticAssets does), index.html for any other page, and /api and /media passed on
// to the Flick server. ":plain" marks a build whose server compressed nothing (before precompression
// and JSON compression): its API requests go without Accept-Encoding. Runs alternate between the
// builds, each in a fresh browser context (empty caches, no service worker), a 390x844 phone at 2x
// on Chromium's network emulation (150 ms RTT, 1.6 Mbps down, 750 kbps up, the "slow 4G" of
// Lighthouse) and 4x CPU slowdown. Prints a table of medians and a JSON summary on the last line.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchBrowser } from './cdp.mjs';

const args = process.argv.slice(2);
const base = args.shift();
const runsArg = args.find((a) => /^runs=\d+$/.test(a));
const RUNS = runsArg ? Number(runsArg.slice(5)) : 7;
const builds = args.filter((a) => a.includes('=') && a !== runsArg).map((spec) => {
  const [label, rest] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
  const plain = rest.endsWith(':plain');
  return { label, dir: plain ? rest.slice(0, -':plain'.length) : rest, plain };
});
if (!base || builds.length === 0) {
  console.error('usage: node bench/first-load.mjs <flick-base-url> <label>=<build-dir>[:plain] ... [runs=7]');
  process.exit(2);
}

const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const CPU_SLOWDOWN = 4;
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

function serve(build) {
  const flick = new URL(base);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (/^\/(api|media|v3)\//.test(path)) {
      const headers = { ...req.headers, host: flick.host };
      if (build.plain) delete headers['accept-encoding'];
      const upstream = httpRequest({ host: flick.hostname, port: flick.port, path: req.url, method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    let file = normalize(join(build.dir, path));
    const isFile = file.startsWith(normalize(build.dir)) && existsSync(file) && statSync(file).isFile();
    if (!isFile) file = join(build.dir, 'index.html');
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'Accept-Encoding',
    };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    for (const [coding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(coding) && existsSync(file + suffix)) {
        headers['content-encoding'] = coding;
        file += suffix;
        break;
      }
    }
    res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Records, in the page, when the video of the slide on screen presents its first frame. */
const FIRST_FRAME_PROBE = `(() => {
  window.__flickFirstFrame = null;
  const watch = (video) => {
    if (video.__probed || !video.requestVideoFrameCallback) return;
    video.__probed = true;
    const onFrame = (now, meta) => {
      const active = document.querySelector('.slide.active')?.getAttribute('data-video-id');
      if (window.__flickFirstFrame === null && active && video.dataset.videoId === active) {
        window.__flickFirstFrame = meta.expectedDisplayTime ?? now;
      } else if (window.__flickFirstFrame === null) {
        video.requestVideoFrameCallback(onFrame);
      }
    };
    video.requestVideoFrameCallback(onFrame);
  };
  new MutationObserver(() => document.querySelectorAll('video').forEach(watch))
    .observe(document, { subtree: true, childList: true });
})();`;

async function measure(browser, url) {
  const page = await browser.newPage();
  await page.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
  await page.send('Network.enable');
  await page.send('Network.setCacheDisabled', { cacheDisabled: false });
  await page.send('Network.emulateNetworkConditions', NETWORK);
  await page.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.send('Page.addScriptToEvaluateOnNewDocument', { source: FIRST_FRAME_PROBE });
  const requests = new Map();
  const bytes = { script: 0, total: 0 };
  let firstSegment = null;
  page.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    requests.set(requestId, type);
    const rung = /\/(\d+p)\/(init\.mp4|seg_\d+\.m4s)$/.exec(new URL(request.url).pathname)?.[1];
    if (rung && firstSegment === null) firstSegment = rung;
  });
  let done = false;
  page.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (done) return;
    bytes.total += encodedDataLength;
    if (requests.get(requestId) === 'Script') bytes.script += encodedDataLength;
  });
  await page.goto(`${url}/`);
  const firstFrame = await page.waitFor(() => window.__flickFirstFrame, null, { timeout: 90_000, every: 50 });
  done = true;
  const paints = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime])));
  await page.close();
  return { firstFrame, fcp: paints['first-contentful-paint'] ?? null, scriptBytes: bytes.script, totalBytes: bytes.total, firstSegment };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const served = [];
for (const build of builds) served.push({ ...build, ...(await serve(build)), runs: [] });
const browser = await launchBrowser();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const build of served) {
      const result = await measure(browser, build.url);
      build.runs.push(result);
      console.log(`${build.label} run ${run + 1}: first frame ${Math.round(result.firstFrame)} ms, FCP ${Math.round(result.fcp)} ms, `
        + `scripts ${Math.round(result.scriptBytes / 1024)} KB, total ${Math.round(result.totalBytes / 1024)} KB, first segment ${result.firstSegment}`);
    }
  }
} finally {
  await browser.close();
  for (const build of served) build.server.close();
}

const summary = served.map((build) => ({
  label: build.label,
  runs: build.runs.length,
  first_frame_ms: Math.round(median(build.runs.map((r) => r.firstFrame))),
  first_frame_min_ms: Math.round(Math.min(...build.runs.map((r) => r.firstFrame))),
  first_frame_max_ms: Math.round(Math.max(...build.runs.map((r) => r.firstFrame))),
  fcp_ms: Math.round(median(build.runs.map((r) => r.fcp))),
  script_kb: Math.round(median(build.runs.map((r) => r.scriptBytes)) / 1024),
  total_kb: Math.round(median(build.runs.map((r) => r.totalBytes)) / 1024),
  first_segments: [...new Set(build.runs.map((r) => r.firstSegment))].join(' '),
}));
console.log('\n| build | runs | first frame, median (min–max) | first contentful paint | scripts transferred | all bytes to first frame | first segment |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const s of summary) {
  console.log(`| ${s.label} | ${s.runs} | ${s.first_frame_ms} ms (${s.first_frame_min_ms}–${s.first_frame_max_ms}) | ${s.fcp_ms} ms | ${s.script_kb} KB | ${s.total_kb} KB | ${s.first_segments} |`);
}
console.log(JSON.stringify(summary));
