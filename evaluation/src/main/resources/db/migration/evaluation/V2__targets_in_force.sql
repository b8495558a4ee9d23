-- Evaluation's own copy of the targets in force (a projection): filled from targeting's TargetApproved events and
-- rebuilt from targeting's TargetsInForce API. One row per target at the revision in force; an adjustment replaces
-- it, a redelivered or older approval changes nothing. Self-evaluations score against it, never against targeting.
CREATE TABLE target_in_force
(
    target_id       UUID             PRIMARY KEY,
    revision        INT              NOT NULL,
    fiscal_year     INT              NOT NULL,
    kind            VARCHAR(24)      NOT NULL,
    region_code     CHAR(6)          NOT NULL,
    unit_code       VARCHAR(32)      NOT NULL,
    unit_path       TEXT COLLATE "C" NOT NULL,
    department_code VARCHAR(32),
    project_code    VARCHAR(64) COLLATE "C",
    project_name    VARCHAR(200)     NOT NULL,
    budget_category VARCHAR(24)      NOT NULL,
    fund_source     VARCHAR(24)      NOT NULL,
    budget_amount   NUMERIC(20, 2)   NOT NULL,
    approved_at     TIMESTAMPTZ      NOT NULL,
    -- the target's version the approval produced: what the copy is up to date with
    target_version  BIGINT           NOT NULL
);
-- coverage: the targets of a year in a region's subtree
CREATE INDEX target_in_force_year_idx ON target_in_force (fiscal_year, unit_path);

CREATE TABLE target_indicator
(
    target_id     UUID          NOT NULL REFERENCES target_in_force (target_id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    indicator_id  UUID          NOT NULL,
    level1        VARCHAR(16)   NOT NULL,
    level2        VARCHAR(32)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    operator      VARCHAR(16)   NOT NULL,
    target_value  VARCHAR(500)  NOT NULL,
    -- the target value of a quantitative indicator as a number, parsed once when it is kept
    target_number NUMERIC,
    unit          VARCHAR(32),
    weight        NUMERIC(9, 2) NOT NULL,
    PRIMARY KEY (target_id, position)
);
