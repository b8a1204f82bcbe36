import { useEffect, useState } from 'preact/hooks';
import { get } from '../api/http';
import { ApiError, describe } from '../api/problems';
import type { Relationship, UserSummary } from '../api/types';
import { Sheet } from '../ui/Sheet';
import { PersonRow } from './PersonRow';
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
            <PersonRow user={user} relationship={relationship ?? null} />
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

