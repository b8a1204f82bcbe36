// Chromium driven over the DevTools protocol directly (a pipe, no WebSocket), for memory figures.
//
// Playwright enables the Network domain on every page it drives, and Chromium's network agent then
// keeps a record of every request for the life of the page: a benchmark driven through Playwright
// measures a heap that grows with each video for reasons a visitor's browser does not have. This
// driver enables only what it asks for (Page, Runtime, HeapProfiler), so the heap it reads is the
// page's own.
import { spawn } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/browser.mjs';

/** `jsFlags`: V8 flags for the pages (a diagnosis, say `--no-maglev --no-turbofan`), or none. */
export async function launchBrowser({ jsFlags = '' } = {}) {
  const args = [...CHROMIUM_ARGS, ...(jsFlags ? [`--js-flags=${jsFlags}`] : []), '--remote-debugging-pipe', 'about:blank'];
  const process = spawn(CHROMIUM, args, {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const browser = new Browser(process);
  await browser.send('Target.setDiscoverTargets', { discover: false });
  return browser;
}

class Browser {
  constructor(process) {
    this.process = process;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map(); // sessionId → Map(method → Set(listener))
    this.writer = process.stdio[3];
    let buffered = '';
    process.stdio[4].on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      let end;
      while ((end = buffered.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        this.receive(message);
      }
    });
    process.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Chromium exited'));
      this.pending.clear();
    });
  }

  receive(message) {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
      return;
    }
    const handlers = this.listeners.get(message.sessionId ?? '')?.get(message.method);
    if (handlers) for (const handler of handlers) handler(message.params);
  }

  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.writer.write(`${JSON.stringify(message)}\0`);
    });
  }

  on(sessionId, method, handler) {
    if (!this.listeners.has(sessionId)) this.listeners.set(sessionId, new Map());
    const byMethod = this.listeners.get(sessionId);
    if (!byMethod.has(method)) byMethod.set(method, new Set());
    byMethod.get(method).add(handler);
    return () => byMethod.get(method).delete(handler);
  }

  /** A page in a fresh browser context (its own storage), phone-sized. */
  async newPage({ width = 390, height = 844 } = {}) {
    const { browserContextId } = await this.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId, targetId, browserContextId);
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    await page.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    // A headless page is never the focused window: without this, key events and focus misbehave.
    await page.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    return page;
  }

  async close() {
    try {
      await Promise.race([this.send('Browser.close'), new Promise((resolve) => setTimeout(resolve, 5000))]);
    } finally {
      this.process.kill();
    }
  }
}

class Page {
  constructor(browser, sessionId, targetId, browserContextId) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.targetId = targetId;
    this.browserContextId = browserContextId;
    this.errors = [];
    this.context = null; // the main frame's default execution context, where evaluate() runs
    browser.on(sessionId, 'Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.isDefault && context.auxData?.frameId === targetId) this.context = context.id;
    });
    browser.on(sessionId, 'Runtime.exceptionThrown', (e) => this.errors.push(e.exceptionDetails?.exception?.description ?? e.exceptionDetails?.text));
    browser.on(sessionId, 'Runtime.consoleAPICalled', (e) => {
      if (e.type === 'error') this.errors.push(e.args.map((a) => a.value ?? a.description).join(' '));
    });
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  on(method, handler) {
    return this.browser.on(this.sessionId, method, handler);
  }

  async goto(url) {
    const loaded = new Promise((resolve) => {
      const off = this.on('Page.loadEventFired', () => {
        off();
        resolve();
      });
    });
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`navigating to ${url}: ${errorText}`);
    await loaded;
  }

  /**
   * Calls `fn(arg)` in the page (`arg` must be JSON). The function's source goes as it is and the
   * argument separately, so V8 compiles each function once: a new source per call (the argument
   * written into it) would leave a compiled script per call in the page's heap.
   */
  async evaluate(fn, arg) {
    const { result, exceptionDetails } = await this.send('Runtime.callFunctionOn', {
      functionDeclaration: String(fn),
      executionContextId: this.context,
      arguments: [{ value: arg ?? null }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Polls `fn(arg)` until it returns something truthy (returned), or throws after `timeout` ms. */
  async waitFor(fn, arg, { timeout = 30_000, every = 25 } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      // A navigation may replace the context between two polls: that poll just counts as a no.
      const value = await this.evaluate(fn, arg).catch(() => null);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${String(fn).slice(0, 80)}`);
      await sleep(every);
    }
  }

  async press(key, code = key, keyCode = 0) {
    const event = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  }

  async close() {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    await this.browser.send('Target.disposeBrowserContext', { browserContextId: this.browserContextId }).catch(() => {});
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
