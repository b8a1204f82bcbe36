// Typed calls of the discovery API (issue 17): search, type-ahead, recent searches, trending, and the
// data of the hashtag, sound and challenge pages.
import type { SearchType, Sort } from '../discover/searchUrl';
import { cardList, toItem, type FeedSource } from '../feed/sources';
import { del, get } from './http';
import type {
  Challenge, HashtagInfo, HashtagResults, Leaderboard, RecentSearch, SoundResults, SoundView, Suggestions, Trending,
  UserResults, VideoCard, VideoResults,
} from './types';

type Kind = Exclude<SearchType, 'top'>;
type Results = { videos: VideoResults; users: UserResults; sounds: SoundResults; hashtags: HashtagResults };

const param = encodeURIComponent;

export function search<K extends Kind>(kind: K, query: string, cursor: string | null, limit = 20, signal?: AbortSignal): Promise<Results[K]> {
  return get<Results[K]>(`/api/v1/search/${kind}?q=${param(query)}&limit=${limit}${cursor ? `&cursor=${param(cursor)}` : ''}`, signal);
}

export const suggest = (query: string, signal: AbortSignal) => get<Suggestions>(`/api/v1/search/suggest?q=${param(query)}`, signal);

export const recentSearches = async () => (await get<{ searches: RecentSearch[] }>('/api/v1/search/recent')).searches;
export const forgetSearch = (query: string) => del<void>(`/api/v1/search/recent?query=${param(query)}`);
export const clearSearches = () => del<void>('/api/v1/search/recent');

export const trending = (signal?: AbortSignal) => get<Trending>('/api/v1/trending?limit=12', signal);
export const hashtagInfo = (hashtag: string) => get<HashtagInfo>(`/api/v1/hashtags/${param(hashtag)}`);
export const soundInfo = (soundId: string) => get<SoundView>(`/api/v1/sounds/${param(soundId)}`);
export const challengeInfo = (challengeId: string) => get<Challenge>(`/api/v1/challenges/${param(challengeId)}`);

/** Videos found by a search, as feed pages (the grid's, then the player's); `degraded` hears whether the index is rebuilding. */
export function searchVideos(query: string, degraded: (value: boolean) => void = () => {}): FeedSource {
  return {
    key: `search:${query}`, viewSource: 'search',
    page: async (cursor, signal) => {
      const page = await search('videos', query, cursor, 12, signal);
      degraded(page.degraded);
      return { videos: page.videos.map(toItem), next_cursor: page.next_cursor };
    },
  };
}

export const hashtagVideos = (hashtag: string, sort: Sort): FeedSource =>
  cardList(`tag:${hashtag.toLowerCase()}:${sort}`, `/api/v1/hashtags/${param(hashtag)}/videos?sort=${sort}`, 'hashtag');

export const soundVideos = (soundId: string, sort: Sort): FeedSource =>
  cardList(`sound:${soundId}:${sort}`, `/api/v1/sounds/${param(soundId)}/videos?sort=${sort}`, 'sound');

/** A challenge's leaderboard as feed pages; `rankOf` tells each entry's place on the whole board. */
export function leaderboard(challengeId: string): FeedSource & { rankOf(videoId: string): number | undefined } {
  const ranks = new Map<string, number>();
  return {
    key: `challenge:${challengeId}`, viewSource: 'hashtag',
    rankOf: (videoId) => ranks.get(videoId),
    page: async (cursor, signal) => {
      const board = await get<Leaderboard>(`/api/v1/challenges/${param(challengeId)}/leaderboard?limit=12`
        + `${cursor ? `&cursor=${param(cursor)}` : ''}`, signal);
      for (const entry of board.entries) ranks.set(entry.video.video_id, entry.rank);
      return { videos: board.entries.map((entry) => toItem(entry.video)), next_cursor: board.next_cursor };
    },
  };
}

/** A list the client already holds whole (trending videos): one page, no more. */
export function heldList(key: string, videos: VideoCard[]): FeedSource {
  return { key, viewSource: 'search', page: async () => ({ videos: videos.map(toItem), next_cursor: null }) };
}
