-- What others see of a profile's counts: public videos and the likes they received. The owner sees
-- video_count and likes_count, which count every video. (Filled for existing videos by the video and
-- engagement modules' migrations, which own what is counted.)
ALTER TABLE account.users ADD COLUMN public_video_count INT    NOT NULL DEFAULT 0;
ALTER TABLE account.users ADD COLUMN public_likes_count BIGINT NOT NULL DEFAULT 0;
