import { useEffect, useMemo, useState } from 'preact/hooks';
import { del, get, post } from '../api/http';
import { ApiError, describe } from '../api/problems';
import type { Profile, Relationship, VideoCard } from '../api/types';
import { logOut } from '../auth/account';
import { session } from '../auth/session';
import { FeedModel } from '../feed/FeedModel';
import { followChanged } from '../feed/follows';
import { openPlayer } from '../feed/openedPlayer';
import { cardList, savedVideos, toItem } from '../feed/sources';
import { EditProfile } from '../profile/EditProfile';
import { FollowRequests } from '../profile/FollowRequests';
import { PeopleSheet } from '../profile/PeopleSheet';
import { VideoGrid } from '../profile/VideoGrid';
import { Avatar } from '../ui/Avatar';
import { count, displayName } from '../ui/format';
import { BackIcon, LockIcon, MoreIcon, ShareIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { askToLogIn } from '../ui/loginPrompt';
import { back, navigate, videoPath, type ProfileTab } from '../ui/router';
import { Sheet } from '../ui/Sheet';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';
import { profileTitle, useTitle } from '../ui/title';
import '../profile/people.css';

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

/** The profile's address, copied or handed to the system's share sheet. */
async function shareProfile(username: string): Promise<void> {
  const url = new URL(`/@${encodeURIComponent(username)}`, window.location.origin).href;
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: profileTitle(username), url });
      return;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    toast('Profile link copied');
  } catch {
    toast(url);
  }
}

/**
 * A profile: who they are, counts (the follower and following lists a tap away), follow / request /
 * unfollow, block, share, and their videos, liked videos (where they are public) and, on your own,
 * your saved videos.
 */
export function ProfilePage(props: { username: string; tab: ProfileTab }) {
  const me = useStore(session);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [relation, setRelation] = useState<Relation>('none');
  const [editing, setEditing] = useState(false);
  const [menu, setMenu] = useState(false);
  const [people, setPeople] = useState<'followers' | 'following' | null>(null);
  const [likedRefused, setLikedRefused] = useState(false);
  const own = !!me && !!profile && me.user.user_id === profile.user_id;
  useTitle(profileTitle(profile?.username ?? props.username));

  useEffect(() => {
    setProfile(null);
    setError(null);
    setRelation('none');
    setLikedRefused(false);
    get<Profile>(`/api/v1/users/by-username/${encodeURIComponent(props.username)}`)
      .then((found) => {
        setProfile(found);
        setRelation(found.relationship ?? 'none');
      })
      .catch((e) => setError(describe(e)));
  }, [props.username, me?.user.user_id]);

  const base = profile ? `/@${profile.username}` : '';
  const source = useMemo(() => !profile ? null : props.tab === 'saved' ? savedVideos() : cardList(`${props.tab}:${profile.user_id}`,
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
        followChanged();
      } else {
        await del(`/api/v1/users/${profile.user_id}/follow`);
        if (followed(relation)) setProfile({ ...profile, follower_count: Math.max(0, profile.follower_count - 1) });
        setRelation(afterUnfollow(relation));
        followChanged();
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
      followChanged(); // a block ends follows both ways
      toast(`Blocked @${profile.username}`);
    } catch (e) {
      toast(describe(e));
    }
  };

  // Each video has its address under its creator's profile, so Back closes the player.
  const open = (videos: VideoCard[], index: number, cursor: string | null) => {
    const model = new FeedModel(source, videos.map(toItem), cursor);
    model.position = index;
    const label = props.tab === 'saved' ? 'Saved videos' : props.tab === 'liked' ? `Videos @${profile.username} liked` : `Videos by @${profile.username}`;
    openPlayer(model, label, 'Back to profile', (video) => videoPath(video.video_id, video.user.username));
  };

  const likedVisible = (own || profile.liked_videos_public) && !likedRefused;
  return (
    <main class="page profile-page">
      {!own && (
        <button type="button" class="icon-button profile-back" aria-label="Back" onClick={() => back('/')}>
          <BackIcon size={24} />
        </button>
      )}
      <button type="button" class="icon-button profile-share" aria-label="Share profile" onClick={() => shareProfile(profile.username)}>
        <ShareIcon size={22} />
      </button>
      <header class="profile-header">
        <Avatar user={profile} size={96} />
        <h1>{displayName(profile)} {profile.is_private && <span class="lock" title="Private account"><LockIcon size={18} /></span>}</h1>
        <p class="handle">@{profile.username}</p>
        <div class="counts">
          <button type="button" class="count-item" onClick={() => setPeople('following')}>
            <span class="count-label">Following</span><span class="count-value">{count(profile.following_count)}</span>
          </button>
          <button type="button" class="count-item" onClick={() => setPeople('followers')}>
            <span class="count-label">Followers</span><span class="count-value">{count(profile.follower_count)}</span>
          </button>
          <div class="count-item">
            <span class="count-label">Likes</span><span class="count-value">{count(profile.likes_count)}</span>
          </div>
        </div>
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
            {likedVisible && <Link href={`${base}/liked`} aria-current={props.tab === 'liked' ? 'page' : undefined}>Liked</Link>}
            {own && <Link href={`${base}/saved`} aria-current={props.tab === 'saved' ? 'page' : undefined}>Saved</Link>}
          </nav>
          {props.tab === 'liked' && !likedVisible ? (
            <p class="muted centered-text"><LockIcon size={16} /> @{profile.username} keeps their liked videos private.</p>
          ) : props.tab === 'saved' && !own ? (
            <p class="muted centered-text"><LockIcon size={16} /> Saved videos are seen only by whoever saved them.</p>
          ) : (
            <VideoGrid
              key={source.key}
              source={source}
              owner={own}
              editable={own && props.tab === 'videos'}
              onOpen={open}
              emptyText={props.tab === 'liked' ? 'No liked videos yet.' : props.tab === 'saved' ? 'Videos you save show up here.'
                : own ? 'Post your first video.' : 'No videos yet.'}
              forbiddenText={props.tab === 'liked' ? `@${profile.username} keeps their liked videos private.`
                : `This account is private. Follow @${profile.username} to see their videos.`}
              onForbidden={props.tab === 'liked' ? () => setLikedRefused(true) : undefined}
            />
          )}
        </>
      )}
      {people && (
        <PeopleSheet key={people} userId={profile.user_id} username={profile.username} list={people} onClose={() => setPeople(null)} />
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
