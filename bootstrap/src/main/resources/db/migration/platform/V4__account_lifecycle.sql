-- Accounts and organisation units carry a version (ETag, If-Match, 409 when stale); accounts can be changed,
-- disabled and given API tokens.
ALTER TABLE account ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE org_unit ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE org_unit ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE org_unit ADD COLUMN updated_by VARCHAR(64);

-- An API token acts as its account (Authorization: Bearer jxt_...). Only the SHA-256 of the secret is kept: the
-- secret has 256 random bits, so a fast hash is as safe as a slow one and the check costs microseconds.
CREATE TABLE api_token
(
    id          UUID         NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL REFERENCES account (username),
    name        VARCHAR(100) NOT NULL,
    secret_hash BYTEA        NOT NULL UNIQUE,
    -- the first characters of the secret, so that a holder can tell which token is which
    prefix      VARCHAR(16)  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    revoked_at  TIMESTAMPTZ,
    revoked_by  VARCHAR(64)
);
CREATE INDEX api_token_account_idx ON api_token (username, created_at);
