import { del, patch } from '../api/http';
import type { VideoCard } from '../api/types';

/** What the owner may change of a video (`PATCH /api/v1/videos/{id}`); absent fields stay as they are. */
export interface VideoChanges {
  caption?: string;
  privacy?: VideoCard['privacy'];
  comment_enabled?: boolean;
  duet_enabled?: boolean;
  stitch_enabled?: boolean;
}

/** Only what differs from the card, so an untouched form sends nothing that could race another edit. */
export function changesFrom(card: VideoCard, form: Required<VideoChanges>): VideoChanges {
  const changes: VideoChanges = {};
  if (form.caption !== (card.caption ?? '')) changes.caption = form.caption;
  if (form.privacy !== card.privacy) changes.privacy = form.privacy;
  if (form.comment_enabled !== card.comment_enabled) changes.comment_enabled = form.comment_enabled;
  if (form.duet_enabled !== card.duet_enabled) changes.duet_enabled = form.duet_enabled;
  if (form.stitch_enabled !== card.stitch_enabled) changes.stitch_enabled = form.stitch_enabled;
  return changes;
}

export const editVideo = (videoId: string, changes: VideoChanges) => patch<VideoCard>(`/api/v1/videos/${videoId}`, changes);

export const deleteVideo = (videoId: string) => del<void>(`/api/v1/videos/${videoId}`);
