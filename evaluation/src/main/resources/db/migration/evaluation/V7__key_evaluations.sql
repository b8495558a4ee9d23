-- Department evaluations (部门评价) and finance key evaluations (财政重点评价) over the framework DECISION /
-- PROCESS / OUTPUT / BENEFIT: the subject, who commissioned it and who evaluates (its own staff or a third-party
-- agency's EXPERT account), the weights, and once scored the scores, findings, report, score and grade.
CREATE TABLE key_evaluation
(
    id                UUID             PRIMARY KEY,
    fiscal_year       INT              NOT NULL,
    subject_type      VARCHAR(24)      NOT NULL,
    target_id         UUID,
    unit_code         VARCHAR(32)      NOT NULL,
    unit_path         TEXT COLLATE "C" NOT NULL,
    region_code       CHAR(6)          NOT NULL,
    project_code      VARCHAR(64),
    subject_name      VARCHAR(200)     NOT NULL,
    evaluator_type    VARCHAR(16)      NOT NULL,
    commissioned_by   VARCHAR(32)      NOT NULL,
    commissioner_path TEXT COLLATE "C" NOT NULL,
    agency            VARCHAR(200),
    expert            VARCHAR(64),
    weight_decision   NUMERIC(5, 2)    NOT NULL,
    weight_process    NUMERIC(5, 2)    NOT NULL,
    weight_output     NUMERIC(5, 2)    NOT NULL,
    weight_benefit    NUMERIC(5, 2)    NOT NULL,
    score_decision    NUMERIC(5, 2),
    score_process     NUMERIC(5, 2),
    score_output      NUMERIC(5, 2),
    score_benefit     NUMERIC(5, 2),
    findings          VARCHAR(4000),
    report            VARCHAR(20000),
    score             NUMERIC(5, 2),
    grade             VARCHAR(16),
    applied_rules     JSONB,
    scored_by         VARCHAR(64),
    scored_at         TIMESTAMPTZ,
    created_by        VARCHAR(64)      NOT NULL,
    created_at        TIMESTAMPTZ      NOT NULL,
    version           BIGINT           NOT NULL
);
CREATE INDEX key_evaluation_subject_idx ON key_evaluation (fiscal_year, unit_path);
CREATE INDEX key_evaluation_commissioner_idx ON key_evaluation (fiscal_year, commissioner_path);
CREATE INDEX key_evaluation_expert_idx ON key_evaluation (expert, fiscal_year) WHERE expert IS NOT NULL;
