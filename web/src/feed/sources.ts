import { get } from '../api/http';
import type { FeedItem, FeedPage, NewVideos, VideoCard } from '../api/types';
import type { ViewSource } from './WatchReporter';

/** Where a vertical feed gets its pages from, and how its views are labelled. */
export interface FeedSource {
  /** Identifies the list (a feed tab, a profile's videos …) for caching its state. */
  readonly key: string;
  readonly viewSource: ViewSource;
  page(cursor: string | null, signal: AbortSignal): Promise<FeedPage>;
  /**
   * How many videos the server has above `after` (the video at the top of the list), for feeds
   * where new ones appear at the top (Following, Friends); absent where that means nothing.
   */
  newer?(after: string, signal: AbortSignal): Promise<number>;
}

const PAGE = 10;

function query(cursor: string | null, extra = '', separator = '?'): string {
  return `${separator}limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}${extra}`;
}

function feedTab(key: string, path: string, viewSource: ViewSource, extra = ''): FeedSource {
  return {
    key, viewSource,
    page: (cursor, signal) => get<FeedPage>(`/api/v1/feed/${path}${query(cursor, extra)}`, signal),
  };
}

export const forYou = feedTab('for-you', 'for-you', 'fyp');
export const following = withNewer(feedTab('following', 'following', 'following'), 'following');
export const friends = withNewer(feedTab('friends', 'friends', 'friends'), 'friends');

function withNewer(source: FeedSource, path: string): FeedSource {
  return {
    ...source,
    newer: async (after, signal) =>
      (await get<NewVideos>(`/api/v1/feed/${path}/new?after=${encodeURIComponent(after)}`, signal)).count,
  };
}

/** Plain card lists (a profile's videos, liked videos) turned into feed pages. */
export function cardList(key: string, path: string, viewSource: ViewSource): FeedSource {
  return {
    key, viewSource,
    page: async (cursor, signal) => {
      // A path may carry its own parameters already (a search's q, a sort).
      const list = await get<{ videos: VideoCard[]; next_cursor: string | null }>(
        `${path}${query(cursor, '', path.includes('?') ? '&' : '?')}`, signal);
      return { videos: list.videos.map(toItem), next_cursor: list.next_cursor };
    },
  };
}

export const toItem = (video: VideoCard): FeedItem => ({ video_id: video.video_id, video });

/**
 * The person's saved videos: the server lists ids (newest save first), the cards are fetched by id;
 * a video that went away since (deleted, made private) is left out.
 */
export function savedVideos(): FeedSource {
  return {
    key: 'saved', viewSource: 'profile',
    page: async (cursor, signal) => {
      const list = await get<{ videos: { video_id: string }[]; next_cursor: string | null }>(`/api/v1/users/me/saved${query(cursor)}`, signal);
      const cards = await Promise.all(list.videos.map((saved) =>
        get<VideoCard>(`/api/v1/videos/${encodeURIComponent(saved.video_id)}`, signal).catch(() => null)));
      return { videos: cards.filter((card): card is VideoCard => card !== null).map(toItem), next_cursor: list.next_cursor };
    },
  };
}

/** A shared link: that one video first, then For You. */
export function sharedVideo(video: VideoCard): FeedSource {
  return {
    key: `share:${video.video_id}`, viewSource: 'share',
    page: async (cursor, signal) => {
      if (cursor === null) return { videos: [toItem(video)], next_cursor: 'for-you:' };
      const page = await forYou.page(cursor === 'for-you:' ? null : cursor.slice('for-you:'.length), signal);
      const rest = page.videos.filter((item) => item.video_id !== video.video_id)
        .map((item): FeedItem => ({ ...item, view_source: 'fyp' }));
      return { ...page, videos: rest,
        next_cursor: page.next_cursor === null ? null : `for-you:${page.next_cursor}` };
    },
  };
}
