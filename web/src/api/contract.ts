// The hand-written API types (./types.ts) checked against the server's OpenAPI document: a field the
// client reads must exist in the document under the same name, with a compatible type. The document is
// the committed copy web/openapi.json (a server test fails when it differs from the live /v3/api-docs),
// and ./schema.d.ts is generated from it by `npm run api-types`, so a renamed or retyped field on the
// server fails `tsc` here instead of reaching a phone as `undefined`.
//
// The document does not say yet which fields are always present or may be null, so presence and
// nullability stay with the hand-written types; names and types come from the server.

import type { components } from './schema';
import type {
  Challenge, ChallengeSummary, Comment, FeedItem, FeedPage, HashtagInfo, HashtagResult, Leaderboard, LeaderboardEntry, Trending, HashtagResults, NewVideos, PersonResult, Profile, RecentSearch, Sound,
  SoundResult, SoundResults, SoundView, Suggestion, Suggestions, TokenResponse, UserResults, VideoResults, UploadInit, UserSummary, VideoCard, VideoStats,
  VideoStatus, WhyThisVideo,
} from './types';

type Schemas = components['schemas'];

/** A type with presence and nullability left out, at every depth: what names and types alone say. */
type Shape<T> = T extends readonly (infer E)[]
  ? Shape<NonNullable<E>>[]
  : T extends object ? { [K in keyof T]?: Shape<NonNullable<T[K]>> } : T;

/** The fields of `Client` that `Server` lacks or types differently (never when they agree). */
type Drift<Client, Server> = {
  [K in keyof Client]-?: K extends keyof Server
    ? Shape<NonNullable<Client[K]>> extends Shape<NonNullable<Server[K]>> ? never : K
    : K;
}[keyof Client];

/** Compiles only when there is no drift; the error names the fields that drifted. */
type Agrees<T extends never> = T;

export type ContractChecks = [
  Agrees<Drift<UserSummary, Schemas['UserSummary']>>,
  Agrees<Drift<Profile, Schemas['ProfileView']>>,
  Agrees<Drift<Sound, Schemas['SoundSummary']>>,
  Agrees<Drift<VideoStats, Schemas['Counts']>>,
  Agrees<Drift<VideoCard, Schemas['VideoCard']>>,
  Agrees<Drift<VideoCard['user_engagement'], Schemas['UserEngagement']>>,
  Agrees<Drift<VideoCard['mentions'][number], Schemas['Mention']>>,
  // view_source is the client's own bookkeeping, never sent by the server.
  Agrees<Drift<Omit<FeedItem, 'view_source'>, Schemas['Entry']>>,
  Agrees<Drift<FeedPage, Schemas['FeedPage']>>,
  Agrees<Drift<WhyThisVideo, Schemas['Why']>>,
  Agrees<Drift<WhyThisVideo['signals'][number], Schemas['Signal']>>,
  Agrees<Drift<Comment, Schemas['CommentView']>>,
  Agrees<Drift<TokenResponse, Schemas['TokenResponse']>>,
  Agrees<Drift<UploadInit, Schemas['InitResponse']>>,
  Agrees<Drift<VideoStatus, Schemas['VideoStatus']>>,
  Agrees<Drift<NewVideos, Schemas['NewVideos']>>,
  Agrees<Drift<SoundView, Schemas['SoundView']>>,
  Agrees<Drift<VideoResults, Schemas['VideoResults']>>,
  Agrees<Drift<UserResults, Schemas['UserResults']>>,
  Agrees<Drift<PersonResult, Schemas['PersonResult']>>,
  Agrees<Drift<SoundResults, Schemas['SoundResults']>>,
  Agrees<Drift<SoundResult, Schemas['SoundResult']>>,
  Agrees<Drift<HashtagResults, Schemas['HashtagResults']>>,
  Agrees<Drift<HashtagResult, Schemas['HashtagResult']>>,
  Agrees<Drift<Suggestions, Schemas['SuggestionResults']>>,
  // Each kind of suggestion is one shape on the server, with the fields of every kind.
  Agrees<Drift<Extract<Suggestion, { type: 'user' }>, Schemas['Suggestion']>>,
  Agrees<Drift<Extract<Suggestion, { type: 'hashtag' }>, Schemas['Suggestion']>>,
  Agrees<Drift<Extract<Suggestion, { type: 'sound' }>, Schemas['Suggestion']>>,
  Agrees<Drift<Extract<Suggestion, { type: 'video' }>, Schemas['Suggestion']>>,
  Agrees<Drift<RecentSearch, Schemas['RecentSearch']>>,
  Agrees<Drift<Trending, Schemas['TrendingPage']>>,
  Agrees<Drift<Trending['hashtags'][number], Schemas['HashtagEntry']>>,
  Agrees<Drift<Trending['creators'][number], Schemas['Creator']>>,
  Agrees<Drift<HashtagInfo, Schemas['HashtagPage']>>,
  Agrees<Drift<ChallengeSummary, Schemas['ChallengeSummary']>>,
  Agrees<Drift<Challenge, Schemas['Challenge']>>,
  Agrees<Drift<Leaderboard, Schemas['Leaderboard']>>,
  Agrees<Drift<LeaderboardEntry, Schemas['LeaderboardEntry']>>,
];
