-- Shares, like views, are all recorded but counted once per sharer, video and platform per window
-- (and only a few platforms per sharer and video), so one user cannot inflate a video's shares.
ALTER TABLE engagement.shares ADD COLUMN counted BOOLEAN NOT NULL DEFAULT TRUE;
CREATE INDEX shares_sharer ON engagement.shares (video_id, user_id, created_at DESC);
