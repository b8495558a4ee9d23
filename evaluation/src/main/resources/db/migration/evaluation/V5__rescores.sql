-- Rescores (重新计分): every self-evaluation of a region and year scored again with the rules in force, page by
-- page in the background. A job keeps where it is (the last evaluation of the last page it committed, in the order
-- of self_evaluation_year_idx) in the same transaction as the page, so a job the service did not finish (a crash,
-- a restart) carries on from there when the service starts again.
CREATE TABLE rescore_job
(
    id           UUID             PRIMARY KEY,
    fiscal_year  INT              NOT NULL,
    region_code  CHAR(6)          NOT NULL,
    region_path  TEXT COLLATE "C" NOT NULL,
    status       VARCHAR(16)      NOT NULL,
    requested_by VARCHAR(64)      NOT NULL,
    started_at   TIMESTAMPTZ      NOT NULL,
    finished_at  TIMESTAMPTZ,
    -- the self-evaluations of the region and year when the job started
    evaluations  INT              NOT NULL,
    -- read so far; of those, the ones whose score, breakdown or rules changed; of those, the ones whose effective
    -- score or grade changed (each published as EvaluationCompleted)
    read         INT              NOT NULL DEFAULT 0,
    rescored     INT              NOT NULL DEFAULT 0,
    changed      INT              NOT NULL DEFAULT 0,
    after_path   TEXT COLLATE "C",
    after_target UUID,
    failure      VARCHAR(2000)
);
-- one running job per region and year
CREATE UNIQUE INDEX rescore_job_running_idx ON rescore_job (fiscal_year, region_code) WHERE status = 'RUNNING';
