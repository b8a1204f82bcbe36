-- An asset whose video was deleted: from this moment it is served to nobody (delivery and every
-- read skip it) until the removal job has deleted its files and then the row itself.
ALTER TABLE media.assets ADD COLUMN removed_at TIMESTAMPTZ;

-- How many times the cover (the thumbnails) was made again after an edit of its time: version n > 0
-- is stored as thumb_large_v<n>.jpg and thumb_small_v<n>.jpg, so a new cover has new addresses and
-- never meets a copy of the old one cached under the same URL.
ALTER TABLE media.assets ADD COLUMN cover_version INT NOT NULL DEFAULT 0;
