import { useMemo, useState } from 'preact/hooks';
import { search, searchVideos } from '../api/discovery';
import type { HashtagResult, PersonResult, SoundResult } from '../api/types';
import { gridOpener } from '../discover/openGrid';
import { SearchBox } from '../discover/SearchBox';
import { SEARCH_TYPES, searchPath, type SearchType } from '../discover/searchUrl';
import { HashtagRow, SoundRow } from '../discover/SoundRow';
import { usePages } from '../discover/usePages';
import { PersonRow } from '../profile/PersonRow';
import { VideoGrid } from '../profile/VideoGrid';
import { BackIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { back } from '../ui/router';
import { sectionTitle, useTitle } from '../ui/title';
import '../discover/discover.css';

const TAB_NAMES: Record<SearchType, string> = { top: 'Top', videos: 'Videos', users: 'Users', sounds: 'Sounds', hashtags: 'Hashtags' };

/**
 * Search results (/search?q=…&type=…): the address is the state, so Back, a reload or a shared link
 * shows the same tab of the same search. Top is the first people and hashtags, then the videos.
 */
export function SearchPage(props: { query: string; type: SearchType }) {
  const { query, type } = props;
  useTitle(sectionTitle(query ? `“${query}”` : 'Search'));
  return (
    <main class="page search-page">
      <div class="search-top">
        <button type="button" class="icon-button" aria-label="Back" onClick={() => back('/discover')}><BackIcon size={24} /></button>
        <SearchBox initial={query} type={type} />
      </div>
      <h1 class="visually-hidden">Search results{query ? ` for “${query}”` : ''}</h1>
      {!query ? (
        <p class="muted centered-text">Type what you are looking for above.</p>
      ) : (
        <>
          <nav class="result-tabs" aria-label="Result kinds">
            {SEARCH_TYPES.map((kind) => (
              <Link key={kind} href={searchPath(query, kind)} aria-current={kind === type ? 'page' : undefined}>{TAB_NAMES[kind]}</Link>
            ))}
          </nav>
          <Results key={`${type}:${query}`} query={query} type={type} />
        </>
      )}
    </main>
  );
}

function Results(props: { query: string; type: SearchType }) {
  switch (props.type) {
    case 'videos': return <VideoResults query={props.query} />;
    case 'users': return <UserResults query={props.query} limit={20} />;
    case 'sounds': return <SoundResults query={props.query} />;
    case 'hashtags': return <HashtagResults query={props.query} limit={20} />;
    default: return <TopResults query={props.query} />;
  }
}

const Degraded = () => <p class="note" role="status">Search is catching up: some results may be missing for a moment.</p>;

function TopResults(props: { query: string }) {
  return (
    <>
      <UserResults query={props.query} limit={3} more />
      <HashtagResults query={props.query} limit={5} more />
      <section aria-labelledby="top-videos">
        <h2 id="top-videos">Videos</h2>
        <VideoResults query={props.query} />
      </section>
    </>
  );
}

function VideoResults(props: { query: string }) {
  const [degraded, setDegraded] = useState(false);
  const source = useMemo(() => searchVideos(props.query, setDegraded), [props.query]);
  return (
    <>
      {degraded && <Degraded />}
      <VideoGrid key={source.key} source={source} owner={false} forbiddenText=""
                 emptyText={`No videos found for “${props.query}”.`}
                 onOpen={gridOpener(source, `Videos for “${props.query}”`, 'Back to results')} />
    </>
  );
}

/** People found; on Top only the first few (`more` then links to the Users tab), else paged as it scrolls. */
function UserResults(props: { query: string; limit: number; more?: boolean }) {
  const list = usePages<PersonResult>(`users:${props.query}:${props.limit}`, async (cursor, signal) => {
    const page = await search('users', props.query, cursor, props.limit, signal);
    return { items: page.users, next_cursor: props.more ? null : page.next_cursor, degraded: page.degraded };
  });
  if (props.more && !list.items.length) return null;
  return (
    <section aria-labelledby={props.more ? 'top-users' : undefined} aria-label={props.more ? undefined : 'People'}>
      {props.more && <div class="section-head"><h2 id="top-users">People</h2><Link href={searchPath(props.query, 'users')}>See all</Link></div>}
      {!props.more && list.degraded && <Degraded />}
      <ul class="people">
        {list.items.map((person) => (
          <li key={person.user.user_id}><PersonRow user={person.user} relationship={person.relationship ?? null} /></li>
        ))}
      </ul>
      <ListEnd list={list} empty={`No people found for “${props.query}”.`} quiet={props.more} />
    </section>
  );
}

function HashtagResults(props: { query: string; limit: number; more?: boolean }) {
  const list = usePages<HashtagResult>(`hashtags:${props.query}:${props.limit}`, async (cursor, signal) => {
    const page = await search('hashtags', props.query, cursor, props.limit, signal);
    return { items: page.hashtags, next_cursor: props.more ? null : page.next_cursor, degraded: page.degraded };
  });
  if (props.more && !list.items.length) return null;
  return (
    <section aria-labelledby={props.more ? 'top-tags' : undefined} aria-label={props.more ? undefined : 'Hashtags'}>
      {props.more && <div class="section-head"><h2 id="top-tags">Hashtags</h2><Link href={searchPath(props.query, 'hashtags')}>See all</Link></div>}
      {!props.more && list.degraded && <Degraded />}
      <ul class="rows">{list.items.map((tag) => <li key={tag.hashtag}><HashtagRow hashtag={tag} /></li>)}</ul>
      <ListEnd list={list} empty={`No hashtags found for “${props.query}”.`} quiet={props.more} />
    </section>
  );
}

function SoundResults(props: { query: string }) {
  const list = usePages<SoundResult>(`sounds:${props.query}`, async (cursor, signal) => {
    const page = await search('sounds', props.query, cursor, 20, signal);
    return { items: page.sounds, next_cursor: page.next_cursor, degraded: page.degraded };
  });
  return (
    <section aria-label="Sounds">
      {list.degraded && <Degraded />}
      <ul class="rows">{list.items.map((sound) => <li key={sound.sound_id}><SoundRow sound={sound} /></li>)}</ul>
      <ListEnd list={list} empty={`No sounds found for “${props.query}”.`} />
    </section>
  );
}

/** Under a list: its empty state, its error with a way to try again, the spinner, and what loads the next page. */
export function ListEnd(props: { list: ReturnType<typeof usePages<unknown>>; empty: string; quiet?: boolean }) {
  const { list } = props;
  return (
    <>
      {!list.loading && !list.error && list.done && list.items.length === 0 && !props.quiet && <p class="muted centered-text">{props.empty}</p>}
      {list.error && !props.quiet && (
        <p class="form-error centered-text" role="alert">{list.error} <button type="button" class="link-button" onClick={list.retry}>Try again</button></p>
      )}
      {list.loading && <div class="spinner small" role="status" aria-label="Loading results" />}
      <div ref={list.sentinel} class="sentinel" />
    </>
  );
}

