-- What result application keeps of the stages before it (its projections, each row the latest event of its source,
-- by aggregate version) and the rectification tasks (整改) they open.

-- The effective evaluation result of each submitted self-evaluation (evaluation's EvaluationCompleted).
CREATE TABLE evaluation_result
(
    target_id         UUID             PRIMARY KEY,
    fiscal_year       INT              NOT NULL,
    region_code       CHAR(6)          NOT NULL,
    unit_code         VARCHAR(32)      NOT NULL,
    unit_path         TEXT COLLATE "C" NOT NULL,
    department_code   VARCHAR(32),
    kind              VARCHAR(24)      NOT NULL,
    project_code      VARCHAR(64) COLLATE "C",
    project_name      VARCHAR(200)     NOT NULL,
    budget_amount     NUMERIC(20, 2)   NOT NULL,
    executed_amount   NUMERIC(20, 2)   NOT NULL,
    self_score        NUMERIC(5, 2)    NOT NULL,
    effective_score   NUMERIC(5, 2)    NOT NULL,
    grade             VARCHAR(16)      NOT NULL,
    scored_by         VARCHAR(16)      NOT NULL,
    changed_at        TIMESTAMPTZ      NOT NULL,
    aggregate_version BIGINT           NOT NULL
);
-- a region's own projects of a year, as a budget proposal reads them
CREATE INDEX evaluation_result_region_idx ON evaluation_result (fiscal_year, region_code, unit_path);

-- The latest review of each reviewed monitoring report (monitoring's MonitoringReviewed).
CREATE TABLE monitoring_review
(
    report_id         UUID             PRIMARY KEY,
    round_id          UUID             NOT NULL,
    target_id         UUID             NOT NULL,
    fiscal_year       INT              NOT NULL,
    region_code       CHAR(6)          NOT NULL,
    unit_code         VARCHAR(32)      NOT NULL,
    unit_path         TEXT COLLATE "C" NOT NULL,
    department_code   VARCHAR(32),
    project_code      VARCHAR(64) COLLATE "C",
    project_name      VARCHAR(200)     NOT NULL,
    cutoff_month      INT              NOT NULL,
    budget_amount     NUMERIC(20, 2)   NOT NULL,
    executed_amount   NUMERIC(20, 2)   NOT NULL,
    score             NUMERIC(5, 2)    NOT NULL,
    action            VARCHAR(24)      NOT NULL,
    amount            NUMERIC(20, 2),
    opinion           VARCHAR(2000),
    warning           BOOLEAN,
    reasons           TEXT[]           NOT NULL,
    reviewed_at       TIMESTAMPTZ      NOT NULL,
    aggregate_version BIGINT           NOT NULL
);
-- a project's monitoring of a year (the basis of its proposal)
CREATE INDEX monitoring_review_target_idx ON monitoring_review (target_id);
-- the money monitoring recalled or cut in a subtree and year
CREATE INDEX monitoring_review_money_idx ON monitoring_review (fiscal_year, unit_path)
    INCLUDE (amount, action, target_id) WHERE action IN ('RECALL_FUNDS', 'ADJUST_BUDGET');

-- Each flagged spot-check item (evaluation's SpotCheckFlagged), its latest flagging.
CREATE TABLE spot_check_flag
(
    spot_check_id     UUID             NOT NULL,
    target_id         UUID             NOT NULL,
    fiscal_year       INT              NOT NULL,
    region_code       CHAR(6)          NOT NULL,
    unit_code         VARCHAR(32)      NOT NULL,
    unit_path         TEXT COLLATE "C" NOT NULL,
    project_code      VARCHAR(64) COLLATE "C",
    project_name      VARCHAR(200)     NOT NULL,
    self_score        NUMERIC(5, 2)    NOT NULL,
    review_score      NUMERIC(5, 2)    NOT NULL,
    gap               NUMERIC(6, 2)    NOT NULL,
    gap_threshold     NUMERIC(5, 2)    NOT NULL,
    opinion           VARCHAR(2000),
    flagged_at        TIMESTAMPTZ      NOT NULL,
    aggregate_version BIGINT           NOT NULL,
    PRIMARY KEY (spot_check_id, target_id)
);

-- Rectification tasks: one per source (its id is a name-based UUID of source and source key). progress is OPEN,
-- RESPONDED or VERIFIED; OVERDUE is computed from the deadline when read. Responses and verifications are kept in
-- order, as JSON arrays: [{text, attachmentRef, respondedBy, respondedAt}], [{accepted, opinion, verifiedBy,
-- verifiedAt}].
CREATE TABLE rectification
(
    id              UUID             PRIMARY KEY,
    source          VARCHAR(16)      NOT NULL,
    source_key      VARCHAR(80)      NOT NULL,
    fiscal_year     INT              NOT NULL,
    region_code     CHAR(6)          NOT NULL,
    unit_code       VARCHAR(32)      NOT NULL,
    unit_path       TEXT COLLATE "C" NOT NULL,
    department_code VARCHAR(32),
    target_id       UUID             NOT NULL,
    project_code    VARCHAR(64) COLLATE "C",
    project_name    VARCHAR(200)     NOT NULL,
    problem         VARCHAR(4000)    NOT NULL,
    opened_at       TIMESTAMPTZ      NOT NULL,
    opened_on       DATE             NOT NULL,
    deadline        DATE             NOT NULL,
    deadline_rule   JSONB            NOT NULL,
    progress        VARCHAR(16)      NOT NULL CHECK (progress IN ('OPEN', 'RESPONDED', 'VERIFIED')),
    responses       JSONB            NOT NULL,
    verifications   JSONB            NOT NULL,
    version         BIGINT           NOT NULL,
    UNIQUE (source, source_key)
);
-- a subtree's tasks in list order (newest deadline first)
CREATE INDEX rectification_list_idx ON rectification (unit_path, deadline DESC, id);
-- a project's open tasks of any year, as a proposal counts them (a project is a unit's project code)
CREATE INDEX rectification_open_idx ON rectification (unit_code, project_code) WHERE progress <> 'VERIFIED';
