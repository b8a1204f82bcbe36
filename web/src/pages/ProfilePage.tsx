import { useEffect, useMemo, useState } from 'preact/hooks';
import { del, get, post } from '../api/http';
import { ApiError, describe } from '../api/problems';
import type { Profile, Relationship, VideoCard } from '../api/types';
import { logOut } from '../auth/account';
import { session } from '../auth/session';
import { FeedModel } from '../feed/FeedModel';
import { FeedView } from '../feed/FeedView';
import { cardList, toItem } from '../feed/sources';
import { EditProfile } from '../profile/EditProfile';
import { FollowRequests } from '../profile/FollowRequests';
import { VideoGrid } from '../profile/VideoGrid';
import { Avatar } from '../ui/Avatar';
import { count, displayName } from '../ui/format';
import { BackIcon, LockIcon, MoreIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { askToLogIn } from '../ui/loginPrompt';
import { navigate } from '../ui/router';
import { Sheet } from '../ui/Sheet';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';

/** The profile's own word for the follow relation, plus a block made on this page. */
type Relation = Relationship | 'blocked';

/** Where a follow leaves the relation, given the server's answer (a private account takes a request). */
function afterFollow(relation: Relation, status: 'following' | 'requested'): Relation {
  if (status === 'requested') return 'requested';
  return relation === 'follows_you' ? 'friends' : 'following';
}

/** Unfollowing (or withdrawing a request) leaves only what the other side does. */
function afterUnfollow(relation: Relation): Relation {
  return relation === 'friends' ? 'follows_you' : 'none';
}

const followed = (relation: Relation) => relation === 'following' || relation === 'friends';

/** A profile: who they are, counts, follow / request / unfollow, block, their videos and likes. */
export function ProfilePage(props: { username: string; tab: 'videos' | 'liked' }) {
  const me = useStore(session);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [relation, setRelation] = useState<Relation>('none');
  const [editing, setEditing] = useState(false);
  const [menu, setMenu] = useState(false);
  const [player, setPlayer] = useState<{ model: FeedModel } | null>(null);
  const own = !!me && !!profile && me.user.user_id === profile.user_id;

  useEffect(() => {
    setProfile(null);
    setError(null);
    setRelation('none');
    setPlayer(null);
    get<Profile>(`/api/v1/users/by-username/${encodeURIComponent(props.username)}`)
      .then((found) => {
        setProfile(found);
        setRelation(found.relationship ?? 'none');
      })
      .catch((e) => setError(describe(e)));
  }, [props.username, me?.user.user_id]);

  const base = profile ? `/@${profile.username}` : '';
  const source = useMemo(() => profile && cardList(`${props.tab}:${profile.user_id}`,
    `/api/v1/users/${profile.user_id}/${props.tab === 'liked' ? 'liked' : 'videos'}`, 'profile'), [profile?.user_id, props.tab]);

  if (error) {
    return (
      <main class="page centered">
        <p role="alert">{error}</p>
        <Link class="button" href="/">Back to For You</Link>
      </main>
    );
  }
  if (!profile || !source) return <main class="page centered"><div class="spinner" role="status" aria-label="Loading profile" /></main>;

  const follow = async () => {
    if (!me) return askToLogIn('to follow people');
    try {
      if (relation === 'none' || relation === 'follows_you') {
        const answer = await post<{ status: 'following' | 'requested' }>(`/api/v1/users/${profile.user_id}/follow`);
        setRelation(afterFollow(relation, answer.status));
        if (answer.status === 'following') setProfile({ ...profile, follower_count: profile.follower_count + 1 });
      } else {
        await del(`/api/v1/users/${profile.user_id}/follow`);
        if (followed(relation)) setProfile({ ...profile, follower_count: Math.max(0, profile.follower_count - 1) });
        setRelation(afterUnfollow(relation));
      }
    } catch (e) {
      toast(describe(e));
    }
  };

  const block = async () => {
    setMenu(false);
    if (relation === 'blocked') {
      try {
        await del(`/api/v1/users/${profile.user_id}/block`);
        setRelation('none'); // a block ended follows both ways
        toast(`Unblocked @${profile.username}`);
      } catch (e) {
        toast(describe(e));
      }
      return;
    }
    if (!window.confirm(`Block @${profile.username}? They will not be able to find your profile or videos, and follows between you end.`)) return;
    try {
      await post(`/api/v1/users/${profile.user_id}/block`);
      setRelation('blocked');
      toast(`Blocked @${profile.username}`);
    } catch (e) {
      toast(describe(e));
    }
  };

  const open = (videos: VideoCard[], index: number, cursor: string | null) => {
    const model = new FeedModel(source, videos.map(toItem), cursor);
    model.position = index;
    setPlayer({ model });
  };

  if (player) {
    return (
      <div class="overlay-player">
        <FeedView model={player.model} label={`Videos by @${profile.username}`} />
        <button type="button" class="icon-button overlay-close" aria-label="Back to profile" onClick={() => { player.model.dispose(); setPlayer(null); }}>
          <BackIcon size={26} />
        </button>
      </div>
    );
  }

  const likedVisible = own || profile.liked_videos_public;
  return (
    <main class="page profile-page">
      <header class="profile-header">
        <Avatar user={profile} size={96} />
        <h1>{displayName(profile)} {profile.is_private && <span class="lock" title="Private account"><LockIcon size={18} /></span>}</h1>
        <p class="handle">@{profile.username}</p>
        <dl class="counts">
          <div><dt>Following</dt><dd>{count(profile.following_count)}</dd></div>
          <div><dt>Followers</dt><dd>{count(profile.follower_count)}</dd></div>
          <div><dt>Likes</dt><dd>{count(profile.likes_count)}</dd></div>
        </dl>
        {profile.bio && <p class="bio">{profile.bio}</p>}
        <div class="profile-actions">
          {own ? (
            <>
              <button type="button" class="button" onClick={() => setEditing(true)}>Edit profile</button>
              <button type="button" class="button secondary" onClick={async () => { await logOut(); navigate('/'); }}>Log out</button>
            </>
          ) : relation === 'blocked' ? (
            <button type="button" class="button secondary" onClick={block}>Unblock</button>
          ) : (
            <>
              <button type="button" class={`button${followed(relation) || relation === 'requested' ? ' secondary' : ''}`}
                      onClick={follow} aria-pressed={followed(relation) || relation === 'requested'}>
                {relation === 'friends' ? 'Friends' : relation === 'following' ? 'Following' : relation === 'requested' ? 'Requested'
                  : profile.is_private ? 'Request to follow' : relation === 'follows_you' ? 'Follow back' : 'Follow'}
              </button>
              {me && (
                <button type="button" class="icon-button bordered" aria-label="More options" onClick={() => setMenu(true)}>
                  <MoreIcon size={22} />
                </button>
              )}
            </>
          )}
        </div>
      </header>
      {own && profile.is_private && (
        <FollowRequests onApproved={() => setProfile({ ...profile, follower_count: profile.follower_count + 1 })} />
      )}
      {relation === 'blocked' ? (
        <p class="muted centered-text">You blocked this account.</p>
      ) : (
        <>
          <nav class="profile-tabs" aria-label="Profile lists">
            <Link href={base} aria-current={props.tab === 'videos' ? 'page' : undefined}>Videos</Link>
            <Link href={`${base}/liked`} aria-current={props.tab === 'liked' ? 'page' : undefined}>Liked</Link>
          </nav>
          {props.tab === 'liked' && !likedVisible ? (
            <p class="muted centered-text"><LockIcon size={16} /> @{profile.username} keeps their liked videos private.</p>
          ) : (
            <VideoGrid
              key={source.key}
              source={source}
              owner={own}
              onOpen={open}
              emptyText={props.tab === 'liked' ? 'No liked videos yet.' : own ? 'Post your first video.' : 'No videos yet.'}
              forbiddenText={`This account is private. Follow @${profile.username} to see their videos.`}
            />
          )}
        </>
      )}
      {editing && <EditProfile profile={profile} onClose={() => setEditing(false)} onSaved={(p) => {
        setProfile(p);
        if (p.username !== props.username) navigate(`/@${p.username}`, { replace: true });
      }} />}
      {menu && (
        <Sheet title={`@${profile.username}`} onClose={() => setMenu(false)}>
          <div class="menu">
            <button type="button" class="menu-item danger" onClick={block}>Block</button>
            <button type="button" class="menu-item" onClick={async () => {
              try {
                await navigator.clipboard.writeText(new URL(`/@${profile.username}`, location.origin).href);
                toast('Link copied');
              } catch {
                toast(new URL(`/@${profile.username}`, location.origin).href);
              }
              setMenu(false);
            }}>Copy profile link</button>
          </div>
        </Sheet>
      )}
    </main>
  );
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}
