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

-- Shares, counted per type and platform.
CREATE TABLE engagement.shares (
    id         BIGSERIAL PRIMARY KEY,
    video_id   BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    share_type VARCHAR(8)  NOT NULL CHECK (share_type IN ('internal', 'external')),
    platform   VARCHAR(30),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX shares_video ON engagement.shares (video_id, share_type, platform);

-- Views with watch time: the raw material of analytics and recommendations. Only views marked
-- counted add to the view count (one per viewer and video per window), so looping requests
-- cannot inflate it; every view is still recorded.
CREATE TABLE engagement.views (
    id              BIGSERIAL PRIMARY KEY,
    video_id        BIGINT       NOT NULL,
    user_id         BIGINT,
    viewer_key      VARCHAR(64)  NOT NULL,
    watch_time      REAL         NOT NULL,
    completion_rate REAL         NOT NULL,
    source          VARCHAR(10)  NOT NULL,
    counted         BOOLEAN      NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX views_viewer ON engagement.views (video_id, viewer_key, created_at DESC);
CREATE INDEX views_user ON engagement.views (user_id, created_at DESC) WHERE user_id IS NOT NULL;

-- Comments: top-level ones and replies (one level, as TikTok shows them). Deleting is soft, so a
-- thread keeps its shape; deleted comments are never shown.
CREATE TABLE engagement.comments (
    id          BIGINT PRIMARY KEY,
    video_id    BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    parent_id   BIGINT REFERENCES engagement.comments (id),
    text        VARCHAR(150) NOT NULL,
    like_count  INT          NOT NULL DEFAULT 0,
    reply_count INT          NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL,
    deleted_at  TIMESTAMPTZ
);
CREATE INDEX comments_video_new ON engagement.comments (video_id, created_at DESC, id DESC) WHERE parent_id IS NULL;
CREATE INDEX comments_video_top ON engagement.comments (video_id, like_count DESC, id DESC) WHERE parent_id IS NULL;
CREATE INDEX comments_replies ON engagement.comments (parent_id, created_at, id);

CREATE TABLE engagement.comment_likes (
    comment_id BIGINT      NOT NULL REFERENCES engagement.comments (id),
    user_id    BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (comment_id, user_id)
);

CREATE TABLE engagement.counter_deltas (
    id       BIGSERIAL PRIMARY KEY,
    video_id BIGINT NOT NULL,
    -- The video's creator, on like deltas: likes received are folded into their profile too.
    owner_id BIGINT,
    likes    INT    NOT NULL DEFAULT 0,
    saves    INT    NOT NULL DEFAULT 0,
    shares   INT    NOT NULL DEFAULT 0,
    views    INT    NOT NULL DEFAULT 0,
    comments INT    NOT NULL DEFAULT 0
);
CREATE INDEX counter_deltas_video ON engagement.counter_deltas (video_id);

CREATE TABLE engagement.video_counters (
    video_id   BIGINT PRIMARY KEY,
    likes      BIGINT      NOT NULL DEFAULT 0,
    saves      BIGINT      NOT NULL DEFAULT 0,
    shares     BIGINT      NOT NULL DEFAULT 0,
    views      BIGINT      NOT NULL DEFAULT 0,
    comments   BIGINT      NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL
);
