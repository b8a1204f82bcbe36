import { useEffect, useMemo, useState } from 'preact/hooks';
import { get } from '../api/http';
import { ApiError, describe } from '../api/problems';
import type { VideoCard } from '../api/types';
import { FeedModel } from '../feed/FeedModel';
import { FeedView } from '../feed/FeedView';
import { sharedVideo } from '../feed/sources';
import { Link } from '../ui/Link';
import { isEvicted } from '../feed/entries';
import { sectionTitle, useTitle, videoTitle } from '../ui/title';

/**
 * A video's own address (a shared link /v/{id}, or /@user/video/{id} reloaded): that video first,
 * then For You continues below it. The title names the video on screen.
 */
export function VideoPage(props: { videoId: string }) {
  const [video, setVideo] = useState<VideoCard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  useTitle(title ?? (error ? sectionTitle('Video not available') : null));
  useEffect(() => {
    setVideo(null);
    setError(null);
    get<VideoCard>(`/api/v1/videos/${encodeURIComponent(props.videoId)}`)
      .then(setVideo)
      .catch((e) => setError(e instanceof ApiError && e.status === 404 ? 'This video is not available. It may be private or deleted.' : describe(e)));
  }, [props.videoId]);
  const model = useMemo(() => (video ? new FeedModel(sharedVideo(video)) : null), [video]);
  useEffect(() => () => model?.dispose(), [model]);
  if (error) {
    return (
      <div class="page centered">
        <p role="alert">{error}</p>
        <Link class="button" href="/">Watch For You</Link>
      </div>
    );
  }
  if (!model) return <div class="page centered"><div class="spinner" role="status" aria-label="Loading video" /></div>;
  return <FeedView key={props.videoId} model={model} label="Shared video"
                   onCurrent={(item) => { if (!isEvicted(item)) setTitle(videoTitle(item.video)); }} />;
}
