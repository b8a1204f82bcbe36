import type { FeedItem, VideoCard } from '../api/types';

/**
 * What stays of a card the feed dropped to keep its memory bounded (the person is far past it):
 * the video's id, so the entry keeps its place in the list and the card can be fetched again.
 */
export interface EvictedCard {
  readonly evicted: true;
  readonly video_id: string;
}

/** A card as a feed position holds it: the server's, or what eviction left of it. */
export type Card = VideoCard | EvictedCard;

/** An entry whose card was evicted; the rest of the item (its reason, its view source) stays. */
export type EvictedEntry = Omit<FeedItem, 'video'> & { readonly video: EvictedCard };

/** An entry of a feed's list. */
export type FeedEntry = FeedItem | EvictedEntry;

export function evicted(videoId: string): EvictedCard {
  return { evicted: true, video_id: videoId };
}

export function isEvictedCard(card: Card): card is EvictedCard {
  return 'evicted' in card;
}

export function isEvicted(entry: FeedEntry): entry is EvictedEntry {
  return isEvictedCard(entry.video);
}
