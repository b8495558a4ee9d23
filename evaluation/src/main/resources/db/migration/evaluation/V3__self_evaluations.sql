-- Self-evaluations (单位自评): one per target in force, with the target as evaluated (its revision and indicators),
-- what the unit entered, the score with its breakdown and the rules it applied, and the reviewers' scores. The
-- effective score and grade are stored for the statistics: finance's score, else the department's, else the
-- self-score once submitted; NULL for a draft, which never counts.
CREATE TABLE self_evaluation
(
    target_id          UUID             PRIMARY KEY,
    revision           INT              NOT NULL,
    fiscal_year        INT              NOT NULL,
    kind               VARCHAR(24)      NOT NULL,
    region_code        CHAR(6)          NOT NULL,
    unit_code          VARCHAR(32)      NOT NULL,
    unit_path          TEXT COLLATE "C" NOT NULL,
    department_code    VARCHAR(32),
    project_code       VARCHAR(64) COLLATE "C",
    project_name       VARCHAR(200)     NOT NULL,
    approved_budget    NUMERIC(20, 2)   NOT NULL,
    status             VARCHAR(16)      NOT NULL,
    budget_amount      NUMERIC(20, 2)   NOT NULL,
    executed_amount    NUMERIC(20, 2)   NOT NULL,
    execution_score    NUMERIC(5, 2)    NOT NULL,
    self_score         NUMERIC(5, 2)    NOT NULL,
    self_grade         VARCHAR(16)      NOT NULL,
    applied_rules      JSONB            NOT NULL,
    rule_version       BIGINT           NOT NULL,
    filed_by           VARCHAR(64)      NOT NULL,
    scored_at          TIMESTAMPTZ      NOT NULL,
    submitted_at       TIMESTAMPTZ,
    department_score   NUMERIC(5, 2),
    department_opinion VARCHAR(2000),
    department_by      VARCHAR(64),
    department_at      TIMESTAMPTZ,
    finance_score      NUMERIC(5, 2),
    finance_opinion    VARCHAR(2000),
    finance_by         VARCHAR(64),
    finance_at         TIMESTAMPTZ,
    effective_score    NUMERIC(5, 2),
    effective_grade    VARCHAR(16),
    scored_by          VARCHAR(16),
    -- the breakdown, a line per indicator in position order (block, points, rule, score): kept in the row, so a
    -- rescore rewrites the evaluation's row only, not its indicators'
    line_blocks        VARCHAR(16)[]    NOT NULL,
    line_points        NUMERIC(5, 2)[]  NOT NULL,
    line_rules         VARCHAR(24)[]    NOT NULL,
    line_scores        NUMERIC(5, 2)[]  NOT NULL,
    version            BIGINT           NOT NULL,
    CHECK ((status = 'DRAFT') = (effective_score IS NULL))
)
-- room on each page for a rescore's new row version next to the old one (a HOT update: no index entry to write)
WITH (fillfactor = 70);
-- a region's self-evaluations of a year, in the order a rescore pages through them (and a subtree's statistics)
CREATE INDEX self_evaluation_year_idx ON self_evaluation (fiscal_year, unit_path, target_id);

-- Each indicator as evaluated: the target's (operator, target value, weight) beside the unit's input.
CREATE TABLE self_indicator
(
    target_id        UUID          NOT NULL REFERENCES self_evaluation (target_id) ON DELETE CASCADE,
    position         INT           NOT NULL,
    indicator_id     UUID          NOT NULL,
    level1           VARCHAR(16)   NOT NULL,
    level2           VARCHAR(32)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    operator         VARCHAR(16)   NOT NULL,
    target_value     VARCHAR(500)  NOT NULL,
    target_number    NUMERIC,
    unit             VARCHAR(32),
    weight           NUMERIC(9, 2) NOT NULL,
    actual_value     VARCHAR(500),
    actual_number    NUMERIC,
    achievement      VARCHAR(16),
    percent          NUMERIC(5, 2),
    deviation_reason VARCHAR(2000),
    PRIMARY KEY (target_id, position)
);
