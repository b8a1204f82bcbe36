// JSON shapes of the Flick API (snake_case, as the server sends them). Only the fields the client uses.
// ./contract.ts checks each against the server's OpenAPI document: a field named or typed differently fails tsc.

export interface UserSummary {
  user_id: string;
  username: string;
  display_name: string | null;
  avatar_url: string | null;
  is_verified: boolean;
  is_private: boolean;
  follower_count: number;
}

export interface Profile extends UserSummary {
  bio: string | null;
  following_count: number;
  likes_count: number;
  video_count: number;
  created_at: string;
  email?: string;
  phone?: string;
  liked_videos_public: boolean;
  /** How the signed-in viewer stands towards this user ("none" for visitors). */
  relationship: Relationship;
}

export type Relationship = 'self' | 'none' | 'following' | 'requested' | 'follows_you' | 'friends';

export interface Sound {
  sound_id: string;
  name: string;
  duration: number;
  usage_count: number;
}

export interface VideoStats {
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
}

export interface VideoCard {
  video_id: string;
  user: UserSummary;
  caption: string | null;
  hashtags: string[];
  mentions: { user_id: string; username: string }[];
  sound: Sound | null;
  video_urls: Record<string, string>;
  thumbnail_url: string | null;
  thumbnail_small_url: string | null;
  duration: number | null;
  width: number | null;
  height: number | null;
  privacy: 'public' | 'friends' | 'private';
  duet_enabled: boolean;
  stitch_enabled: boolean;
  comment_enabled: boolean;
  status: string;
  stats: VideoStats;
  user_engagement: { has_liked: boolean; has_saved: boolean; has_followed: boolean };
  created_at: string;
}

/**
 * Why an item is in a feed (the server's FeedReason codes). For You's backfill, once the viewer has
 * seen everything the sources propose: 'catalogue' (never seen, proposed by no source) and 'rewatch'.
 */
export type FeedReason =
  | 'followed_creator' | 'trending' | 'popular' | 'fresh' | 'topic' | 'co_engagement' | 'similar_content' | 'diverse'
  | 'rewatch' | 'catalogue';

export interface FeedItem {
  video_id: string;
  video: VideoCard;
  reason?: FeedReason;
  /** Client-side: where this item's view is counted from when it differs from its list's. */
  view_source?: 'fyp';
}

export interface FeedPage {
  videos: FeedItem[];
  next_cursor: string | null;
  prefetch_ids?: string[];
}

export interface WhyThisVideo {
  video_id: string;
  reason: FeedReason;
  explanation: string;
  signals: { name: string; description: string }[];
}

export interface Comment {
  comment_id: string;
  video_id: string;
  parent_comment_id: string | null;
  user: UserSummary | null;
  text: string;
  like_count: number;
  reply_count: number;
  has_liked: boolean;
  created_at: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  user: Profile;
}

export interface UploadInit {
  upload_id: string;
  upload_url: string;
  upload_method: string;
  upload_headers: Record<string, string>;
  resumable_url: string;
  expires_at: string;
}

export interface VideoStatus {
  video_id: string;
  status: 'processing' | 'published' | 'failed' | string;
  available_qualities: string[];
  thumbnail_url: string | null;
  duration: number | null;
  progress: number;
  estimated_completion: string | null;
  failure_reason: string | null;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** How many videos a feed has above the one at the top of the client's list (Following, Friends). */
export interface NewVideos {
  count: number;
}

// ---------- discovery (issue 17): search, type-ahead, trending, hashtag, sound and challenge pages ----------

/** A person in search results and trending creators: how the viewer stands towards them (absent for a visitor). */
export interface PersonResult {
  user: UserSummary;
  relationship?: Relationship | null;
}

export interface SoundResult {
  sound_id: string;
  name: string;
  duration: number;
  usage_count: number;
  is_original: boolean;
  author: UserSummary | null;
}

export interface HashtagResult {
  hashtag: string;
  video_count: number;
}

/** Every search answer: the query as the server read it, and whether the index is being rebuilt. */
interface SearchAnswer {
  query: string;
  next_cursor: string | null;
  degraded: boolean;
}

export interface VideoResults extends SearchAnswer { videos: VideoCard[] }
export interface UserResults extends SearchAnswer { users: PersonResult[] }
export interface SoundResults extends SearchAnswer { sounds: SoundResult[] }
export interface HashtagResults extends SearchAnswer { hashtags: HashtagResult[] }

export type Suggestion =
  | { type: 'query'; text: string }
  | { type: 'user'; text: string; user: UserSummary }
  | { type: 'hashtag'; text: string; hashtag: string; video_count: number }
  | { type: 'sound'; text: string; sound_id: string }
  | { type: 'video'; text: string; video_id: string; thumbnail_url: string | null };

export interface Suggestions {
  query: string;
  suggestions: Suggestion[];
  degraded: boolean;
}

export interface RecentSearch {
  query: string;
  searched_at: string;
}

export interface Trending {
  videos: VideoCard[];
  hashtags: (HashtagResult & { view_count: number })[];
  sounds: SoundResult[];
  creators: PersonResult[];
  updated_at: string;
}

export interface ChallengeSummary {
  challenge_id: string;
  title: string;
  description: string;
  status: ChallengeStatus;
  ends_at: string;
}

export type ChallengeStatus = 'upcoming' | 'active' | 'ended';

export interface Challenge extends ChallengeSummary {
  hashtag: string;
  rules: string;
  starts_at: string;
  sound: Sound | null;
  cover_url: string | null;
  creator: UserSummary;
  entry_count: number;
}

export interface HashtagInfo {
  hashtag: string;
  video_count: number;
  view_count: number;
  challenge: ChallengeSummary | null;
}

export interface LeaderboardEntry {
  rank: number;
  score: number;
  video: VideoCard;
}

export interface Leaderboard {
  challenge_id: string;
  frozen: boolean;
  entries: LeaderboardEntry[];
  next_cursor: string | null;
}

/** A sound's own page: its name, author, uses and a preview of its audio. */
export interface SoundView {
  sound_id: string;
  name: string;
  author: UserSummary | null;
  duration: number;
  usage_count: number;
  is_original: boolean;
  audio_url: string | null;
  created_at: string;
}
