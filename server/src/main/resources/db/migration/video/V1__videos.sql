-- The video catalog. A video's media asset has the video's id.
CREATE SCHEMA IF NOT EXISTS video;

CREATE TABLE video.videos (
    id              BIGINT PRIMARY KEY,
    owner_id        BIGINT        NOT NULL,
    upload_id       BIGINT        NOT NULL UNIQUE,
    caption         VARCHAR(2200) NOT NULL DEFAULT '',
    sound_id        BIGINT,
    privacy         VARCHAR(8)    NOT NULL CHECK (privacy IN ('public', 'friends', 'private')),
    duet_enabled    BOOLEAN       NOT NULL,
    stitch_enabled  BOOLEAN       NOT NULL,
    comment_enabled BOOLEAN       NOT NULL,
    -- processing → published (playable) or failed; never back.
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('processing', 'published', 'failed')),
    failure_reason  VARCHAR(40),
    duration        REAL,
    created_at      TIMESTAMPTZ   NOT NULL,
    published_at    TIMESTAMPTZ
);
CREATE INDEX videos_owner ON video.videos (owner_id, created_at DESC);
CREATE INDEX videos_published ON video.videos (published_at DESC) WHERE status = 'published';

CREATE TABLE video.hashtags (
    video_id BIGINT       NOT NULL REFERENCES video.videos (id) ON DELETE CASCADE,
    tag      VARCHAR(100) NOT NULL,
    position SMALLINT     NOT NULL,
    PRIMARY KEY (video_id, tag)
);
CREATE INDEX hashtags_tag ON video.hashtags (tag, video_id DESC);

CREATE TABLE video.mentions (
    video_id BIGINT NOT NULL REFERENCES video.videos (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (video_id, user_id)
);
