/** The timer functions a type-ahead waits with (the window's; a manual clock in tests). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const windowTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

/** How long typing must pause before suggestions are asked for: about one keystroke. */
export const TYPE_AHEAD_DELAY = 150;

/**
 * Asks for suggestions as a person types. It waits until the typing pauses (`delay`), and every new
 * keystroke aborts the request made for the text before it: an answer is shown only for the text
 * in the box, never a late answer to an older one.
 */
export class TypeAhead<T> {
  private timer: unknown = undefined;
  private inFlight: AbortController | null = null;

  constructor(
    private readonly ask: (query: string, signal: AbortSignal) => Promise<T>,
    /** Receives the answer for `query`, or null when the box is empty or the request failed. */
    private readonly show: (query: string, answer: T | null) => void,
    private readonly delay = TYPE_AHEAD_DELAY,
    private readonly timers: Timers = windowTimers,
  ) {}

  /** The box now holds `text`. */
  input(text: string): void {
    this.cancel();
    const query = text.trim();
    if (!query) {
      this.show('', null);
      return;
    }
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.request(query);
    }, this.delay);
  }

  /** Forgets what is waiting or on its way (the box was submitted, or left). */
  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = null;
  }

  /** Whether a request is waiting for the pause or for its answer. */
  get pending(): boolean {
    return this.timer !== undefined || this.inFlight !== null;
  }

  private async request(query: string): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    let answer: T | null = null;
    try {
      answer = await this.ask(query, controller.signal);
    } catch {
      answer = null; // suggestions are a help: a failed one shows none, the search itself still works
    }
    if (controller.signal.aborted) return;
    this.inFlight = null;
    this.show(query, answer);
  }
}

/**
 * The option a listbox's arrow keys move to: -1 is the text box itself. Down from the box goes to
 * the first option, Up from it to the last, and past either end back to the box.
 */
export function moveActive(active: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  const positions = count + 1; // the options and the box
  return ((active + 1 + delta + positions) % positions) - 1;
}
