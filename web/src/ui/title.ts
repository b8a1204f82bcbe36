import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { VideoCard } from '../api/types';

const SITE = 'Flick';
/** Captions in titles are cut here: a tab shows about this much. */
const CAPTION_IN_TITLE = 40;

/**
 * Whether the pages under it are what the person sees: false for a page kept under a player opened
 * from it, whose title must not replace the player's, and which names itself again when shown.
 */
export const TitleShown = createContext(true);

/** The document's title names what is on screen (tabs, history, bookmarks, screen readers announce it). */
export function useTitle(title: string | null): void {
  const shown = useContext(TitleShown);
  useEffect(() => {
    if (title && shown) document.title = title;
  }, [title, shown]);
}

export const sectionTitle = (name: string) => `${name} — ${SITE}`;
export const profileTitle = (username: string) => `@${username} on ${SITE}`;
export const tagTitle = (tag: string) => `#${tag} on ${SITE}`;

/** "Caption… — @ana on Flick", or "@ana on Flick" for a video without a caption. */
export function videoTitle(video: VideoCard): string {
  const caption = (video.caption ?? '').replace(/\s+/g, ' ').trim();
  const by = profileTitle(video.user.username);
  if (!caption) return by;
  const chars = [...caption];
  const short = chars.length > CAPTION_IN_TITLE ? `${chars.slice(0, CAPTION_IN_TITLE - 1).join('').trimEnd()}…` : caption;
  return `${short} — ${by}`;
}
