-- A sound's page lists the published videos that use it, newest first (ids are time-ordered).
CREATE INDEX videos_sound ON video.videos (sound_id, id DESC) WHERE status = 'published';
