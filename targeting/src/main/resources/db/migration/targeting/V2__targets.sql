-- Performance targets. A target row holds the identity, owner and review state; each revision (0, then one per
-- adjustment) keeps its content and indicators; the revision in force is what later stages measure against.
CREATE TABLE target
(
    id                 UUID        NOT NULL PRIMARY KEY,
    fiscal_year        INT         NOT NULL,
    kind               VARCHAR(24) NOT NULL,
    unit_code          VARCHAR(32) NOT NULL,
    -- the owning unit's path: whole-region queries filter a subtree with one prefix match
    unit_path          TEXT        NOT NULL,
    region_code        CHAR(6)     NOT NULL,
    department_code    VARCHAR(32),
    department_reviews BOOLEAN     NOT NULL,
    project_code       VARCHAR(64),
    status             VARCHAR(24) NOT NULL,
    barred             BOOLEAN     NOT NULL,
    revision           INT         NOT NULL,
    in_force_revision  INT,
    created_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL
);
-- At most one target per unit, project and year; an overall-expenditure target (no project) one per unit and year.
CREATE UNIQUE INDEX target_business_key ON target (unit_code, fiscal_year, COALESCE(project_code, '#OVERALL'));
CREATE INDEX target_region_year_idx ON target (fiscal_year, unit_path text_pattern_ops);

CREATE TABLE target_revision
(
    target_id           UUID           NOT NULL REFERENCES target (id),
    revision            INT            NOT NULL,
    project_name        VARCHAR(200)   NOT NULL,
    budget_category     VARCHAR(24)    NOT NULL,
    fund_source         VARCHAR(24)    NOT NULL,
    budget_amount       NUMERIC(18, 2) NOT NULL CHECK (budget_amount > 0),
    overall_goal        TEXT,
    annual_goal         TEXT,
    requires_assessment BOOLEAN        NOT NULL,
    -- kept with the revision so statistics over a whole province are one aggregate, without reading indicators
    indicator_count     INT            NOT NULL,
    quantitative_count  INT            NOT NULL,
    PRIMARY KEY (target_id, revision)
);

CREATE TABLE indicator
(
    target_id    UUID           NOT NULL,
    revision     INT            NOT NULL,
    id           UUID           NOT NULL,
    position     INT            NOT NULL,
    level1       VARCHAR(16)    NOT NULL,
    level2       VARCHAR(24)    NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    operator     VARCHAR(16)    NOT NULL,
    target_value VARCHAR(500)   NOT NULL,
    unit         VARCHAR(32),
    basis        VARCHAR(24)    NOT NULL,
    weight       NUMERIC(9, 2)  NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (target_id, revision, id),
    FOREIGN KEY (target_id, revision) REFERENCES target_revision (target_id, revision)
);

CREATE TABLE review
(
    target_id        UUID        NOT NULL REFERENCES target (id),
    seq              INT         NOT NULL,
    revision         INT         NOT NULL,
    stage            VARCHAR(16) NOT NULL,
    reviewer         VARCHAR(64) NOT NULL,
    decision         VARCHAR(16) NOT NULL,
    grade            VARCHAR(16) NOT NULL,
    completeness     TEXT,
    relevance        TEXT,
    appropriateness  TEXT,
    feasibility      TEXT,
    comments         TEXT,
    resulting_status VARCHAR(24) NOT NULL,
    reviewed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (target_id, seq)
);
