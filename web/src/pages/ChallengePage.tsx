import { useEffect, useMemo, useState } from 'preact/hooks';
import { challengeInfo, leaderboard } from '../api/discovery';
import { describe } from '../api/problems';
import type { Challenge } from '../api/types';
import { gridOpener } from '../discover/openGrid';
import { PageError } from '../discover/PageError';
import { soundPath, tagPath } from '../discover/searchUrl';
import { VideoGrid } from '../profile/VideoGrid';
import { Avatar } from '../ui/Avatar';
import { count, displayName } from '../ui/format';
import { BackIcon, NoteIcon, TrophyIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { back } from '../ui/router';
import { sectionTitle, useTitle } from '../ui/title';
import '../discover/discover.css';

const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const STATUS: Record<Challenge['status'], string> = { upcoming: 'Starts soon', active: 'On now', ended: 'Ended' };

/**
 * A hashtag challenge: its title, description, rules, window and status, and its leaderboard (the
 * entries the viewer may see, each with its rank on the whole board); a tap plays the board in the
 * vertical feed from that entry on.
 */
export function ChallengePage(props: { challengeId: string }) {
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [error, setError] = useState<string | null>(null);
  useTitle(sectionTitle(challenge ? challenge.title : 'Challenge'));
  useEffect(() => {
    challengeInfo(props.challengeId).then(setChallenge, (e) => setError(describe(e)));
  }, [props.challengeId]);
  const board = useMemo(() => leaderboard(props.challengeId), [props.challengeId]);

  if (error) return <PageError message={error} />;
  if (!challenge) return <main class="page centered"><div class="spinner" role="status" aria-label="Loading challenge" /></main>;
  return (
    <main class="page challenge-page">
      <header class="tag-header">
        <button type="button" class="icon-button" aria-label="Back" onClick={() => back('/discover')}><BackIcon size={24} /></button>
        <div>
          <h1>{challenge.title}</h1>
          <p class="muted"><Link href={tagPath(challenge.hashtag)}>#{challenge.hashtag}</Link> · {count(challenge.entry_count)} {challenge.entry_count === 1 ? 'entry' : 'entries'}</p>
        </div>
      </header>
      <section class="challenge-about" aria-label="About the challenge">
        <p class="challenge-window">
          <span class={`status status-${challenge.status}`}>{STATUS[challenge.status]}</span>{' '}
          <time dateTime={challenge.starts_at}>{dates.format(new Date(challenge.starts_at))}</time> –{' '}
          <time dateTime={challenge.ends_at}>{dates.format(new Date(challenge.ends_at))}</time>
        </p>
        {challenge.description && <p class="challenge-description">{challenge.description}</p>}
        {challenge.rules && (
          <>
            <h2>Rules</h2>
            <p class="challenge-rules">{challenge.rules}</p>
          </>
        )}
        <p class="challenge-by muted">
          <Link href={`/@${encodeURIComponent(challenge.creator.username)}`} class="inline-person">
            <Avatar user={challenge.creator} size={24} /> {displayName(challenge.creator)}
          </Link>
          {challenge.sound && <> · <Link href={soundPath(challenge.sound.sound_id)}><NoteIcon size={14} /> {challenge.sound.name}</Link></>}
        </p>
        {challenge.status !== 'ended' && (
          <p class="muted">Post a public video with #{challenge.hashtag} {challenge.status === 'active' ? 'now' : 'once it starts'} to enter.</p>
        )}
      </section>
      <section aria-labelledby="leaderboard-heading">
        <h2 id="leaderboard-heading"><TrophyIcon size={18} /> {challenge.status === 'ended' ? 'Final leaderboard' : 'Leaderboard'}</h2>
        <VideoGrid
          key={board.key}
          source={board}
          owner={false}
          badge={(video) => {
            const rank = board.rankOf(video.video_id);
            return rank === undefined ? undefined : `#${rank}`;
          }}
          onOpen={gridOpener(board, `Entries in ${challenge.title}`, `Back to ${challenge.title}`)}
          emptyText="No entries yet. Be the first!"
          forbiddenText=""
        />
      </section>
    </main>
  );
}
