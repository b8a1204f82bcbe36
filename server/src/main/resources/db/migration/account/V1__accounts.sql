-- The account module's tables. Other modules refer to users by id only (no foreign keys across
-- module schemas), so each schema can move on its own.
CREATE SCHEMA IF NOT EXISTS account;

CREATE TABLE account.users (
    id               BIGINT PRIMARY KEY,
    username         VARCHAR(30)  NOT NULL,
    email            VARCHAR(254),
    phone            VARCHAR(20),
    password_hash    VARCHAR(255) NOT NULL,
    display_name     VARCHAR(50)  NOT NULL,
    bio              VARCHAR(160) NOT NULL DEFAULT '',
    avatar_key       VARCHAR(300),
    profile_video_id VARCHAR(20),
    is_verified      BOOLEAN      NOT NULL DEFAULT FALSE,
    is_private       BOOLEAN      NOT NULL DEFAULT FALSE,
    follower_count   INT          NOT NULL DEFAULT 0,
    following_count  INT          NOT NULL DEFAULT 0,
    likes_count      BIGINT       NOT NULL DEFAULT 0,
    video_count      INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT users_reachable CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
-- Usernames and e-mail addresses are unique regardless of case.
CREATE UNIQUE INDEX users_username_key ON account.users (lower(username));
CREATE UNIQUE INDEX users_email_key ON account.users (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX users_phone_key ON account.users (phone) WHERE phone IS NOT NULL;
CREATE INDEX users_follower_count ON account.users (follower_count DESC);

-- A sign-up waiting for its verification code. The user row exists only once the code is
-- confirmed, so an unverified sign-up can never squat an address or a username for good.
CREATE TABLE account.registrations (
    id            BIGINT PRIMARY KEY,
    channel       VARCHAR(5)   NOT NULL CHECK (channel IN ('email', 'phone')),
    address       VARCHAR(254) NOT NULL,
    username      VARCHAR(30)  NOT NULL,
    display_name  VARCHAR(50)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    code_hash     BYTEA        NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    expires_at    TIMESTAMPTZ  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT registrations_address_key UNIQUE (channel, address)
);

-- A login session: one per sign-in on a device; its refresh tokens form one rotation family.
CREATE TABLE account.sessions (
    id             BIGINT PRIMARY KEY,
    user_id        BIGINT      NOT NULL REFERENCES account.users (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ NOT NULL,
    refreshed_at   TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoked_reason VARCHAR(30)
);
CREATE INDEX sessions_user ON account.sessions (user_id);

-- Refresh tokens are stored as SHA-256 hashes; a token is used at most once.
CREATE TABLE account.refresh_tokens (
    token_hash BYTEA PRIMARY KEY,
    session_id BIGINT      NOT NULL REFERENCES account.sessions (id) ON DELETE CASCADE,
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_session ON account.refresh_tokens (session_id);

CREATE TABLE account.blocks (
    blocker_id BIGINT      NOT NULL REFERENCES account.users (id) ON DELETE CASCADE,
    blocked_id BIGINT      NOT NULL REFERENCES account.users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id),
    CONSTRAINT blocks_not_self CHECK (blocker_id <> blocked_id)
);
CREATE INDEX blocks_blocked ON account.blocks (blocked_id, blocker_id);
CREATE INDEX blocks_by_time ON account.blocks (blocker_id, created_at DESC, blocked_id DESC);
