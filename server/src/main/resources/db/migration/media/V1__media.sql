-- The media module's tables: uploads (bytes arriving) and assets (what was made of them).
-- Media knows owners and assets by id, never videos.
CREATE SCHEMA IF NOT EXISTS media;

CREATE TABLE media.uploads (
    id                BIGINT PRIMARY KEY,
    owner_id          BIGINT       NOT NULL,
    transport         VARCHAR(6)   NOT NULL CHECK (transport IN ('put', 'tus')),
    declared_size     BIGINT       NOT NULL,
    declared_duration REAL,
    width             INT,
    height            INT,
    fps               REAL,
    -- pending: waiting for bytes; receiving: a direct PUT is streaming; received: complete in storage;
    -- claimed: turned into an asset; terminated: deleted by its owner.
    status            VARCHAR(10)  NOT NULL,
    received_bytes    BIGINT       NOT NULL DEFAULT 0,
    source_key        VARCHAR(300) NOT NULL,
    expires_at        TIMESTAMPTZ  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    received_at       TIMESTAMPTZ
);
CREATE INDEX uploads_owner ON media.uploads (owner_id, created_at DESC);
CREATE INDEX uploads_expiry ON media.uploads (expires_at) WHERE status IN ('pending', 'receiving');

CREATE TABLE media.assets (
    id                    BIGINT PRIMARY KEY,
    owner_id              BIGINT       NOT NULL,
    upload_id             BIGINT       NOT NULL UNIQUE REFERENCES media.uploads (id),
    -- queued → processing → playable (lowest rung ready) → ready (whole ladder), or failed.
    status                VARCHAR(10)  NOT NULL,
    failure_reason        VARCHAR(40),
    public                BOOLEAN      NOT NULL,
    replacement_audio_key VARCHAR(300),
    duration_seconds      REAL,
    width                 INT,
    height                INT,
    progress              REAL         NOT NULL DEFAULT 0,
    has_audio_track       BOOLEAN,
    attempts              INT          NOT NULL DEFAULT 0,
    queued_at             TIMESTAMPTZ  NOT NULL,
    started_at            TIMESTAMPTZ,
    playable_at           TIMESTAMPTZ,
    finished_at           TIMESTAMPTZ,
    encode_seconds        REAL
);
CREATE INDEX assets_owner_queued ON media.assets (owner_id, queued_at DESC);

-- One row per finished rendition; the master playlist lists exactly these.
CREATE TABLE media.renditions (
    asset_id          BIGINT      NOT NULL REFERENCES media.assets (id) ON DELETE CASCADE,
    name              VARCHAR(8)  NOT NULL,
    width             INT         NOT NULL,
    height            INT         NOT NULL,
    frame_rate        REAL        NOT NULL,
    bandwidth         INT         NOT NULL,
    average_bandwidth INT         NOT NULL,
    codecs            VARCHAR(60) NOT NULL,
    ready_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (asset_id, name)
);

-- Transcoding jobs, in db-scheduler's table layout (PostgreSQL, version 16). Media runs its own
-- scheduler on it whose threads are the encode slots, so jobs start in priority order.
CREATE TABLE media.transcode_jobs (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    state                TEXT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX transcode_jobs_execution_time ON media.transcode_jobs (execution_time);
CREATE INDEX transcode_jobs_last_heartbeat ON media.transcode_jobs (last_heartbeat);
CREATE INDEX transcode_jobs_priority_execution_time ON media.transcode_jobs (priority DESC, execution_time ASC);
