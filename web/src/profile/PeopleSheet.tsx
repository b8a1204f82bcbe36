import { useEffect, useState } from 'preact/hooks';
import { del, get, post } from '../api/http';
import { ApiError, describe } from '../api/problems';
import type { Profile, Relationship, UserSummary } from '../api/types';
import { session } from '../auth/session';
import { followChanged } from '../feed/follows';
import { Avatar } from '../ui/Avatar';
import { displayName } from '../ui/format';
import { Link } from '../ui/Link';
import { askToLogIn } from '../ui/loginPrompt';
import { Sheet } from '../ui/Sheet';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';
import './people.css';

/** A listed person, with how the signed-in viewer stands towards them (absent for a visitor). */
type Person = { user: UserSummary; relationship?: Relationship | null };
type People = { users: Person[]; next_cursor: string | null };

/** Who follows a person, or whom they follow, each with a follow button; more load on demand. */
export function PeopleSheet(props: { userId: string; list: 'followers' | 'following'; username: string; onClose: () => void }) {
  const [people, setPeople] = useState<Person[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = async (from: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await get<People>(`/api/v1/users/${props.userId}/${props.list}?limit=20${from ? `&cursor=${encodeURIComponent(from)}` : ''}`);
      setPeople((list) => [...list, ...page.users.filter((entry) => !list.some((o) => o.user.user_id === entry.user.user_id))]);
      setCursor(page.next_cursor);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 403 ? `Only @${props.username}'s followers can see this list.` : describe(e));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(null), []);

  return (
    <Sheet title={props.list === 'followers' ? 'Followers' : 'Following'} onClose={props.onClose} class="people-sheet">
      <ul class="people">
        {people.map(({ user, relationship }) => (
          <li key={user.user_id}>
            <Link href={`/@${user.username}`} class="person">
              <Avatar user={user} size={40} />
              <span class="person-names">
                <span class="person-name">{displayName(user)}</span>
                <span class="muted">@{user.username}</span>
              </span>
            </Link>
            <FollowButton user={user} relationship={relationship ?? null} />
          </li>
        ))}
      </ul>
      {!loading && !error && people.length === 0 && (
        <p class="muted">{props.list === 'followers' ? 'No followers yet.' : 'Not following anyone yet.'}</p>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
      {loading && <div class="spinner small" role="status" aria-label="Loading people" />}
      {!loading && cursor && <button type="button" class="button secondary wide" onClick={() => load(cursor)}>More</button>}
    </Sheet>
  );
}

const following = (relation: Relationship) => relation === 'following' || relation === 'friends' || relation === 'requested';

/**
 * Follow, or unfollow, someone from a list. The list says how the viewer stands towards each person;
 * only an entry without it (an older server) makes the button ask for the person's profile.
 */
function FollowButton(props: { user: UserSummary; relationship: Relationship | null }) {
  const me = useStore(session);
  const [relation, setRelation] = useState<Relationship | null>(props.relationship);
  const [busy, setBusy] = useState(false);
  const self = me?.user.user_id === props.user.user_id;
  useEffect(() => {
    if (!me || self || relation !== null) return;
    get<Profile>(`/api/v1/users/${props.user.user_id}`).then((p) => setRelation(p.relationship ?? 'none')).catch(() => setRelation('none'));
  }, [props.user.user_id, me?.user.user_id]);
  if (self) return null;
  if (me && relation === null) return <span class="follow-placeholder" />;
  const current = relation ?? 'none';
  const toggle = async () => {
    if (!me) return askToLogIn('to follow people');
    setBusy(true);
    try {
      if (following(current)) {
        await del(`/api/v1/users/${props.user.user_id}/follow`);
        setRelation(current === 'friends' ? 'follows_you' : 'none');
      } else {
        const answer = await post<{ status: 'following' | 'requested' }>(`/api/v1/users/${props.user.user_id}/follow`);
        setRelation(answer.status === 'requested' ? 'requested' : current === 'follows_you' ? 'friends' : 'following');
      }
      followChanged();
    } catch (e) {
      toast(describe(e));
    } finally {
      setBusy(false);
    }
  };
  const label = current === 'friends' ? 'Friends' : current === 'following' ? 'Following' : current === 'requested' ? 'Requested'
    : current === 'follows_you' ? 'Follow back' : 'Follow';
  return (
    <button type="button" class={`button small${following(current) ? ' secondary' : ''}`} aria-pressed={following(current)}
            aria-label={`${label}: @${props.user.username}`} disabled={busy} onClick={toggle}>
      {label}
    </button>
  );
}
