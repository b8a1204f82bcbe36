-- The sound library. An original sound is the audio track of the clip it came from (its asset).
CREATE SCHEMA IF NOT EXISTS sound;

CREATE TABLE sound.sounds (
    id              BIGINT PRIMARY KEY,
    owner_id        BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    duration        REAL         NOT NULL,
    usage_count     INT          NOT NULL DEFAULT 0,
    is_original     BOOLEAN      NOT NULL,
    source_asset_id BIGINT       NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sounds_usage ON sound.sounds (usage_count DESC);
