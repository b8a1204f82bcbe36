// What every browser suite needs: a page that records console errors, named steps that screenshot
// their failure, waits for background work, the API as the signed-in person, and the feed's player.
//
// A suite is a module under e2e/suites/ whose default export receives a harness:
//
//   export default async function (t) {
//     await t.step('what a person does and sees', async () => { ... t.page ... t.check(...) });
//   }
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { desktop, phone } from './browser.mjs';

const output = join(dirname(fileURLToPath(import.meta.url)), 'output');

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.base the server's base URL
 * @param {object} options.fixtures the catalog WebClientBrowserTests published
 * @param {string} options.suite the suite's name, prefixing screenshots
 * @param {'phone'|'desktop'} [options.device]
 * @param {object} [options.context] more Playwright context options (permissions, hasTouch, …)
 */
export async function harness({ browser, base, fixtures, suite, device = 'phone', context = {} }) {
  const errors = [];
  const failedResponses = [];
  const open = (kind = device, more = {}) => (kind === 'desktop' ? desktop : phone)(browser, errors, more);
  const page = await open(device, context);
  page.setDefaultTimeout(20_000);
  page.context().on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });

  const t = {
    browser, base, fixtures, page, errors, failedResponses, check,
    /** A unique word for names, captions and addresses made by this run. */
    unique: `${suite.replace(/\W/g, '').slice(0, 6)}${Date.now().toString(36)}`,
    /** Another page in a context of its own (another person, or signed out). */
    open,

    async step(name, body) {
      const started = Date.now();
      try {
        await body();
        console.log(`ok   ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        console.log(`FAIL ${name}: ${error.stack ?? error}`);
        mkdirSync(output, { recursive: true });
        const file = join(output, `${suite}-${name.replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: file }).catch(() => {});
        console.log(`     screenshot: ${file}; page: ${page.url()}`);
        throw error;
      }
    },

    /** Waits (a few seconds at most) for something the page does in the background. */
    async eventually(condition, message, on = page) {
      for (let attempt = 0; attempt < 50; attempt++) {
        if (await condition()) return;
        await on.waitForTimeout(100);
      }
      throw new Error(message);
    },

    token: (on = page) => on.evaluate(() => JSON.parse(localStorage.getItem('flick.session') ?? 'null')?.accessToken),

    /** The API as the person signed in on the page; fails the step on an error answer. */
    async api(path, options = {}, on = page) {
      const response = await on.request.fetch(base + path, {
        ...options,
        headers: { authorization: `Bearer ${await t.token(on)}`, ...(options.headers ?? {}) },
      });
      check(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`);
      return response.status() === 204 ? null : response.json();
    },

    /** The code the dev outbox holds for an address (delivered after commit, so waited for). */
    async outboxCode(to, on = page) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const outbox = await (await on.request.get(`${base}/api/v1/dev/outbox?to=${encodeURIComponent(to)}`)).json();
        const code = /\b(\d{6})\b/.exec(outbox.messages[0]?.body ?? '')?.[1];
        if (code) return code;
        await on.waitForTimeout(200);
      }
      throw new Error(`no verification code reached the dev outbox for ${to}`);
    },

    /** Signs a new person up through the sign-up page, leaving the page on the feed. */
    async signUp(on = page, who = {}) {
      const name = who.username ?? `${t.unique}${Math.floor(Math.random() * 1e4)}`;
      const person = { email: `${name}@example.com`, username: name, password: 'a long enough secret', ...who };
      await on.goto(`${base}/signup`);
      await on.fill('input[name=email]', person.email);
      await on.fill('input[name=username]', person.username);
      await on.fill('input[name=password]', person.password);
      await on.click('button:has-text("Send code")');
      await on.waitForSelector('input[name=code]');
      await on.fill('input[name=code]', await t.outboxCode(person.email, on));
      await on.click('button:has-text("Verify and continue")');
      await on.waitForURL(`${base}/`);
      return person;
    },

    /** The feed's video on screen, once its player is really playing. */
    async playing(on = page) {
      const id = await on.locator('.slide.active').getAttribute('data-video-id');
      await on.waitForFunction((videoId) => {
        const video = document.querySelector(`video[data-video-id="${videoId}"]`);
        return video && !video.paused && video.currentTime > 0 && video.readyState >= 2;
      }, id);
      return id;
    },

    /** Moves the feed on by a key ('ArrowDown', 'j', …) or 'wheel', and waits for the next video to play. */
    async swipe(how, on = page) {
      const before = await on.locator('.slide.active').getAttribute('data-video-id');
      if (how === 'wheel') {
        await on.mouse.move(195, 400);
        await on.mouse.wheel(0, 120);
      } else {
        await on.keyboard.press(how);
      }
      await on.waitForFunction((id) => document.querySelector('.slide.active')?.getAttribute('data-video-id') !== id, before)
        .catch(async (error) => {
          const where = await on.locator('.slide.active').getAttribute('aria-label');
          const state = await on.evaluate(() => {
            const scroller = document.querySelector('.feed-scroller');
            return {
              scrollTop: scroller?.scrollTop, height: scroller?.clientHeight,
              focused: document.activeElement?.outerHTML.slice(0, 80),
              slides: [...document.querySelectorAll('.slide')].map((s) => s.getAttribute('aria-label')),
              events: window.__scrollLog?.slice(-30),
            };
          });
          throw new Error(`a swipe (${how}) did not move on from ${where}: ${error.message}\n`
            + `page: ${JSON.stringify(state)}\nerrors so far: ${errors.join('; ') || 'none'}`);
        });
      return t.playing(on);
    },

    /** Drops the console errors matching a predicate: ones the step provoked on purpose. */
    expectErrors(matches) {
      for (let i = errors.length - 1; i >= 0; i--) if (matches(errors[i])) errors.splice(i, 1);
    },
  };
  return t;
}
