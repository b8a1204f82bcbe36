-- The follow graph. Friends are mutual follows; a private account's followers are approved.
CREATE SCHEMA IF NOT EXISTS social;

CREATE TABLE social.follows (
    follower_id BIGINT      NOT NULL,
    followee_id BIGINT      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (follower_id, followee_id),
    CONSTRAINT follows_not_self CHECK (follower_id <> followee_id)
);
CREATE INDEX follows_followee ON social.follows (followee_id, created_at DESC, follower_id DESC);
CREATE INDEX follows_follower ON social.follows (follower_id, created_at DESC, followee_id DESC);

CREATE TABLE social.follow_requests (
    requester_id BIGINT      NOT NULL,
    target_id    BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (requester_id, target_id),
    CONSTRAINT follow_requests_not_self CHECK (requester_id <> target_id)
);
CREATE INDEX follow_requests_target ON social.follow_requests (target_id, created_at DESC, requester_id DESC);
