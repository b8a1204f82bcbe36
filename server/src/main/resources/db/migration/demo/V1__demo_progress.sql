-- What the demo catalogue has done, so a restart goes on where the last run stopped.
CREATE SCHEMA IF NOT EXISTS demo;

-- One row once seeding has begun (before the demo creators exist, so an installation whose only
-- accounts are the demo's is still seeded at the next start), with the last failure until a run
-- gets past it: the next start's ready line reports it.
CREATE TABLE demo.catalogue (
    id             INT PRIMARY KEY CHECK (id = 1),
    started_at     TIMESTAMPTZ NOT NULL,
    failure_reason TEXT,
    failure_fix    TEXT,
    failed_at      TIMESTAMPTZ
);

-- One row per scripted post turned into a video (post = its index in DemoScript.POSTS), written in
-- the transaction that creates the video: a post is never made twice. Published (with the sound a
-- later post may reuse) or failed as the video module says.
CREATE TABLE demo.posts (
    post           INT PRIMARY KEY,
    video_id       BIGINT      NOT NULL UNIQUE,
    created_at     TIMESTAMPTZ NOT NULL,
    published_at   TIMESTAMPTZ,
    sound_id       BIGINT,
    failure_reason TEXT
);
