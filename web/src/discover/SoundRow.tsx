import type { HashtagResult, SoundResult } from '../api/types';
import { count, displayName, duration } from '../ui/format';
import { NoteIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { soundPath, tagPath } from './searchUrl';
import './discover.css';

/** A sound in a list: its name and author, how many videos use it, linking to its page. */
export function SoundRow(props: { sound: SoundResult }) {
  const { sound } = props;
  return (
    <Link class="row-link" href={soundPath(sound.sound_id)}>
      <span class="row-mark"><NoteIcon size={20} /></span>
      <span class="row-names">
        <span class="row-title">{sound.name}</span>
        <span class="muted">
          {sound.author ? `${displayName(sound.author)} · ` : ''}{count(sound.usage_count)} {sound.usage_count === 1 ? 'video' : 'videos'} · {duration(sound.duration)}
        </span>
      </span>
    </Link>
  );
}

/** A hashtag in a list, with how many videos carry it, linking to its page. */
export function HashtagRow(props: { hashtag: HashtagResult }) {
  const { hashtag } = props;
  return (
    <Link class="row-link" href={tagPath(hashtag.hashtag)}>
      <span class="row-mark" aria-hidden="true">#</span>
      <span class="row-names">
        <span class="row-title">#{hashtag.hashtag}</span>
        <span class="muted">{count(hashtag.video_count)} {hashtag.video_count === 1 ? 'video' : 'videos'}</span>
      </span>
    </Link>
  );
}
