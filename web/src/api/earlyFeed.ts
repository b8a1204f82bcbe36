import type { FeedPage } from './types';

/**
 * The first request of a first visit, sent before the app's code has arrived. A signed-out visitor
 * opening For You needs its first page, then the first video's poster and master playlist; on a
 * slow link those round trips used to wait for the ~140 KB of scripts. A tiny script of its own
 * (src/early.ts, loaded beside the app's) starts them at once: the page is handed to the app's
 * first identical request (api/http.ts takes it), the poster and the playlist wait in the HTTP cache.
 */

/** For You's first page, exactly as the For You source asks for it (a test keeps the two equal). */
export const FOR_YOU_FIRST_PAGE = '/api/v1/feed/for-you?limit=10';

export interface Early {
  path: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __flickEarly?: Early;
  }
}

/** Starts the first page of For You for a signed-out visitor on it; does nothing on any other page. */
export function startEarlyFeed(): void {
  if (location.pathname !== '/' || localStorage.getItem('flick.session') !== null) return;
  const response = fetch(FOR_YOU_FIRST_PAGE, { headers: { accept: 'application/json' } });
  window.__flickEarly = { path: FOR_YOU_FIRST_PAGE, response };
  response.then((answer) => (answer.ok ? answer.clone().json() as Promise<FeedPage> : null)).then((page) => {
    const video = page?.videos?.[0]?.video;
    if (video?.thumbnail_url) preload(video.thumbnail_url, 'image');
    // hls.js fetches the playlist by XHR, which a <link rel=preload> does not serve: a plain
    // request leaves it in the HTTP cache (media answers are cacheable), where the XHR finds it.
    if (video?.video_urls?.master) void fetch(video.video_urls.master).catch(() => {});
  }).catch(() => {
    // The app's own request will fail the same way and say so.
  });
}

function preload(href: string, as: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = as;
  link.href = href;
  document.head.appendChild(link);
}
