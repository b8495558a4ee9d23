-- The statistics of a region built the province-scale way: kept by statement triggers as evaluations change, read
-- in one short statement whatever the region's size.

-- Publication (公开): when finance published the evaluation with its region's results (NULL: not published).
ALTER TABLE self_evaluation ADD COLUMN published_at TIMESTAMPTZ;

-- The regions a unit counts in: its own region's path and every region above it, '/650000/', '/650000/650100/',
-- '/650000/650100/650121/' for a unit of 650121 (every segment of a region's path is a region).
CREATE FUNCTION region_paths(unit_path TEXT, region_code TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS
$$
SELECT left(r.path, s.n)
FROM (SELECT left(unit_path, strpos(unit_path, '/' || region_code || '/') + length(region_code) + 1) AS path) r,
     generate_series(2, length(r.path)) AS s(n)
WHERE substr(r.path, s.n, 1) = '/'
$$;

-- The submitted evaluations of a year in a region and below, by effective score (to the cent) and grade: a
-- summary with any threshold and the grade distribution sum the region's rows (at most one per score and grade).
CREATE TABLE evaluation_total
(
    fiscal_year     INT              NOT NULL,
    region_path     TEXT COLLATE "C" NOT NULL,
    score           NUMERIC(5, 2)    NOT NULL,
    grade           VARCHAR(16)      NOT NULL,
    evaluations     INT              NOT NULL,
    budget_amount   NUMERIC(22, 2)   NOT NULL,
    executed_amount NUMERIC(22, 2)   NOT NULL,
    -- of those, the published ones: the size of the public list
    published       INT              NOT NULL,
    PRIMARY KEY (fiscal_year, region_path, score, grade)
);

-- The targets in force of a year in a region and below: the denominator of the coverage.
CREATE TABLE target_total
(
    fiscal_year INT              NOT NULL,
    region_path TEXT COLLATE "C" NOT NULL,
    targets     INT              NOT NULL,
    PRIMARY KEY (fiscal_year, region_path)
);

-- What the changed rows of a statement add to the totals (new rows +1, old rows −1), a measure per column; groups
-- that add nothing are left alone, so a change that keeps what counts locks no total. Upserts in key order.
CREATE FUNCTION add_evaluation_totals() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    changed TEXT := concat_ws(' UNION ALL ',
        CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT n.*, 1 AS sign FROM new_rows n' END,
        CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT o.*, -1 AS sign FROM old_rows o' END);
BEGIN
    IF TG_TABLE_NAME = 'self_evaluation' THEN
        EXECUTE format($change$
            INSERT INTO evaluation.evaluation_total AS t
            SELECT c.fiscal_year, p.path, c.effective_score, c.effective_grade, sum(c.sign),
                   sum(c.sign * c.budget_amount), sum(c.sign * c.executed_amount),
                   sum(c.sign * (c.published_at IS NOT NULL)::INT)
            FROM (%s) c, evaluation.region_paths(c.unit_path, c.region_code) AS p(path)
            WHERE c.effective_score IS NOT NULL
            GROUP BY 1, 2, 3, 4
            HAVING sum(c.sign) <> 0 OR sum(c.sign * c.budget_amount) <> 0 OR sum(c.sign * c.executed_amount) <> 0
                OR sum(c.sign * (c.published_at IS NOT NULL)::INT) <> 0
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (fiscal_year, region_path, score, grade) DO UPDATE
                SET evaluations = t.evaluations + EXCLUDED.evaluations,
                    budget_amount = t.budget_amount + EXCLUDED.budget_amount,
                    executed_amount = t.executed_amount + EXCLUDED.executed_amount,
                    published = t.published + EXCLUDED.published$change$, changed);
    ELSE
        EXECUTE format($change$
            INSERT INTO evaluation.target_total AS t
            SELECT c.fiscal_year, p.path, sum(c.sign)
            FROM (%s) c, evaluation.region_paths(c.unit_path, c.region_code) AS p(path)
            GROUP BY 1, 2 HAVING sum(c.sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (fiscal_year, region_path) DO UPDATE SET targets = t.targets + EXCLUDED.targets$change$,
            changed);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER self_evaluation_totals_insert AFTER INSERT ON self_evaluation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_evaluation_totals();
CREATE TRIGGER self_evaluation_totals_update AFTER UPDATE ON self_evaluation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION add_evaluation_totals();
CREATE TRIGGER self_evaluation_totals_delete AFTER DELETE ON self_evaluation REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_evaluation_totals();
CREATE TRIGGER target_totals_insert AFTER INSERT ON target_in_force REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_evaluation_totals();
CREATE TRIGGER target_totals_update AFTER UPDATE ON target_in_force
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION add_evaluation_totals();
CREATE TRIGGER target_totals_delete AFTER DELETE ON target_in_force REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_evaluation_totals();

INSERT INTO target_total
SELECT t.fiscal_year, p.path, count(*) FROM target_in_force t, region_paths(t.unit_path, t.region_code) AS p(path)
GROUP BY 1, 2;
INSERT INTO evaluation_total
SELECT e.fiscal_year, p.path, e.effective_score, e.effective_grade, count(*), sum(e.budget_amount),
       sum(e.executed_amount), count(e.published_at)
FROM self_evaluation e, region_paths(e.unit_path, e.region_code) AS p(path)
WHERE e.effective_score IS NOT NULL GROUP BY 1, 2, 3, 4;

-- The public list: the published evaluations only (their effective results, never opinions or accounts), in unit
-- and project order; and each act of publication.
CREATE INDEX self_evaluation_published_idx
    ON self_evaluation (fiscal_year, unit_path, (COALESCE(project_code, '')), target_id) WHERE published_at IS NOT NULL;

CREATE TABLE publication
(
    fiscal_year  INT         NOT NULL,
    region_code  CHAR(6)     NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_by VARCHAR(64) NOT NULL,
    evaluations  INT         NOT NULL,
    PRIMARY KEY (fiscal_year, region_code, published_at)
);
