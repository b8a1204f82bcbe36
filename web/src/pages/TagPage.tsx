import { useMemo } from 'preact/hooks';
import type { VideoCard } from '../api/types';
import { FeedModel } from '../feed/FeedModel';
import { openPlayer } from '../feed/openedPlayer';
import { cardList, toItem } from '../feed/sources';
import { VideoGrid } from '../profile/VideoGrid';
import { BackIcon } from '../ui/icons';
import { back, videoPath } from '../ui/router';
import { tagTitle, useTitle } from '../ui/title';

/**
 * A hashtag's page: the videos carrying it, newest first, as a grid; a tap plays them in the
 * vertical feed from that one on (views counted with source "hashtag"), each at its own address.
 */
export function TagPage(props: { tag: string }) {
  const tag = props.tag.replace(/^#/, '');
  useTitle(tagTitle(tag));
  const source = useMemo(() => cardList(`tag:${tag.toLowerCase()}`,
    `/api/v1/hashtags/${encodeURIComponent(tag)}/videos`, 'hashtag'), [tag]);

  const open = (videos: VideoCard[], index: number, cursor: string | null) => {
    const model = new FeedModel(source, videos.map(toItem), cursor);
    model.position = index;
    openPlayer(model, `Videos with #${tag}`, `Back to #${tag}`, (video) => videoPath(video.video_id));
  };

  return (
    <main class="page tag-page">
      <header class="tag-header">
        <button type="button" class="icon-button" aria-label="Back" onClick={() => back('/')}><BackIcon size={24} /></button>
        <div>
          <h1>#{tag}</h1>
          <p class="muted">Newest videos first</p>
        </div>
      </header>
      <VideoGrid
        key={source.key}
        source={source}
        owner={false}
        onOpen={open}
        emptyText={`No videos with #${tag} yet.`}
        forbiddenText=""
      />
    </main>
  );
}
