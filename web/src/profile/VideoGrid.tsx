import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, describe } from '../api/problems';
import type { VideoCard } from '../api/types';
import type { FeedSource } from '../feed/sources';
import { count } from '../ui/format';
import { LockIcon, PlayIcon } from '../ui/icons';
import { VideoEditSheet } from '../lifecycle/VideoEditSheet';

/**
 * A profile's videos (or liked videos) as a grid of posters, loading more as it scrolls into view.
 * On one's own videos (`editable`), each poster has a "…" that edits or deletes it.
 */
export function VideoGrid(props: {
  source: FeedSource;
  owner: boolean;
  emptyText: string;
  forbiddenText: string;
  onOpen: (videos: VideoCard[], index: number, cursor: string | null) => void;
  /** The grid holds the viewer's own videos: they may edit and delete them from here. */
  editable?: boolean;
  onFirstPage?: (videos: VideoCard[]) => void;
  /** The server refused the list (403): a private account's videos, liked videos kept private. */
  onForbidden?: () => void;
  /** A mark in a video's corner (a challenge entry's rank). */
  badge?: (video: VideoCard) => string | undefined;
}) {
  const [videos, setVideos] = useState<VideoCard[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [editing, setEditing] = useState<VideoCard | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const busy = useRef(false);

  const load = async (from: string | null) => {
    if (busy.current) return;
    busy.current = true;
    setLoading(true);
    setError(null);
    try {
      const page = await props.source.page(from, new AbortController().signal);
      const cards = page.videos.map((item) => item.video);
      setVideos((list) => (from === null ? cards : [...list, ...cards]));
      if (from === null) props.onFirstPage?.(cards);
      setCursor(page.next_cursor);
      setDone(page.next_cursor === null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        setForbidden(true);
        props.onForbidden?.();
      }
      else setError(describe(e));
    } finally {
      busy.current = false;
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(null);
  }, [props.source]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || done) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && cursor) void load(cursor);
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cursor, done]);

  if (forbidden) return <p class="muted centered-text"><LockIcon size={16} /> {props.forbiddenText}</p>;
  const playableVideos = videos.filter((v) => v.status === 'published');
  return (
    <section class="grid-section">
      <ul class="video-grid">
        {videos.map((video) => (
          <li key={video.video_id} class={props.editable ? 'grid-cell' : undefined}>
            {video.status === 'published' ? (
              <button type="button" class="grid-item" data-video-id={video.video_id}
                      aria-label={`Play video${video.caption ? `: ${video.caption}` : ''}`}
                      onClick={() => props.onOpen(playableVideos, playableVideos.indexOf(video), cursor)}>
                {video.thumbnail_small_url || video.thumbnail_url
                  ? <img src={video.thumbnail_small_url ?? video.thumbnail_url!} alt="" loading="lazy" />
                  : <span class="grid-blank" />}
                <span class="grid-views"><PlayIcon size={14} /> {count(video.stats.views)}</span>
                {props.badge?.(video) && <span class="grid-rank">{props.badge(video)}</span>}
                {props.owner && video.privacy !== 'public' && <span class="grid-badge">{video.privacy === 'friends' ? 'Friends' : 'Only me'}</span>}
              </button>
            ) : (
              <div class="grid-item processing" data-video-id={video.video_id} aria-label={`Video ${video.status}`}>
                <span class="grid-badge">{video.status === 'failed' ? 'Failed' : 'Processing…'}</span>
              </div>
            )}
            {props.editable && (
              <button type="button" class="grid-more" aria-label="Edit or delete video" data-video-id={video.video_id}
                      onClick={() => setEditing(video)}>⋯</button>
            )}
          </li>
        ))}
      </ul>
      {!loading && !error && videos.length === 0 && done && <p class="muted centered-text">{props.emptyText}</p>}
      {error && <p class="form-error centered-text" role="alert">{error} <button type="button" class="link-button" onClick={() => load(cursor)}>Try again</button></p>}
      {loading && <div class="spinner small" role="status" aria-label="Loading videos" />}
      <div ref={sentinel} class="sentinel" />
      {editing && (
        <VideoEditSheet
          video={editing}
          onClose={() => setEditing(null)}
          onEdited={(edited) => setVideos((list) => list.map((v) => (v.video_id === edited.video_id ? edited : v)))}
          onDeleted={(id) => setVideos((list) => list.filter((v) => v.video_id !== id))}
        />
      )}
    </section>
  );
}
