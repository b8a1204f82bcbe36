import type { VideoCard } from '../api/types';
import { FeedModel } from '../feed/FeedModel';
import { openPlayer } from '../feed/openedPlayer';
import { toItem, type FeedSource } from '../feed/sources';
import { videoPath } from '../ui/router';

/**
 * What a tap on a grid's video does on the discovery pages: the grid's list plays in the vertical
 * feed over the page, from that video on, with the feed's player pool; each video at its share
 * address (/v/{id}), so Back closes the player and returns to the page as it was.
 */
export function gridOpener(source: FeedSource, label: string, closeLabel: string) {
  return (videos: VideoCard[], index: number, cursor: string | null) => {
    const model = new FeedModel(source, videos.map(toItem), cursor);
    model.position = index;
    openPlayer(model, label, closeLabel, (video) => videoPath(video.video_id));
  };
}
