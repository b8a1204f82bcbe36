import { FeedView } from '../feed/FeedView';
import { modelFor, tabs } from '../feed/models';
import { session } from '../auth/session';
import { Link } from '../ui/Link';
import { useStore } from '../ui/store';

const LABELS = { 'for-you': 'For You', following: 'Following', friends: 'Friends' } as const;
type Tab = keyof typeof LABELS;
const PATHS: Record<Tab, string> = { 'for-you': '/', following: '/following', friends: '/friends' };

/** For You, Following and Friends: the same vertical feed over three lists. */
export function HomePage(props: { tab: Tab }) {
  const me = useStore(session);
  const needsAccount = props.tab !== 'for-you' && !me;
  return (
    <div class="home">
      <nav class="feed-tabs" aria-label="Feeds">
        {(Object.keys(LABELS) as Tab[]).map((tab) => (
          <Link key={tab} href={PATHS[tab]} class="feed-tab" aria-current={tab === props.tab ? 'page' : undefined}>
            {LABELS[tab]}
          </Link>
        ))}
      </nav>
      {needsAccount ? (
        <div class="feed-empty">
          <p>Log in to see videos from {props.tab === 'friends' ? 'your friends' : 'people you follow'}.</p>
          <Link class="button" href={`/login?next=${encodeURIComponent(PATHS[props.tab])}`}>Log in</Link>
        </div>
      ) : (
        <FeedView
          key={props.tab}
          model={modelFor(tabs[props.tab])}
          label={LABELS[props.tab]}
          empty={
            props.tab === 'for-you'
              ? <p>No videos yet. <Link href="/upload">Post the first one</Link>.</p>
              : props.tab === 'following'
                ? <p>Videos from people you follow show up here. Find creators in For You.</p>
                : <p>Friends are people you follow who follow you back. Their videos show up here.</p>
          }
        />
      )}
    </div>
  );
}
