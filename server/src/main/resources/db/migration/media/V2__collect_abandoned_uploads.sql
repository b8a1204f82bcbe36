-- A received upload now expires too (ttl after its file arrived, unless made into a video), and the
-- collector finds every upload whose time is up, finished or not, through this index. 'expired' is
-- the status of an upload whose files were collected.
DROP INDEX media.uploads_expiry;
CREATE INDEX uploads_expiry ON media.uploads (expires_at) WHERE status IN ('pending', 'receiving', 'received');
