-- Fills account.users.public_video_count (added by the account module, which runs first) for videos
-- published before it existed: afterwards publishing keeps it.
UPDATE account.users u SET public_video_count = c.n
FROM (SELECT owner_id, count(*) AS n FROM video.videos WHERE privacy = 'public' AND status = 'published' GROUP BY owner_id) c
WHERE u.id = c.owner_id;
