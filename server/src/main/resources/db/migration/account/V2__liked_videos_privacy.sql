-- Whether others may see the videos a user liked (TikTok keeps this private by default).
ALTER TABLE account.users ADD COLUMN liked_videos_public BOOLEAN NOT NULL DEFAULT FALSE;
