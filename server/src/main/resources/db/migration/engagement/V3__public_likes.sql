-- Like deltas say whether the liked video is public, so the creator's public likes count (what
-- others see of their profile) moves with them. Filled for likes folded before it existed.
ALTER TABLE engagement.counter_deltas ADD COLUMN owner_public BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE account.users u SET public_likes_count = c.n
FROM (SELECT v.owner_id, sum(vc.likes) AS n FROM engagement.video_counters vc
      JOIN video.videos v ON v.id = vc.video_id WHERE v.privacy = 'public' GROUP BY v.owner_id) c
WHERE u.id = c.owner_id;
