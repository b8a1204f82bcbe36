-- Engagement rows are the source of truth. Counters are derived: every change appends a delta in
-- the same transaction as its row, and a flusher folds deltas into video_counters in batches, so
-- thousands of likes per second on one video never queue on one counter row, and a crash loses
-- nothing (unflushed deltas are still there at restart).
CREATE SCHEMA IF NOT EXISTS engagement;

CREATE TABLE engagement.likes (
    video_id   BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (video_id, user_id)
);
CREATE INDEX likes_user ON engagement.likes (user_id, created_at DESC, video_id DESC);

CREATE TABLE engagement.saves (
    video_id   BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (video_id, user_id)
);
CREATE INDEX saves_user ON engagement.saves (user_id, created_at DESC, video_id DESC);

CREATE TABLE engagement.counter_deltas (
    id       BIGSERIAL PRIMARY KEY,
    video_id BIGINT NOT NULL,
    likes    INT    NOT NULL DEFAULT 0,
    saves    INT    NOT NULL DEFAULT 0
);
CREATE INDEX counter_deltas_video ON engagement.counter_deltas (video_id);

CREATE TABLE engagement.video_counters (
    video_id   BIGINT PRIMARY KEY,
    likes      BIGINT      NOT NULL DEFAULT 0,
    saves      BIGINT      NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL
);
