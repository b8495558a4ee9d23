-- A round's results in a table of their own, and its totals per region as well as per unit: what made a round of
-- 100,000 reports slow (bench/monitoring.sh).
--
-- Assessing a round rewrote every report row (and every indicator row) in place. Now each assessment replaces the
-- round's rows of report_result — a DELETE and one INSERT … SELECT, written like a fresh table — and a report keeps
-- only what the unit filed and finance reviewed. A report has a result when the round's last assessment came after
-- its last filing: filing again deletes it. A result keeps its indicators' lights in position order.
--
-- report_total (V7) has a row per unit and fund source: a department's or a unit's part of a round is a handful of
-- them, but a province's round spreads over ten thousand units. report_region_total holds the sums per region (the
-- region the reporting unit belongs to), so a region's subtree, what finance and auditors see, is one row per region
-- and fund source below it; it also counts the warnings of each light (a warning counts for its execution light and
-- its target light), so a region's warning list knows its size without counting the list. The reports' triggers
-- keep what units file and finance reviews in both, the results' triggers the warnings in the region rows only: an
-- assessment touches a few hundred total rows, not tens of thousands. A department's or a unit's warnings are the
-- few entries of its range of the warning index.

CREATE TABLE report_result
(
    round_id               UUID             NOT NULL,
    target_id              UUID             NOT NULL,
    -- of the report, what the warning list shows and the totals need: the list reads results alone
    unit_path              TEXT COLLATE "C" NOT NULL,
    region_code            CHAR(6)          NOT NULL,
    unit_code              VARCHAR(32)      NOT NULL,
    department_code        VARCHAR(32),
    project_code           VARCHAR(64) COLLATE "C",
    project_name           VARCHAR(200)     NOT NULL,
    fund_source            VARCHAR(24)      NOT NULL,
    filed                  BOOLEAN          NOT NULL,
    -- the budget the result weighs: the filed one, or the approved one of an unfiled report
    budget_amount          NUMERIC(20, 2)   NOT NULL,
    execution_rate         NUMERIC(12, 2),
    execution_light        VARCHAR(8),
    target_completion_rate NUMERIC(12, 2),
    target_light           VARCHAR(8),
    indicator_lights       VARCHAR(8)[],
    gap                    NUMERIC(12, 2),
    warning                BOOLEAN          NOT NULL,
    reasons                TEXT[]           NOT NULL,
    PRIMARY KEY (round_id, target_id)
);

-- The warning list of a round in list order (unit path, project), the warnings alone, with what its filters read.
-- Index-only for the warnings of a department's or a unit's part: they are counted and summed from this range.
CREATE INDEX report_result_warning_idx ON report_result (round_id, unit_path, (COALESCE(project_code, '')), target_id)
    INCLUDE (execution_light, target_light, fund_source, budget_amount) WHERE warning;

INSERT INTO report_result
SELECT r.round_id, r.target_id, r.unit_path, r.region_code, r.unit_code, r.department_code, r.project_code,
       r.project_name, r.fund_source, r.filed_at IS NOT NULL, COALESCE(r.budget_amount, r.approved_budget),
       r.execution_rate, r.execution_light, r.target_completion_rate, r.target_light,
       (SELECT array_agg(i.light ORDER BY i.position) FROM report_indicator i
        WHERE i.round_id = r.round_id AND i.target_id = r.target_id HAVING count(i.light) = count(*)),
       r.gap, r.warning, r.reasons
FROM report r WHERE r.warning IS NOT NULL;

DROP TRIGGER report_totals_insert ON report;
DROP TRIGGER report_totals_update ON report;
DROP FUNCTION add_report_totals();
DROP FUNCTION report_contribution(report, INT);
DROP INDEX report_warning_idx;

ALTER TABLE report
    DROP COLUMN execution_rate, DROP COLUMN execution_light, DROP COLUMN target_completion_rate,
    DROP COLUMN target_light, DROP COLUMN gap, DROP COLUMN warning, DROP COLUMN reasons;
ALTER TABLE report_indicator DROP COLUMN light, DROP COLUMN completion;
-- the target value of a quantitative indicator as a number, parsed once when the snapshot is taken, not at each
-- assessment of each of its 700,000 rows
ALTER TABLE report_indicator ADD COLUMN target_number NUMERIC;
UPDATE report_indicator SET target_number = target_value::NUMERIC WHERE operator <> 'QUALITATIVE';
-- The snapshot writes a round's indicators in one INSERT … SELECT that joins the reports it has just written, and
-- nothing else ever inserts one: checking each of 700,000 rows against its report doubled the snapshot's time.
ALTER TABLE report_indicator DROP CONSTRAINT report_indicator_round_id_target_id_fkey;

ALTER TABLE report_total DROP COLUMN warnings, DROP COLUMN warning_budget_amount;

CREATE TABLE report_region_total
(
    round_id              UUID             NOT NULL REFERENCES round (id),
    region_path           TEXT COLLATE "C" NOT NULL,
    fund_source           VARCHAR(24)      NOT NULL,
    reports               INT              NOT NULL,
    filed                 INT              NOT NULL,
    budget_amount         NUMERIC(22, 2)   NOT NULL,
    executed_amount       NUMERIC(22, 2)   NOT NULL,
    reviewed              INT              NOT NULL,
    review_score_sum      NUMERIC(14, 2)   NOT NULL,
    warnings              INT              NOT NULL,
    -- a warning's budget: the filed one, or the approved one of an unfiled report
    warning_budget_amount NUMERIC(22, 2)   NOT NULL,
    red_warnings          INT              NOT NULL,
    yellow_warnings       INT              NOT NULL,
    green_warnings        INT              NOT NULL,
    blue_warnings         INT              NOT NULL,
    PRIMARY KEY (round_id, region_path, fund_source)
);

-- The path of the region a unit belongs to: the unit's path up to the region's code.
CREATE FUNCTION region_path(unit_path TEXT, region_code TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS
$$
SELECT left(unit_path, strpos(unit_path, '/' || region_code || '/') + length(region_code) + 1)
$$;

-- What a report contributes to the totals, and what a result does; sign -1 takes an old row's contribution away.
CREATE FUNCTION report_contribution(r report, sign INT)
    RETURNS TABLE (reports INT, filed INT, budget_amount NUMERIC, executed_amount NUMERIC, reviewed INT,
                   review_score_sum NUMERIC, warnings INT, warning_budget_amount NUMERIC, red_warnings INT,
                   yellow_warnings INT, green_warnings INT, blue_warnings INT)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT sign, sign * (r.filed_at IS NOT NULL)::INT, sign * COALESCE(r.budget_amount, 0),
       sign * COALESCE(r.executed_amount, 0), sign * (r.reviewed_at IS NOT NULL)::INT,
       sign * COALESCE(r.review_score, 0), 0, 0, 0, 0, 0, 0
$$;

CREATE FUNCTION report_result_contribution(r report_result, sign INT)
    RETURNS TABLE (reports INT, filed INT, budget_amount NUMERIC, executed_amount NUMERIC, reviewed INT,
                   review_score_sum NUMERIC, warnings INT, warning_budget_amount NUMERIC, red_warnings INT,
                   yellow_warnings INT, green_warnings INT, blue_warnings INT)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT 0, 0, 0, 0, 0, 0, sign * r.warning::INT, sign * CASE WHEN r.warning THEN r.budget_amount ELSE 0 END,
       sign * (r.warning AND 'RED' IN (r.execution_light, r.target_light) IS TRUE)::INT,
       sign * (r.warning AND 'YELLOW' IN (r.execution_light, r.target_light) IS TRUE)::INT,
       sign * (r.warning AND 'GREEN' IN (r.execution_light, r.target_light) IS TRUE)::INT,
       sign * (r.warning AND 'BLUE' IN (r.execution_light, r.target_light) IS TRUE)::INT
$$;

-- A statement's change to the totals, in one statement: what its new rows contribute less what its old rows did (an
-- INSERT has new rows only, a DELETE old rows only, an UPDATE both), summed per unit, then those sums per region, each
-- upsert in key order so that writers lock total rows in one order, touching only the totals that changed. A
-- report's change goes to both totals, a result's to the region rows.
CREATE FUNCTION add_totals() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    -- what the totals hold; a unit's are the first six
    measures     TEXT[] := ARRAY['reports', 'filed', 'budget_amount', 'executed_amount', 'reviewed', 'review_score_sum',
                                 'warnings', 'warning_budget_amount', 'red_warnings', 'yellow_warnings',
                                 'green_warnings', 'blue_warnings'];
    contribution TEXT := format('monitoring.%I_contribution', TG_TABLE_NAME);
    units        TEXT := '';
BEGIN
    IF TG_TABLE_NAME = 'report' THEN
        units := format('units AS (INSERT INTO monitoring.report_total AS t
                SELECT round_id, unit_path, fund_source, %s FROM unit WHERE %s
                ORDER BY round_id, unit_path, fund_source
                ON CONFLICT (round_id, unit_path, fund_source) DO UPDATE SET %s),',
            array_to_string(measures[1:6], ', '),
            (SELECT string_agg(format('%I <> 0', m), ' OR ') FROM unnest(measures[1:6]) m),
            (SELECT string_agg(format('%1$I = t.%1$I + EXCLUDED.%1$I', m), ', ') FROM unnest(measures[1:6]) m));
    END IF;
    EXECUTE format($change$
        WITH change AS (%1$s),
        unit AS MATERIALIZED (
            -- a unit's reports carry its region (V6 gave a report whose target copy was gone its round's: one
            -- region per unit keeps a unit's row to one upsert)
            SELECT round_id, unit_path, min(region_code) AS region_code, fund_source, %2$s FROM change
            GROUP BY round_id, unit_path, fund_source HAVING %3$s),
        %4$s
        region AS (
            SELECT round_id, monitoring.region_path(unit_path, region_code) AS region_path, fund_source, %2$s
            FROM unit GROUP BY round_id, 2, fund_source HAVING %3$s)
        INSERT INTO monitoring.report_region_total AS t
        SELECT round_id, region_path, fund_source, %5$s FROM region ORDER BY round_id, region_path, fund_source
        ON CONFLICT (round_id, region_path, fund_source) DO UPDATE SET %6$s$change$,
        concat_ws(' UNION ALL ',
            CASE WHEN TG_OP <> 'DELETE' THEN format('SELECT r.round_id, r.unit_path, r.region_code, r.fund_source, c.*
                FROM new_rows r, %s(r, 1) c', contribution) END,
            CASE WHEN TG_OP <> 'INSERT' THEN format('SELECT r.round_id, r.unit_path, r.region_code, r.fund_source, c.*
                FROM old_rows r, %s(r, -1) c', contribution) END),
        (SELECT string_agg(format('sum(%1$I) AS %1$I', m), ', ') FROM unnest(measures) m),
        (SELECT string_agg(format('sum(%I) <> 0', m), ' OR ') FROM unnest(measures) m),
        units, array_to_string(measures, ', '),
        (SELECT string_agg(format('%1$I = t.%1$I + EXCLUDED.%1$I', m), ', ') FROM unnest(measures) m));
    RETURN NULL;
END
$$;

CREATE TRIGGER report_totals_insert AFTER INSERT ON report REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_totals();
CREATE TRIGGER report_totals_update AFTER UPDATE ON report REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_totals();
CREATE TRIGGER report_result_totals_insert AFTER INSERT ON report_result REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_totals();
CREATE TRIGGER report_result_totals_delete AFTER DELETE ON report_result REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_totals();

-- both totals anew, for the rounds opened before
TRUNCATE report_total;
INSERT INTO report_total
SELECT r.round_id, r.unit_path, r.fund_source, sum(c.reports), sum(c.filed), sum(c.budget_amount),
       sum(c.executed_amount), sum(c.reviewed), sum(c.review_score_sum)
FROM report r, report_contribution(r, 1) c
GROUP BY r.round_id, r.unit_path, r.fund_source;
INSERT INTO report_region_total
SELECT round_id, region_path(unit_path, region_code), fund_source, sum(reports), sum(filed), sum(budget_amount),
       sum(executed_amount), sum(reviewed), sum(review_score_sum), sum(warnings), sum(warning_budget_amount),
       sum(red_warnings), sum(yellow_warnings), sum(green_warnings), sum(blue_warnings)
FROM (SELECT r.round_id, r.unit_path, r.region_code, r.fund_source, c.* FROM report r, report_contribution(r, 1) c
      UNION ALL
      SELECT r.round_id, r.unit_path, r.region_code, r.fund_source, c.* FROM report_result r,
             report_result_contribution(r, 1) c) contribution
GROUP BY round_id, region_path(unit_path, region_code), fund_source;
