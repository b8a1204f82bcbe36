import { Store } from './store';

export interface Toast {
  id: number;
  text: string;
}

/** Short messages read out by screen readers (the app renders them in a polite live region). */
export const toasts = new Store<Toast[]>([]);
let next = 1;

export function toast(text: string, millis = 3500): void {
  const id = next++;
  toasts.set([...toasts.get(), { id, text }].slice(-3));
  setTimeout(() => toasts.set(toasts.get().filter((t) => t.id !== id)), millis);
}
