import { useEffect, useRef } from 'preact/hooks';
import { entryState, type EntryState } from './router';

/**
 * Back closes sheets, as on a phone's native apps: while any sheet is open there is one history entry
 * of its own above the page (same address, marked `sheet`). Back leaves that entry and closes every
 * open sheet; a sheet closed otherwise (its button, Escape, the backdrop) takes the entry back out.
 * One entry for all sheets, however many open and close in turn (a menu replaced by "why this video"),
 * so the entry never piles up or goes missing between them.
 */
const open = new Set<{ close: () => void }>();
let pushed = false;
let releasing: number | undefined;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('popstate', () => {
    if (!pushed || entryState().sheet) return;
    pushed = false; // Back left the sheet's entry
    for (const sheet of [...open]) sheet.close();
  });
}

function opened(sheet: { close: () => void }): void {
  listen();
  open.add(sheet);
  window.clearTimeout(releasing);
  if (pushed && entryState().sheet) return;
  const here = entryState();
  history.pushState({ depth: here.depth + 1, sheet: true } satisfies EntryState, '');
  pushed = true;
}

function closed(sheet: { close: () => void }): void {
  open.delete(sheet);
  if (open.size > 0 || !pushed) return;
  // Later, not now: a sheet that replaces this one opens in the same render and keeps the entry.
  releasing = window.setTimeout(() => {
    if (open.size > 0 || !pushed) return;
    pushed = false;
    // A link followed from the sheet already replaced its entry (see navigate): nothing to take out.
    if (entryState().sheet) history.back();
  }, 0);
}

/** Makes Back close the sheet that calls this while it is mounted. */
export function useBackCloses(onClose: () => void): void {
  const latest = useRef(onClose);
  latest.current = onClose;
  useEffect(() => {
    const sheet = { close: () => latest.current() };
    opened(sheet);
    return () => closed(sheet);
  }, []);
}
