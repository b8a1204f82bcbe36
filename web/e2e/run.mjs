// End-to-end tests of the web client in Debian's Chromium against a real Flick server.
//
//   node e2e/run.mjs <base-url> <fixtures.json> <suite>
//
// Runs one suite, e2e/suites/<suite>.mjs (see harness.mjs for what a suite receives), in a browser
// of its own. The fixtures (written by the server's WebClientBrowserTests, which starts the server
// and runs every suite) name a catalog of published videos, their creators, and a clip file to
// upload. Exits non-zero on the first failed step, after printing what it saw, or when the pages
// logged console errors; screenshots of failures go to e2e/output/.
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { harness } from './harness.mjs';

const [base, fixturesPath, suite] = process.argv.slice(2);
if (!base || !fixturesPath || !suite) {
  console.error('usage: node e2e/run.mjs <base-url> <fixtures.json> <suite>');
  process.exit(2);
}
const fixtures = JSON.parse(readFileSync(fixturesPath, 'utf8'));
const module = await import(`./suites/${suite}.mjs`);
const browser = await launch();
let failed = false;
try {
  const t = await harness({ browser, base, fixtures, suite, ...(module.options ?? {}) });
  try {
    await module.default(t);
    await t.step('the pages logged no console errors', async () => {
      t.check(t.errors.length === 0, `console errors:\n  ${t.errors.join('\n  ')}\n`
        + `failed responses:\n  ${t.failedResponses.join('\n  ')}`);
    });
  } catch {
    failed = true; // reported by step()
  }
} finally {
  await browser.close();
}
console.log(failed ? `e2e ${suite}: FAILED` : `e2e ${suite}: all steps passed`);
process.exit(failed ? 1 : 0);
