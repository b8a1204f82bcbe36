-- The recommender's durable state. Everything else it knows is rebuilt in memory from these at start.
CREATE SCHEMA IF NOT EXISTS feed;

-- The videos it may propose, with the embedding of their text (all-MiniLM-L6-v2, 384 values).
CREATE TABLE feed.items (
    video_id     BIGINT PRIMARY KEY,
    creator_id   BIGINT      NOT NULL,
    sound_id     BIGINT      NOT NULL,
    hashtags     TEXT[]      NOT NULL,
    duration     REAL        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    public       BOOLEAN     NOT NULL,
    embedding    REAL[]      NOT NULL
);

-- Every signal (view, like, share, not interested, follow, unfollow, hide, unhide), in order.
-- kind is the ordinal of io.flick.feed.signals.Signal.Kind: append new kinds at the end only.
CREATE TABLE feed.signals (
    id            BIGSERIAL PRIMARY KEY,
    kind          SMALLINT    NOT NULL,
    user_id       BIGINT,
    target_id     BIGINT      NOT NULL,
    watch_seconds REAL        NOT NULL,
    completion    REAL        NOT NULL,
    at            TIMESTAMPTZ NOT NULL
);
