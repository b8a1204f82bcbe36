// Debian's Chromium driven by playwright-core (it cannot download a browser of its own here).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A phone-sized page that records console errors and uncaught exceptions. Without options it has
 * no touch screen (mouse and keys drive it); `{ hasTouch: true, isMobile: true }` makes a touch phone.
 */
export function phone(browser, errors, options = {}) {
  return page(browser, errors, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: false, ...options });
}

/** A desktop-sized page (a laptop's window) that records console errors and uncaught exceptions. */
export function desktop(browser, errors, options = {}) {
  return page(browser, errors, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, hasTouch: false, ...options });
}

async function page(browser, errors, options) {
  const context = await browser.newContext(options);
  const created = await context.newPage();
  created.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${created.url()}: console error: ${message.text()}`);
  });
  created.on('pageerror', (error) => errors.push(`${created.url()}: uncaught ${error.name}: ${error.message}`));
  return created;
}
