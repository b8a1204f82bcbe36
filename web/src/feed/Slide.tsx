import { useRef, useState } from 'preact/hooks';
import type { FeedItem } from '../api/types';
import { session } from '../auth/session';
import { fitOf, pool, type PoolSnapshot } from '../player/PlayerPool';
import { ProgressBar } from '../player/ProgressBar';
import { Avatar } from '../ui/Avatar';
import { count, displayName } from '../ui/format';
import {
  BookmarkIcon, CommentIcon, HeartIcon, MoreIcon, MutedIcon, NoteIcon, PlayIcon, PlusIcon, ShareIcon, SoundIcon,
} from '../ui/icons';
import { Link } from '../ui/Link';
import { useStore } from '../ui/store';
import type { FeedModel } from './FeedModel';
import { followCreator, share, toggleLike, toggleSave } from './videoActions';
import { Sheet } from '../ui/Sheet';
import { Caption } from './Caption';

/** Two taps closer together than this are a double tap (a like), not two single taps. */
const DOUBLE_TAP_MS = 280;

interface Heart {
  id: number;
  x: number;
  y: number;
}

/**
 * One screen of the feed: the poster (until the player's first frame covers it), the tap zone
 * (tap: unmute, then pause/play; double tap: like) and the overlay with the creator, caption,
 * sound and actions. The <video> itself is not here: the pool places it over this slide.
 */
export function Slide(props: {
  item: FeedItem;
  index: number;
  count: number;
  height: number;
  active: boolean;
  snapshot: PoolSnapshot | null;
  model: FeedModel;
  playable: boolean;
  onComments: () => void;
  onMenu: () => void;
}) {
  const { item, model, snapshot } = props;
  const video = item.video;
  const me = useStore(session);
  const [hearts, setHearts] = useState<Heart[]>([]);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const lastTap = useRef(0);
  const singleTap = useRef<number | undefined>(undefined);
  const own = me?.user.user_id === video.user.user_id;
  const name = displayName(video.user);

  const onTap = (event: MouseEvent) => {
    const now = event.timeStamp;
    if (now - lastTap.current < DOUBLE_TAP_MS) {
      window.clearTimeout(singleTap.current);
      lastTap.current = 0;
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const heart = { id: now, x: event.clientX - box.left, y: event.clientY - box.top };
      setHearts((list) => [...list, heart]);
      window.setTimeout(() => setHearts((list) => list.filter((h) => h.id !== heart.id)), 900);
      void toggleLike(model, video, true);
      return;
    }
    lastTap.current = now;
    singleTap.current = window.setTimeout(() => {
      if (pool.snapshot().muted) pool.setMuted(false);
      else pool.togglePaused();
    }, DOUBLE_TAP_MS);
  };

  const state = snapshot?.state;
  return (
    <article
      class={`slide${props.active ? ' active' : ''}`}
      style={{ top: `${props.index * props.height}px`, height: `${props.height}px` }}
      aria-roledescription="video"
      aria-label={`${props.index + 1} of ${props.count}: video by @${video.user.username}`}
      data-video-id={video.video_id}
      inert={!props.active}
    >
      {video.thumbnail_url && <img class="poster" src={video.thumbnail_url} alt="" decoding="async" style={{ objectFit: fitOf(video) }} />}
      <div class="tap-zone" onClick={onTap} aria-hidden="true" />
      {hearts.map((heart) => (
        <span key={heart.id} class="burst" style={{ left: `${heart.x}px`, top: `${heart.y}px` }} aria-hidden="true">
          <HeartIcon size={96} />
        </span>
      ))}
      {!props.playable && (
        <div class="slide-note" role="status">
          {video.status === 'processing' ? 'This video is still processing.' : 'This video cannot be played.'}
        </div>
      )}
      {props.active && state === 'stalled' && <div class="spinner center" role="status" aria-label="Buffering" />}
      {props.active && snapshot?.paused && <span class="paused-mark" aria-hidden="true"><PlayIcon size={72} /></span>}
      {props.active && state === 'error' && (
        <div class="slide-note" role="alert">
          This video did not load.{' '}
          <button type="button" class="link-button" onClick={() => pool.retryCurrent()}>Try again</button>
        </div>
      )}

      {props.active && props.playable && <ProgressBar index={props.index} />}

      <div class="slide-top">
        {props.active && snapshot && (
          <button
            type="button"
            class={`icon-button mute${snapshot.muted ? ' is-muted' : ''}`}
            aria-label={snapshot.muted ? 'Unmute' : 'Mute'}
            aria-pressed={snapshot.muted}
            onClick={() => pool.toggleMuted()}
          >
            {snapshot.muted ? <MutedIcon size={22} /> : <SoundIcon size={22} />}
            {snapshot.muted && <span class="mute-hint">Tap to unmute</span>}
          </button>
        )}
      </div>

      <div class="rail">
        <div class="creator">
          <Link href={`/@${video.user.username}`} aria-label={`@${video.user.username}'s profile`}>
            <Avatar user={video.user} size={48} />
          </Link>
          {!own && !video.user_engagement.has_followed && (
            <button type="button" class="follow-dot" aria-label={`Follow @${video.user.username}`}
                    onClick={() => followCreator(model, video)}>
              <PlusIcon size={16} />
            </button>
          )}
        </div>
        <button type="button" class={`action${video.user_engagement.has_liked ? ' on liked' : ''}`}
                aria-label={video.user_engagement.has_liked ? 'Unlike' : 'Like'}
                aria-pressed={video.user_engagement.has_liked}
                onClick={() => toggleLike(model, video)}>
          <HeartIcon /><span class="action-count">{count(video.stats.likes)}</span>
        </button>
        <button type="button" class="action" aria-label={`Comments (${video.stats.comments})`} onClick={props.onComments}>
          <CommentIcon /><span class="action-count">{count(video.stats.comments)}</span>
        </button>
        <button type="button" class={`action${video.user_engagement.has_saved ? ' on saved' : ''}`}
                aria-label={video.user_engagement.has_saved ? 'Remove from saved' : 'Save'}
                aria-pressed={video.user_engagement.has_saved}
                onClick={() => toggleSave(model, video)}>
          <BookmarkIcon /><span class="action-count">{count(video.stats.saves)}</span>
        </button>
        <button type="button" class="action" aria-label="Share"
                onClick={async () => setManualLink(await share(model, video))}>
          <ShareIcon /><span class="action-count">{count(video.stats.shares)}</span>
        </button>
        <button type="button" class="action" aria-label="More options" onClick={props.onMenu}>
          <MoreIcon />
        </button>
      </div>

      <div class="meta">
        <Link class="meta-name" href={`/@${video.user.username}`}>
          {name}{name !== video.user.username && <span class="meta-handle"> @{video.user.username}</span>}
        </Link>
        {video.caption && <Caption text={video.caption} />}
        <div class="sound" aria-label={`Sound: ${video.sound?.name ?? `Original sound - ${video.user.username}`}`}>
          <NoteIcon size={16} />
          <span class="ticker"><span>{video.sound?.name ?? `Original sound - ${video.user.username}`}</span></span>
        </div>
      </div>
      {manualLink && (
        <Sheet title="Share this video" onClose={() => setManualLink(null)}>
          <label class="field">
            <span>Copy this link</span>
            <input type="text" readOnly value={manualLink} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </label>
        </Sheet>
      )}
    </article>
  );
}
