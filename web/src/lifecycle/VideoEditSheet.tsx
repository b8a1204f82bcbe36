import { useState } from 'preact/hooks';
import { ApiError, describe } from '../api/problems';
import type { VideoCard } from '../api/types';
import { Sheet } from '../ui/Sheet';
import { toast } from '../ui/toast';
import { VideoSettingsFields, type VideoSettings } from '../ui/VideoSettingsFields';
import { changesFrom, deleteVideo, editVideo } from './videoLifecycle';
import './lifecycle.css';

/**
 * The owner's sheet for one of their videos: edit its caption, who can watch it and what others
 * may do with it, or delete it (asked once more before it happens: a deletion cannot be undone).
 */
export function VideoEditSheet(props: {
  video: VideoCard;
  /** Opened from "Delete video": the confirmation first. */
  confirmDelete?: boolean;
  onClose: () => void;
  onEdited: (video: VideoCard) => void;
  onDeleted: (videoId: string) => void;
}) {
  const { video } = props;
  const [caption, setCaption] = useState(video.caption ?? '');
  const [settings, setSettings] = useState<VideoSettings>({ privacy: video.privacy, comment_enabled: video.comment_enabled,
    duet_enabled: video.duet_enabled, stitch_enabled: video.stitch_enabled });
  const [confirming, setConfirming] = useState(!!props.confirmDelete);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    const changes = changesFrom(video, { caption, ...settings });
    if (Object.keys(changes).length === 0) {
      props.onClose();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      props.onEdited(await editVideo(video.video_id, changes));
      toast('Video updated');
      props.onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e : describe(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteVideo(video.video_id);
      props.onDeleted(video.video_id);
      toast('Video deleted');
      props.onClose();
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.forField(field) : undefined);
  const formError = error && (typeof error === 'string' || error.fieldErrors.length === 0)
    ? <p class="form-error" role="alert">{typeof error === 'string' ? error : error.message}</p> : null;

  if (confirming) {
    return (
      <Sheet title="Delete this video?" onClose={props.onClose} class="lifecycle-sheet">
        <p class="lifecycle-warning">
          It disappears from your profile, feeds and search, with its likes and comments. This cannot be undone.
        </p>
        {formError}
        <div class="lifecycle-actions">
          <button type="button" class="button secondary" onClick={() => (props.confirmDelete ? props.onClose() : setConfirming(false))}
                  disabled={busy}>Cancel</button>
          <button type="button" class="button danger" onClick={remove} disabled={busy} aria-busy={busy}>Delete</button>
        </div>
      </Sheet>
    );
  }

  return (
    <Sheet title="Edit video" onClose={props.onClose} class="lifecycle-sheet">
      <form class="form" onSubmit={save}>
        <label class="field">
          <span>Caption</span>
          <textarea name="caption" maxLength={2200} rows={3} value={caption} placeholder="Say something #hashtag @mention"
                    onInput={(e) => setCaption(e.currentTarget.value)} aria-invalid={!!fieldError('caption')} />
          {fieldError('caption') && <small class="field-error">{fieldError('caption')}</small>}
          {fieldError('hashtags') && <small class="field-error">{fieldError('hashtags')}</small>}
        </label>
        <VideoSettingsFields value={settings} onChange={setSettings} />
        {formError}
        <button type="submit" class="button wide" disabled={busy} aria-busy={busy}>Save</button>
        <button type="button" class="link-button lifecycle-delete" onClick={() => setConfirming(true)} disabled={busy}>
          Delete video
        </button>
      </form>
    </Sheet>
  );
}
