import { useEffect, useMemo, useState } from 'preact/hooks';
import { clearSearches, forgetSearch, heldList, recentSearches, trending } from '../api/discovery';
import { describe } from '../api/problems';
import type { RecentSearch, Trending } from '../api/types';
import { session } from '../auth/session';
import { gridOpener } from '../discover/openGrid';
import { SearchBox } from '../discover/SearchBox';
import { searchPath, tagPath } from '../discover/searchUrl';
import { SoundRow } from '../discover/SoundRow';
import { PersonRow } from '../profile/PersonRow';
import { VideoGrid } from '../profile/VideoGrid';
import { count } from '../ui/format';
import { CloseIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { useStore } from '../ui/store';
import { sectionTitle, useTitle } from '../ui/title';
import { toast } from '../ui/toast';
import '../discover/discover.css';

/** The Discover tab: the search box with type-ahead, the person's recent searches, and what is trending now. */
export function DiscoverPage() {
  useTitle(sectionTitle('Discover'));
  const me = useStore(session);
  const [text, setText] = useState('');
  return (
    <main class="page discover-page">
      <h1 class="visually-hidden">Discover</h1>
      <SearchBox onText={setText} />
      {me && !text.trim() && <RecentSearches key={me.user.user_id} />}
      <TrendingNow />
    </main>
  );
}

/** The signed-in person's last searches, newest first: each searches again, or can be removed; all can be cleared. */
function RecentSearches() {
  const [searches, setSearches] = useState<RecentSearch[] | null>(null);
  useEffect(() => {
    recentSearches().then(setSearches, () => setSearches([]));
  }, []);
  if (!searches?.length) return null;
  const remove = async (query: string) => {
    try {
      await forgetSearch(query);
      setSearches((list) => list?.filter((s) => s.query !== query) ?? null);
    } catch (e) {
      toast(describe(e));
    }
  };
  const clear = async () => {
    try {
      await clearSearches();
      setSearches([]);
    } catch (e) {
      toast(describe(e));
    }
  };
  return (
    <section class="recent-searches" aria-labelledby="recent-heading">
      <div class="section-head">
        <h2 id="recent-heading">Recent searches</h2>
        <button type="button" class="link-button" onClick={clear}>Clear all</button>
      </div>
      <ul>
        {searches.map((search) => (
          <li key={search.query}>
            <Link href={searchPath(search.query)} class="recent-query">{search.query}</Link>
            <button type="button" class="icon-button small" aria-label={`Remove “${search.query}” from recent searches`}
                    onClick={() => remove(search.query)}>
              <CloseIcon size={16} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What is rising now (the feed's trending chart): videos, hashtags, sounds and creators. */
function TrendingNow() {
  const [now, setNow] = useState<Trending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    trending(controller.signal).then(setNow, (e) => controller.signal.aborted || setError(describe(e)));
    return () => controller.abort();
  }, [attempt]);
  const source = useMemo(() => now && heldList(`trending:${now.updated_at}`, now.videos), [now]);
  if (error) {
    return <p class="form-error centered-text" role="alert">{error} <button type="button" class="link-button" onClick={() => setAttempt((n) => n + 1)}>Try again</button></p>;
  }
  if (!now || !source) return <div class="spinner small" role="status" aria-label="Loading what is trending" />;
  const empty = !now.videos.length && !now.hashtags.length && !now.sounds.length && !now.creators.length;
  return (
    <div class="trending">
      {empty && <p class="muted centered-text">Nothing is trending yet. Watch, like and share to get things going.</p>}
      {now.hashtags.length > 0 && (
        <section aria-labelledby="trending-tags">
          <h2 id="trending-tags">Trending hashtags</h2>
          <ul class="chips">
            {now.hashtags.map((tag) => (
              <li key={tag.hashtag}>
                <Link class="chip" href={tagPath(tag.hashtag)}>#{tag.hashtag} <span class="muted">{count(tag.view_count)} views</span></Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {now.videos.length > 0 && (
        <section aria-labelledby="trending-videos">
          <h2 id="trending-videos">Trending videos</h2>
          <VideoGrid key={source.key} source={source} owner={false} emptyText="" forbiddenText=""
                     onOpen={gridOpener(source, 'Trending videos', 'Back to Discover')} />
        </section>
      )}
      {now.sounds.length > 0 && (
        <section aria-labelledby="trending-sounds">
          <h2 id="trending-sounds">Trending sounds</h2>
          <ul class="rows">{now.sounds.map((sound) => <li key={sound.sound_id}><SoundRow sound={sound} /></li>)}</ul>
        </section>
      )}
      {now.creators.length > 0 && (
        <section aria-labelledby="trending-creators">
          <h2 id="trending-creators">Creators to watch</h2>
          <ul class="people">
            {now.creators.map((person) => (
              <li key={person.user.user_id}><PersonRow user={person.user} relationship={person.relationship ?? null} /></li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
