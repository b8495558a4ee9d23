-- Ex-ante assessments, their score sheets and expert assignments.
CREATE TABLE assessment
(
    id                    UUID          NOT NULL PRIMARY KEY,
    fiscal_year           INT           NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    unit_code             VARCHAR(32)   NOT NULL,
    -- the owning unit's path: whole-region queries filter a subtree with one prefix match
    unit_path             TEXT          NOT NULL,
    region_code           CHAR(6)       NOT NULL,
    project_code          VARCHAR(64)   NOT NULL,
    project_name          VARCHAR(200)  NOT NULL,
    requested_amount      NUMERIC(18, 2) NOT NULL CHECK (requested_amount >= 0),
    necessity             TEXT,
    plan                  TEXT,
    funding               TEXT,
    required_by_threshold BOOLEAN       NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    total_score           NUMERIC(5, 2),
    grade                 VARCHAR(16),
    conclusion            VARCHAR(32),
    suggestions           TEXT,
    rule_version          BIGINT,
    concluded_at          TIMESTAMPTZ,
    concluded_by          VARCHAR(64),
    created_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL
);
-- One open assessment per unit, project and year; a rejected project may be assessed again.
CREATE UNIQUE INDEX assessment_open_key ON assessment (unit_code, project_code, fiscal_year) WHERE status = 'OPEN';
CREATE INDEX assessment_region_year_idx ON assessment (fiscal_year, unit_path text_pattern_ops);
CREATE INDEX assessment_gate_idx ON assessment (unit_code, project_code, fiscal_year, concluded_at DESC);

CREATE TABLE score_sheet
(
    assessment_id                  UUID          NOT NULL REFERENCES assessment (id),
    position                       INT           NOT NULL,
    assessor                       VARCHAR(100)  NOT NULL,
    necessity                      NUMERIC(5, 2) NOT NULL,
    economy                        NUMERIC(5, 2) NOT NULL,
    target_reasonableness          NUMERIC(5, 2) NOT NULL,
    feasibility                    NUMERIC(5, 2) NOT NULL,
    funding_compliance             NUMERIC(5, 2) NOT NULL,
    necessity_findings             TEXT,
    economy_findings               TEXT,
    target_reasonableness_findings TEXT,
    feasibility_findings           TEXT,
    funding_compliance_findings    TEXT,
    PRIMARY KEY (assessment_id, assessor)
);

CREATE TABLE assignment
(
    assessment_id   UUID        NOT NULL REFERENCES assessment (id),
    username        VARCHAR(64) NOT NULL,
    commissioned_by VARCHAR(32) NOT NULL,
    PRIMARY KEY (assessment_id, username)
);
CREATE INDEX assignment_username_idx ON assignment (username);
