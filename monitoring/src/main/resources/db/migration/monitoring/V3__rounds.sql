-- Monitoring rounds (监控批次) and the reports their snapshot takes: one report per target in force of the round's
-- scope in its region's subtree, with the indicators of the revision in force, copied from monitoring's own copy of
-- the targets in force when the round is opened. What units file, finance reviews and the assessment computes are
-- added to these rows by later migrations.
CREATE TABLE round
(
    id           UUID             PRIMARY KEY,
    fiscal_year  INT              NOT NULL,
    region_code  CHAR(6)          NOT NULL,
    region_path  TEXT COLLATE "C" NOT NULL,
    cutoff_month INT              NOT NULL CHECK (cutoff_month BETWEEN 1 AND 12),
    scope        VARCHAR(24)      NOT NULL,
    due_date     DATE             NOT NULL,
    opened_by    VARCHAR(64)      NOT NULL,
    opened_at    TIMESTAMPTZ      NOT NULL,
    reports      INT              NOT NULL,
    version      BIGINT           NOT NULL,
    UNIQUE (fiscal_year, region_code, cutoff_month, scope)
);
-- the list: newest year and latest cut-off first
CREATE INDEX round_list_idx ON round ((-fiscal_year), (-cutoff_month), region_path, scope, id);

CREATE TABLE report
(
    round_id        UUID             NOT NULL REFERENCES round (id),
    target_id       UUID             NOT NULL,
    revision        INT              NOT NULL,
    kind            VARCHAR(24)      NOT NULL,
    unit_code       VARCHAR(32)      NOT NULL,
    unit_path       TEXT COLLATE "C" NOT NULL,
    department_code VARCHAR(32),
    project_code    VARCHAR(64) COLLATE "C",
    project_name    VARCHAR(200)     NOT NULL,
    fund_source     VARCHAR(24)      NOT NULL,
    -- the budget of the revision in force when the round was opened; the unit reports the adjusted full-year budget
    approved_budget NUMERIC(20, 2)   NOT NULL,
    PRIMARY KEY (round_id, target_id)
);
-- a round's reports in list order (unit path, project), and a unit's reports
CREATE INDEX report_list_idx ON report (round_id, unit_path, (COALESCE(project_code, '')), target_id);

CREATE TABLE report_indicator
(
    round_id     UUID          NOT NULL,
    target_id    UUID          NOT NULL,
    position     INT           NOT NULL,
    indicator_id UUID          NOT NULL,
    level1       VARCHAR(16)   NOT NULL,
    level2       VARCHAR(32)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    operator     VARCHAR(16)   NOT NULL,
    target_value VARCHAR(500)  NOT NULL,
    unit         VARCHAR(32),
    weight       NUMERIC(9, 2) NOT NULL,
    PRIMARY KEY (round_id, target_id, position),
    FOREIGN KEY (round_id, target_id) REFERENCES report (round_id, target_id)
);
