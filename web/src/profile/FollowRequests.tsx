import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api/http';
import { describe } from '../api/problems';
import type { UserSummary } from '../api/types';
import { Avatar } from '../ui/Avatar';
import { displayName } from '../ui/format';
import { Link } from '../ui/Link';
import { toast } from '../ui/toast';

/** A private account's pending follow requests, to approve or deny. Shows nothing when there are none. */
export function FollowRequests(props: { onApproved: () => void }) {
  const [people, setPeople] = useState<UserSummary[]>([]);
  useEffect(() => {
    get<{ users: { user: UserSummary }[] }>('/api/v1/users/me/follow-requests?limit=50')
      .then((page) => setPeople(page.users.map((entry) => entry.user)))
      .catch((e) => toast(describe(e)));
  }, []);
  if (people.length === 0) return null;
  const answer = async (user: UserSummary, approve: boolean) => {
    try {
      await post(`/api/v1/users/me/follow-requests/${user.user_id}/${approve ? 'approve' : 'deny'}`);
      setPeople((list) => list.filter((u) => u.user_id !== user.user_id));
      if (approve) props.onApproved();
    } catch (e) {
      toast(describe(e));
    }
  };
  return (
    <section class="follow-requests" aria-label="Follow requests">
      <h2>Follow requests</h2>
      <ul>
        {people.map((user) => (
          <li key={user.user_id}>
            <Link href={`/@${user.username}`} class="person"><Avatar user={user} size={36} /> {displayName(user)}</Link>
            <button type="button" class="button small" onClick={() => answer(user, true)}>Approve</button>
            <button type="button" class="button secondary small" onClick={() => answer(user, false)}>Deny</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
