import { useMemo } from 'preact/hooks';
import { FeedView } from '../feed/FeedView';
import { opened } from '../feed/models';
import { session } from '../auth/session';
import { Link } from '../ui/Link';
import { useStore } from '../ui/store';
import { sectionTitle, useTitle } from '../ui/title';

const LABELS = { 'for-you': 'For You', following: 'Following', friends: 'Friends' } as const;
type Tab = keyof typeof LABELS;
const PATHS: Record<Tab, string> = { 'for-you': '/', following: '/following', friends: '/friends' };

/** For You, Following and Friends: the same vertical feed over three lists. */
export function HomePage(props: { tab: Tab }) {
  const me = useStore(session);
  const needsAccount = props.tab !== 'for-you' && !me;
  useTitle(sectionTitle(LABELS[props.tab]));
  // Opening Following or Friends (again) starts them over: what the people followed posted since.
  const model = useMemo(() => (needsAccount ? null : opened(props.tab)), [props.tab, needsAccount, me?.user.user_id]);
  return (
    <div class="home">
      <nav class="feed-tabs" aria-label="Feeds">
        {(Object.keys(LABELS) as Tab[]).map((tab) => (
          <Link key={tab} href={PATHS[tab]} class="feed-tab" aria-current={tab === props.tab ? 'page' : undefined}>
            {LABELS[tab]}
          </Link>
        ))}
      </nav>
      {!model ? (
        <div class="feed-empty">
          <p>Log in to see videos from {props.tab === 'friends' ? 'your friends' : 'people you follow'}.</p>
          <Link class="button" href={`/login?next=${encodeURIComponent(PATHS[props.tab])}`}>Log in</Link>
        </div>
      ) : (
        <FeedView
          key={props.tab}
          model={model}
          label={LABELS[props.tab]}
          empty={
            props.tab === 'for-you'
              ? undefined // "You're all caught up", with ways on
              : props.tab === 'following'
                ? <EmptyList text="Videos from people you follow show up here. Find creators in For You." />
                : <EmptyList text="Friends are people you follow who follow you back. Their videos show up here." />
          }
        />
      )}
    </div>
  );
}

function EmptyList(props: { text: string }) {
  return (
    <>
      <p>{props.text}</p>
      <div class="caught-up-ways">
        <Link class="button small" href="/">For You</Link>
        <Link class="button secondary small" href="/discover">Discover</Link>
      </div>
    </>
  );
}
