import { del, post } from '../api/http';
import { describe } from '../api/problems';
import type { VideoCard } from '../api/types';
import { session } from '../auth/session';
import { askToLogIn } from '../ui/loginPrompt';
import { toast } from '../ui/toast';
import type { FeedModel } from './FeedModel';
import { isEvicted } from './entries';
import { followChanged } from './follows';

function signedIn(reason: string): boolean {
  if (session.get()) return true;
  askToLogIn(reason);
  return false;
}

const withStats = (video: VideoCard, change: Partial<VideoCard['stats']>, mine: Partial<VideoCard['user_engagement']>): VideoCard => ({
  ...video,
  stats: { ...video.stats, ...change },
  user_engagement: { ...video.user_engagement, ...mine },
});

/**
 * Likes show at once and are undone if the server refuses. `onlyLike` is the double tap, which
 * likes but never unlikes.
 */
export async function toggleLike(model: FeedModel, video: VideoCard, onlyLike = false): Promise<void> {
  if (!signedIn('to like videos')) return;
  const liked = video.user_engagement.has_liked;
  if (liked && onlyLike) return;
  const id = video.video_id;
  const apply = (like: boolean) => model.update((v) => v.video_id !== id || v.user_engagement.has_liked === like ? null
    : withStats(v, { likes: Math.max(0, v.stats.likes + (like ? 1 : -1)) }, { has_liked: like }));
  apply(!liked);
  try {
    if (liked) await del(`/api/v1/videos/${id}/like`);
    else {
      const answer = await post<{ likes_count: number }>(`/api/v1/videos/${id}/like`);
      model.update((v) => v.video_id === id ? withStats(v, { likes: answer.likes_count }, {}) : null);
    }
  } catch (error) {
    apply(liked);
    toast(describe(error));
  }
}

export async function toggleSave(model: FeedModel, video: VideoCard): Promise<void> {
  if (!signedIn('to save videos')) return;
  const saved = video.user_engagement.has_saved;
  const id = video.video_id;
  const apply = (save: boolean) => model.update((v) => v.video_id !== id || v.user_engagement.has_saved === save ? null
    : withStats(v, { saves: Math.max(0, v.stats.saves + (save ? 1 : -1)) }, { has_saved: save }));
  apply(!saved);
  try {
    if (saved) await del(`/api/v1/videos/${id}/save`);
    else await post(`/api/v1/videos/${id}/save`);
    toast(saved ? 'Removed from saved videos' : 'Saved');
  } catch (error) {
    apply(saved);
    toast(describe(error));
  }
}

export async function followCreator(model: FeedModel, video: VideoCard): Promise<void> {
  if (!signedIn('to follow creators')) return;
  const creator = video.user.user_id;
  try {
    const answer = await post<{ status: 'following' | 'requested' }>(`/api/v1/users/${creator}/follow`);
    if (answer.status === 'following') {
      model.update((v) => v.user.user_id === creator ? withStats(v, {}, { has_followed: true }) : null);
      followChanged();
      toast(`Following @${video.user.username}`);
    } else {
      toast(`Follow request sent to @${video.user.username}`);
    }
  } catch (error) {
    toast(describe(error));
  }
}

/** The system share sheet where there is one, else the link is copied (or shown to copy by hand). */
export async function share(model: FeedModel, video: VideoCard): Promise<string | null> {
  const fallbackUrl = new URL(`/v/${video.video_id}`, window.location.origin).href;
  const system = typeof navigator.share === 'function';
  let url = fallbackUrl;
  if (session.get()) {
    try {
      const answer = await post<{ share_url: string }>(`/api/v1/videos/${video.video_id}/share`,
        { share_type: 'external', platform: system ? 'system' : 'copy_link' });
      url = new URL(answer.share_url, window.location.origin).href;
      model.update((v) => v.video_id === video.video_id ? withStats(v, { shares: v.stats.shares + 1 }, {}) : null);
    } catch {
      // Counting the share failed; sharing the link still works.
    }
  }
  if (system) {
    try {
      await navigator.share({ title: video.caption ?? 'A video on Flick', url });
      return null;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    toast('Link copied');
    return null;
  } catch {
    return url; // the caller shows it to copy by hand
  }
}

export async function notInterested(model: FeedModel, video: VideoCard): Promise<void> {
  try {
    if (session.get()) await post(`/api/v1/videos/${video.video_id}/not-interested`);
    model.remove((item) => item.video_id === video.video_id);
    toast('Got it: you will see fewer videos like this');
  } catch (error) {
    toast(describe(error));
  }
}

export async function hideCreator(model: FeedModel, video: VideoCard): Promise<void> {
  if (!signedIn('to hide creators')) return;
  try {
    await post(`/api/v1/users/${video.user.user_id}/hide`);
    model.remove((item) => !isEvicted(item) && item.video.user.user_id === video.user.user_id);
    toast(`You will not be shown @${video.user.username} in For You`);
  } catch (error) {
    toast(describe(error));
  }
}
