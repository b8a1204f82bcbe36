import { useEffect, useRef, useState } from 'preact/hooks';
import { describe } from '../api/problems';

export interface Paged<T> {
  items: T[];
  next_cursor: string | null;
  /** The search index is being rebuilt: the answer may be incomplete. */
  degraded?: boolean;
}

/**
 * A cursor-paged list that loads its next page as its end (the `sentinel`) scrolls into view. A
 * new `key` starts it over; an answer for an older key is dropped (its request aborted).
 */
export function usePages<T>(key: string, load: (cursor: string | null, signal: AbortSignal) => Promise<Paged<T>>) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [degraded, setDegraded] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const current = useRef<AbortController | null>(null);

  const fetchPage = async (from: string | null) => {
    if (from !== null && current.current) return; // a page is on its way already
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setLoading(true);
    setError(null);
    try {
      const page = await load(from, controller.signal);
      if (controller.signal.aborted) return;
      setItems((list) => (from === null ? page.items : [...list, ...page.items]));
      setCursor(page.next_cursor);
      setDone(page.next_cursor === null);
      setDegraded(page.degraded === true);
    } catch (e) {
      if (!controller.signal.aborted) setError(describe(e));
    } finally {
      if (current.current === controller) {
        current.current = null;
        setLoading(false);
      }
    }
  };

  useEffect(() => {
    setItems([]);
    setDone(false);
    setCursor(null);
    void fetchPage(null);
    return () => current.current?.abort();
  }, [key]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || done || !cursor) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void fetchPage(cursor);
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cursor, done]);

  return { items, loading, error, done, degraded, sentinel, retry: () => fetchPage(items.length ? cursor : null) };
}
