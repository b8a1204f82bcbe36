-- A sound is visible to whoever may see its original video; once someone reuses it while that video
-- is public, it is published and stays visible (to everyone the owner has no block with) even if the
-- original video is later hidden.
ALTER TABLE sound.sounds ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
