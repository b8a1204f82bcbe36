-- The moment of the clip the uploader chose for its cover (seconds from the start); NULL: the
-- default still (1 s in, or the middle of a clip shorter than 2 s). PostgreSQL orders NaN above
-- Infinity, so the check refuses both.
ALTER TABLE media.assets ADD COLUMN cover_seconds DOUBLE PRECISION
    CHECK (cover_seconds >= 0 AND cover_seconds < 'Infinity');
