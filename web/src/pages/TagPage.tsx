import { useEffect, useMemo, useState } from 'preact/hooks';
import { hashtagInfo, hashtagVideos } from '../api/discovery';
import type { HashtagInfo } from '../api/types';
import { gridOpener } from '../discover/openGrid';
import { challengePath, sortedPath, tagPath, type Sort } from '../discover/searchUrl';
import { SortTabs } from '../discover/SortTabs';
import { VideoGrid } from '../profile/VideoGrid';
import { count } from '../ui/format';
import { BackIcon, TrophyIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { back } from '../ui/router';
import { tagTitle, useTitle } from '../ui/title';
import '../discover/discover.css';

/**
 * A hashtag's page: how many videos carry it and how often they were watched, its challenge when it
 * has one, and its videos (newest or top) as a grid; a tap plays them in the vertical feed from that
 * one on (views counted with source "hashtag"), each at its own address.
 */
export function TagPage(props: { tag: string; sort: Sort }) {
  const tag = props.tag.replace(/^#/, '');
  useTitle(tagTitle(tag));
  const [info, setInfo] = useState<HashtagInfo | null>(null);
  useEffect(() => {
    hashtagInfo(tag).then(setInfo, () => setInfo(null)); // the grid says what went wrong
  }, [tag]);
  const source = useMemo(() => hashtagVideos(tag, props.sort), [tag, props.sort]);
  const challenge = info?.challenge;

  return (
    <main class="page tag-page">
      <header class="tag-header">
        <button type="button" class="icon-button" aria-label="Back" onClick={() => back('/discover')}><BackIcon size={24} /></button>
        <div>
          <h1>#{tag}</h1>
          <p class="muted tag-counts">
            {info ? `${count(info.video_count)} ${info.video_count === 1 ? 'video' : 'videos'} · ${count(info.view_count)} views` : '\u00a0'}
          </p>
        </div>
      </header>
      {challenge && (
        <Link class="challenge-block" href={challengePath(challenge.challenge_id)}>
          <TrophyIcon size={22} />
          <span class="row-names">
            <span class="row-title">{challenge.title}</span>
            <span class="muted">{challenge.status === 'active' ? 'Challenge on now' : challenge.status === 'upcoming' ? 'Challenge coming soon' : 'Challenge ended'} · See the leaderboard</span>
          </span>
        </Link>
      )}
      <SortTabs sort={props.sort} path={(sort) => sortedPath(tagPath(tag), sort)} label={`Videos with #${tag}`} />
      <VideoGrid
        key={source.key}
        source={source}
        owner={false}
        onOpen={gridOpener(source, `Videos with #${tag}`, `Back to #${tag}`)}
        emptyText={`No videos with #${tag} yet.`}
        forbiddenText=""
      />
    </main>
  );
}
