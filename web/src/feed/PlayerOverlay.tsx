import { useEffect } from 'preact/hooks';
import { BackIcon } from '../ui/icons';
import { back } from '../ui/router';
import { useTitle, videoTitle } from '../ui/title';
import { useStore } from '../ui/store';
import { isEvicted } from './entries';
import { FeedView } from './FeedView';
import { showing, type OpenedPlayer } from './openedPlayer';
import './overlay.css';

/** A grid's videos in the vertical feed, over the page they were opened from; Back (or its arrow) closes it. */
export function PlayerOverlay(props: { player: OpenedPlayer }) {
  const { player } = props;
  const state = useStore(player.model.state);
  const item = state.items[player.model.position];
  useTitle(item && !isEvicted(item) ? videoTitle(item.video) : null);
  // Focus into the player, so keys (arrows, space) drive it at once.
  useEffect(() => (document.querySelector('.overlay-player .feed-scroller') as HTMLElement | null)?.focus(), []);
  return (
    <div class="overlay-player">
      <FeedView model={player.model} label={player.label} onCurrent={(entry) => showing(player, entry)} />
      <button type="button" class="icon-button overlay-close" aria-label={player.closeLabel} onClick={() => back(player.from)}>
        <BackIcon size={26} />
      </button>
    </div>
  );
}
