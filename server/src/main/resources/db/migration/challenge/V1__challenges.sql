-- Hashtag challenges, their entries and leaderboards. Entries and their counters are derived from
-- other modules' events (video published/edited/deleted, likes, views, shares); each signal is kept
-- once per account (entry_signals), so a redelivered event changes nothing and counters move by
-- exactly what was added or taken back.
CREATE SCHEMA IF NOT EXISTS challenge;

CREATE TABLE challenge.challenges (
    id             BIGINT PRIMARY KEY,
    hashtag        TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    description    TEXT        NOT NULL,
    rules          TEXT        NOT NULL,
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    sound_id       BIGINT,
    cover_video_id BIGINT,
    creator_id     BIGINT      NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    -- Set once, when the leaderboard of an ended challenge is computed into final_ranks.
    frozen_at      TIMESTAMPTZ
);
CREATE INDEX challenges_by_hashtag ON challenge.challenges (hashtag, starts_at);
CREATE INDEX challenges_by_start ON challenge.challenges (starts_at, id);
CREATE INDEX challenges_by_end ON challenge.challenges (ends_at, id);

-- Score points: a view by an account 1, a like 3, a share 5, a whole watch 2 (best completion per
-- account, in thousandths). Ties go to the earlier entry.
CREATE TABLE challenge.entries (
    challenge_id        BIGINT      NOT NULL REFERENCES challenge.challenges,
    video_id            BIGINT      NOT NULL,
    owner_id            BIGINT      NOT NULL,
    entered_at          TIMESTAMPTZ NOT NULL,
    views               INT         NOT NULL DEFAULT 0,
    likes               INT         NOT NULL DEFAULT 0,
    shares              INT         NOT NULL DEFAULT 0,
    completion_permille BIGINT      NOT NULL DEFAULT 0,
    score               BIGINT GENERATED ALWAYS AS (views + 3 * likes + 5 * shares + (2 * completion_permille) / 1000) STORED,
    PRIMARY KEY (challenge_id, video_id)
);
CREATE INDEX entries_board ON challenge.entries (challenge_id, score DESC, entered_at, video_id);
CREATE INDEX entries_by_video ON challenge.entries (video_id);

-- kind: 'l' like, 'v' view (completion_permille: the account's best watch), 's' share.
CREATE TABLE challenge.entry_signals (
    challenge_id        BIGINT  NOT NULL,
    video_id            BIGINT  NOT NULL,
    user_id             BIGINT  NOT NULL,
    kind                CHAR(1) NOT NULL CHECK (kind IN ('l', 'v', 's')),
    completion_permille INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (challenge_id, video_id, user_id, kind),
    FOREIGN KEY (challenge_id, video_id) REFERENCES challenge.entries ON DELETE CASCADE
);

-- The leaderboard of an ended challenge, computed once and never changed.
CREATE TABLE challenge.final_ranks (
    challenge_id BIGINT NOT NULL REFERENCES challenge.challenges,
    rank         INT    NOT NULL,
    video_id     BIGINT NOT NULL,
    score        BIGINT NOT NULL,
    PRIMARY KEY (challenge_id, rank)
);

-- One invitation per invitee and challenge: asking again notifies nobody twice.
CREATE TABLE challenge.invitations (
    challenge_id BIGINT      NOT NULL REFERENCES challenge.challenges,
    invitee_id   BIGINT      NOT NULL,
    inviter_id   BIGINT      NOT NULL,
    invited_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (challenge_id, invitee_id)
);
