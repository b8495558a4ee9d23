-- The organisation tree (regions > departments > units) and the accounts acting in it.
CREATE TABLE org_unit
(
    code            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('REGION', 'DEPARTMENT', 'UNIT')),
    parent_code     VARCHAR(32) REFERENCES org_unit (code),
    -- '/650000/650100/650121/D01/U0101/': every subtree query is one prefix match on this.
    path            TEXT         NOT NULL UNIQUE,
    region_code     CHAR(6)      NOT NULL,
    department_code VARCHAR(32),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by      VARCHAR(64)
);
CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_code);

CREATE TABLE account
(
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- bcrypt (cost 10), never the password.
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'FINANCE', 'AUDITOR', 'DEPARTMENT', 'UNIT', 'EXPERT')),
    org_code      VARCHAR(32) REFERENCES org_unit (code),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by    VARCHAR(64)
);
CREATE INDEX account_org_idx ON account (org_code);
