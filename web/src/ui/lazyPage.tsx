import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A page whose code is fetched the first time it is shown (a dynamic import: a chunk of its own),
 * so the first screen loads only the feed. While it loads, a spinner; if it cannot be fetched
 * (offline, or a release replaced the chunk), a sentence and a way to try again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchPage = () => {
    loading ??= load().then((page) => (loaded = page)).catch((error: unknown) => {
      loading = null; // the next attempt fetches again
      throw error;
    });
    return loading;
  };
  return function LazyPage(props: P) {
    const [page, setPage] = useState<ComponentType<P> | null>(loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (page) return;
      let current = true;
      fetchPage().then((found) => current && setPage(() => found), () => current && setFailed(true));
      return () => {
        current = false;
      };
    }, [attempt]);
    if (page) {
      const Page = page;
      return <Page {...props} />;
    }
    if (failed) {
      return (
        <main class="page centered">
          <p role="alert">This page could not be loaded. You may be offline.</p>
          <button type="button" class="button" onClick={() => { setFailed(false); setAttempt((n) => n + 1); }}>Try again</button>
        </main>
      );
    }
    return <div class="page centered"><div class="spinner" role="status" aria-label="Loading" /></div>;
  };
}
