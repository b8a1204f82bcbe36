-- An asset whose video was deleted: from this moment it is served to nobody (delivery and every
-- read skip it) until the removal job has deleted its files and then the row itself.
ALTER TABLE media.assets ADD COLUMN removed_at TIMESTAMPTZ;
