import type { UserSummary } from '../api/types';
import { displayName } from './format';

/** A round picture, or the first letter of the name on a colour derived from it. */
export function Avatar(props: { user: Pick<UserSummary, 'avatar_url' | 'username' | 'display_name'>; size?: number }) {
  const size = props.size ?? 44;
  const { user } = props;
  if (user.avatar_url) {
    return <img class="avatar" src={user.avatar_url} alt="" width={size} height={size} loading="lazy" />;
  }
  let hash = 0;
  for (const c of user.username) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return (
    <span class="avatar avatar-letter" aria-hidden="true"
          style={{ width: `${size}px`, height: `${size}px`, background: `hsl(${Math.abs(hash) % 360} 55% 42%)`, fontSize: `${size * 0.42}px` }}>
      {displayName(user).charAt(0).toUpperCase()}
    </span>
  );
}
