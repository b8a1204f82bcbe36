import type { FeedItem, FeedPage, FeedReason, VideoCard } from '../src/api/types';

/** A published video's card, as the API sends it. */
export function card(id: string, change: Partial<VideoCard> = {}): VideoCard {
  return {
    video_id: id,
    user: { user_id: `u-${id}`, username: `maker_${id}`, display_name: null, avatar_url: null, is_verified: false, is_private: false, follower_count: 0 },
    caption: null, hashtags: [], mentions: [], sound: null,
    video_urls: { master: `/media/${id}/master.m3u8` },
    thumbnail_url: `/media/${id}/poster.jpg`, thumbnail_small_url: null,
    duration: 10, width: 720, height: 1280,
    privacy: 'public', duet_enabled: true, stitch_enabled: true, comment_enabled: true,
    status: 'published',
    stats: { views: 0, likes: 0, comments: 0, shares: 0, saves: 0 },
    user_engagement: { has_liked: false, has_saved: false, has_followed: false },
    created_at: '2026-12-07T12:00:00Z',
    ...change,
  };
}

export function item(id: string, reason: FeedReason = 'trending'): FeedItem {
  return { video_id: id, video: card(id), reason };
}

export function page(ids: readonly string[], nextCursor: string | null, prefetchIds?: string[]): FeedPage {
  return { videos: ids.map((id) => item(id)), next_cursor: nextCursor, ...(prefetchIds ? { prefetch_ids: prefetchIds } : {}) };
}

/** Ids v0, v1, … */
export function ids(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, index) => `v${from + index}`);
}
