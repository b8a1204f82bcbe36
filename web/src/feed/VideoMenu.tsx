import { useState } from 'preact/hooks';
import { get } from '../api/http';
import { describe } from '../api/problems';
import type { FeedItem, WhyThisVideo } from '../api/types';
import { session } from '../auth/session';
import { InstallButton } from '../install/InstallButton';
import { VideoEditSheet } from '../lifecycle/VideoEditSheet';
import { DataSaverSwitch } from '../player/DataSaverSwitch';
import { Sheet } from '../ui/Sheet';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';
import type { FeedModel } from './FeedModel';
import { hideCreator, notInterested } from './videoActions';

/**
 * "More options" of a video: why it was recommended, not interested, hide the creator, copy the
 * link; edit and delete for its owner; and the playback settings (data saver) and "Install app"
 * where the browser offers it.
 */
export function VideoMenu(props: { item: FeedItem; model: FeedModel; onClose: () => void }) {
  const { item, model, onClose } = props;
  const me = useStore(session);
  const [why, setWhy] = useState<WhyThisVideo | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recommended = (item.view_source ?? model.source.viewSource) === 'fyp';
  const own = me?.user.user_id === item.video.user.user_id;
  const [owner, setOwner] = useState<'edit' | 'delete' | null>(null);

  const explain = async () => {
    setLoading(true);
    setError(null);
    try {
      setWhy(await get<WhyThisVideo>(`/api/v1/feed/for-you/why/${item.video_id}`));
    } catch (e) {
      setError(describe(e));
    } finally {
      setLoading(false);
    }
  };

  if (owner) {
    return (
      <VideoEditSheet
        video={item.video}
        confirmDelete={owner === 'delete'}
        onClose={onClose}
        onEdited={(edited) => model.update((v) => (v.video_id === edited.video_id ? edited : null))}
        onDeleted={(id) => model.remove((entry) => entry.video_id === id)}
      />
    );
  }

  if (why) {
    return (
      <Sheet title="Why you are seeing this video" onClose={onClose}>
        <p class="why-explanation">{why.explanation}</p>
        {why.signals.length > 0 && (
          <ul class="why-signals">
            {why.signals.map((signal) => <li key={signal.name}>{signal.description}</li>)}
          </ul>
        )}
      </Sheet>
    );
  }

  return (
    <Sheet title="More options" onClose={onClose}>
      <div class="menu">
        {recommended && (
          <button type="button" class="menu-item" onClick={explain} disabled={loading} aria-busy={loading}>
            Why this video
          </button>
        )}
        {error && <p class="form-error" role="alert">{error}</p>}
        {own && (
          <button type="button" class="menu-item" onClick={() => setOwner('edit')}>
            Edit video
          </button>
        )}
        {own && (
          <button type="button" class="menu-item danger" onClick={() => setOwner('delete')}>
            Delete video
          </button>
        )}
        {!own && (
          <button type="button" class="menu-item" onClick={() => { onClose(); void notInterested(model, item.video); }}>
            Not interested
          </button>
        )}
        {!own && recommended && (
          <button type="button" class="menu-item" onClick={() => { onClose(); void hideCreator(model, item.video); }}>
            Don't recommend @{item.video.user.username}
          </button>
        )}
        <button
          type="button"
          class="menu-item"
          onClick={async () => {
            const url = new URL(`/v/${item.video_id}`, window.location.origin).href;
            try {
              await navigator.clipboard.writeText(url);
              toast('Link copied');
            } catch {
              toast(url);
            }
            onClose();
          }}
        >
          Copy link
        </button>
        <DataSaverSwitch />
        <InstallButton onDone={onClose} />
      </div>
    </Sheet>
  );
}
