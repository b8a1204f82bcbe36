import type { VideoCard } from '../api/types';

export interface VideoSettings {
  privacy: VideoCard['privacy'];
  comment_enabled: boolean;
  duet_enabled: boolean;
  stitch_enabled: boolean;
}

/** Who can watch a video and what others may do with it: the upload form's and the edit sheet's fields. */
export function VideoSettingsFields(props: { value: VideoSettings; onChange: (value: VideoSettings) => void }) {
  const { value, onChange } = props;
  const set = (change: Partial<VideoSettings>) => onChange({ ...value, ...change });
  return (
    <>
      <label class="field">
        <span>Who can watch</span>
        <select name="privacy" value={value.privacy} onChange={(e) => set({ privacy: e.currentTarget.value as VideoSettings['privacy'] })}>
          <option value="public">Everyone</option>
          <option value="friends">Friends</option>
          <option value="private">Only me</option>
        </select>
      </label>
      <fieldset class="toggles">
        <legend>Allow</legend>
        <label><input type="checkbox" name="comment_enabled" checked={value.comment_enabled} onChange={(e) => set({ comment_enabled: e.currentTarget.checked })} /> Comments</label>
        <label><input type="checkbox" name="duet_enabled" checked={value.duet_enabled} onChange={(e) => set({ duet_enabled: e.currentTarget.checked })} /> Duet</label>
        <label><input type="checkbox" name="stitch_enabled" checked={value.stitch_enabled} onChange={(e) => set({ stitch_enabled: e.currentTarget.checked })} /> Stitch</label>
      </fieldset>
    </>
  );
}
