import { useEffect, useState } from 'preact/hooks';
import { del, get, post } from '../api/http';
import { describe } from '../api/problems';
import type { Profile, Relationship, UserSummary } from '../api/types';
import { session } from '../auth/session';
import { followChanged } from '../feed/follows';
import { Avatar } from '../ui/Avatar';
import { displayName } from '../ui/format';
import { Link } from '../ui/Link';
import { askToLogIn } from '../ui/loginPrompt';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';
import './people.css';

/**
 * A person in a list (followers, following, search results, trending creators): their picture and
 * names linking to their profile, and a follow button. Goes inside an `<li>` of a `ul.people`.
 */
export function PersonRow(props: { user: UserSummary; relationship: Relationship | null }) {
  const { user } = props;
  return (
    <>
      <Link href={`/@${user.username}`} class="person">
        <Avatar user={user} size={40} />
        <span class="person-names">
          <span class="person-name">{displayName(user)}</span>
          <span class="muted">@{user.username}</span>
        </span>
      </Link>
      <FollowButton user={user} relationship={props.relationship} />
    </>
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
