-- Each member's recent searches: at most 20 kept per user (older ones are trimmed on every search),
-- one row per distinct query, its time moved to the top when searched again.
CREATE SCHEMA IF NOT EXISTS discovery;

CREATE TABLE discovery.recent_searches (
    user_id     BIGINT       NOT NULL,
    query       VARCHAR(400) NOT NULL,
    searched_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (user_id, query)
);
CREATE INDEX recent_searches_newest ON discovery.recent_searches (user_id, searched_at DESC);
