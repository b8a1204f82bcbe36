// The search page's state lives in its address (/search?q=…&type=…), so Back, a reload or a shared
// link shows the same results; hashtag and sound pages keep their sort there too (?sort=top).

export const SEARCH_TYPES = ['top', 'videos', 'users', 'sounds', 'hashtags'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export type Sort = 'top' | 'recent';

/** The server takes 1 to 100 characters after trimming, control characters refused. */
export const MAX_QUERY = 100;

/**
 * What a typed text searches for: control characters become spaces, spaces are trimmed, the text
 * is cut to the server's limit (never inside a surrogate pair); null when nothing is left.
 */
export function searchable(text: string): string | null {
  // eslint-disable-next-line no-control-regex
  let query = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (query.length > MAX_QUERY) {
    query = query.slice(0, MAX_QUERY);
    if (/[\ud800-\udbff]$/.test(query)) query = query.slice(0, -1);
    query = query.trimEnd();
  }
  return query || null;
}

export function searchPath(query: string, type: SearchType = 'top'): string {
  return `/search?${new URLSearchParams({ q: query, type })}`;
}

export function searchState(url: URL): { query: string; type: SearchType } {
  const type = url.searchParams.get('type');
  return {
    query: searchable(url.searchParams.get('q') ?? '') ?? '',
    type: (SEARCH_TYPES as readonly string[]).includes(type ?? '') ? (type as SearchType) : 'top',
  };
}

/** Hashtag and sound pages list their newest videos unless asked for the top ones. */
export function sortOf(url: URL): Sort {
  return url.searchParams.get('sort') === 'top' ? 'top' : 'recent';
}

/** A page's address with a sort: recent, the default, is the bare address. */
export function sortedPath(path: string, sort: Sort): string {
  return sort === 'top' ? `${path}?sort=top` : path;
}

export const tagPath = (hashtag: string) => `/tag/${encodeURIComponent(hashtag.replace(/^#/, ''))}`;
export const soundPath = (soundId: string) => `/sound/${encodeURIComponent(soundId)}`;
export const challengePath = (challengeId: string) => `/challenge/${encodeURIComponent(challengeId)}`;
