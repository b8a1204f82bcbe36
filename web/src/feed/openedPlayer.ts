import type { VideoCard } from '../api/types';
import { navigate } from '../ui/router';
import { Store } from '../ui/store';
import { isEvicted, type FeedEntry } from './entries';
import type { FeedModel } from './FeedModel';

/**
 * A list (a profile's grid, a hashtag's) played in the vertical feed over the page it was opened
 * from. It has a history entry of its own whose address is the video on screen, so Back closes it
 * and a reload or a copied address opens that video.
 */
export interface OpenedPlayer {
  model: FeedModel;
  label: string;
  /** What its back arrow says ("Back to #cats"). */
  closeLabel: string;
  /** The address it was opened from, shown again under it. */
  from: string;
  /** How far the page under it was scrolled, restored when it closes. */
  scrollTop: number;
  /** The address of a video of this list. */
  pathOf: (video: VideoCard) => string;
  /** The address of the video on screen. */
  path: string;
}

export const openedPlayer = new Store<OpenedPlayer | null>(null);

export function openPlayer(model: FeedModel, label: string, closeLabel: string, pathOf: (video: VideoCard) => string): void {
  const item = model.state.get().items[model.position];
  if (!item || isEvicted(item)) return;
  openedPlayer.get()?.model.dispose();
  const path = pathOf(item.video);
  const content = document.getElementById('content');
  openedPlayer.set({
    model, label, closeLabel, pathOf, path,
    from: window.location.pathname + window.location.search,
    scrollTop: content?.scrollTop ?? 0,
  });
  navigate(path);
}

/** The player follows the video on screen with its address (replacing its entry, not adding one). */
export function showing(player: OpenedPlayer, item: FeedEntry): void {
  if (isEvicted(item)) return;
  const path = player.pathOf(item.video);
  if (path === player.path || openedPlayer.get() !== player || !isActive(player, new URL(window.location.href))) return;
  openedPlayer.set({ ...player, path });
  navigate(path, { replace: true });
}

/** Whether the player is what the address shows (Back, or a link followed from it, leaves it). */
export function isActive(player: OpenedPlayer, url: URL): boolean {
  return url.pathname === new URL(player.path, url.origin).pathname;
}

/** Forgets a player that is no longer shown, giving the page under it its scroll position back. */
export function closed(player: OpenedPlayer): void {
  if (openedPlayer.get() !== player) return;
  player.model.dispose();
  openedPlayer.set(null);
  const content = document.getElementById('content');
  if (content) requestAnimationFrame(() => { content.scrollTop = player.scrollTop; });
}
