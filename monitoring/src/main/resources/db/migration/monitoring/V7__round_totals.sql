-- The summary of a round and its warning list, read the province-scale way.
--
-- report_total holds, per round, unit and fund source, what the summary adds up: reports, filed reports with their
-- budgets and executed amounts, reviewed reports with their scores, warnings with their budgets. A round's summary,
-- or a subtree's, is one range of these rows (one per unit and fund source), never a scan of the reports. Two
-- statement triggers keep it in the transaction of every change to report: each adds what the statement's new rows
-- contribute and takes away what its old rows did, grouped by key and in key order (so writers lock total rows in
-- one order), touching only the totals that changed. The round's snapshot (one INSERT) and its assessment (a few
-- UPDATEs of the whole round) thus cost one aggregate each, not one trigger per row.
CREATE TABLE report_total
(
    round_id              UUID             NOT NULL REFERENCES round (id),
    unit_path             TEXT COLLATE "C" NOT NULL,
    fund_source           VARCHAR(24)      NOT NULL,
    reports               INT              NOT NULL,
    filed                 INT              NOT NULL,
    -- the budgets and executed amounts the filed reports gave: rates leave unfiled reports out
    budget_amount         NUMERIC(22, 2)   NOT NULL,
    executed_amount       NUMERIC(22, 2)   NOT NULL,
    reviewed              INT              NOT NULL,
    review_score_sum      NUMERIC(14, 2)   NOT NULL,
    warnings              INT              NOT NULL,
    -- a warning's budget: the filed one, or the approved one of an unfiled report
    warning_budget_amount NUMERIC(22, 2)   NOT NULL,
    PRIMARY KEY (round_id, unit_path, fund_source)
);

-- What one report contributes to its total; sign -1 takes an old row's contribution away.
CREATE FUNCTION report_contribution(r report, sign INT)
    RETURNS TABLE (reports INT, filed INT, budget_amount NUMERIC, executed_amount NUMERIC, reviewed INT,
                   review_score_sum NUMERIC, warnings INT, warning_budget_amount NUMERIC)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT sign,
       sign * (r.filed_at IS NOT NULL)::INT,
       sign * COALESCE(r.budget_amount, 0),
       sign * COALESCE(r.executed_amount, 0),
       sign * (r.reviewed_at IS NOT NULL)::INT,
       sign * COALESCE(r.review_score, 0),
       sign * COALESCE(r.warning, false)::INT,
       sign * CASE WHEN r.warning THEN COALESCE(r.budget_amount, r.approved_budget) ELSE 0 END
$$;

-- The statement's change to the totals: the new rows' contributions less the old rows' (an UPDATE has both
-- transition tables, an INSERT only the new one, hence the statement is put together here).
CREATE FUNCTION add_report_totals() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format($change$
        INSERT INTO monitoring.report_total AS t
        SELECT round_id, unit_path, fund_source, sum(reports), sum(filed), sum(budget_amount), sum(executed_amount),
               sum(reviewed), sum(review_score_sum), sum(warnings), sum(warning_budget_amount)
        FROM (SELECT r.round_id, r.unit_path, r.fund_source, c.*
              FROM new_rows r, monitoring.report_contribution(r, 1) c
              %s) change
        GROUP BY round_id, unit_path, fund_source
        HAVING sum(reports) <> 0 OR sum(filed) <> 0 OR sum(budget_amount) <> 0 OR sum(executed_amount) <> 0
            OR sum(reviewed) <> 0 OR sum(review_score_sum) <> 0 OR sum(warnings) <> 0
            OR sum(warning_budget_amount) <> 0
        ORDER BY round_id, unit_path, fund_source
        ON CONFLICT (round_id, unit_path, fund_source) DO UPDATE SET
            reports               = t.reports + EXCLUDED.reports,
            filed                 = t.filed + EXCLUDED.filed,
            budget_amount         = t.budget_amount + EXCLUDED.budget_amount,
            executed_amount       = t.executed_amount + EXCLUDED.executed_amount,
            reviewed              = t.reviewed + EXCLUDED.reviewed,
            review_score_sum      = t.review_score_sum + EXCLUDED.review_score_sum,
            warnings              = t.warnings + EXCLUDED.warnings,
            warning_budget_amount = t.warning_budget_amount + EXCLUDED.warning_budget_amount$change$,
        CASE WHEN TG_OP = 'UPDATE' THEN 'UNION ALL SELECT r.round_id, r.unit_path, r.fund_source, c.*
              FROM old_rows r, monitoring.report_contribution(r, -1) c' ELSE '' END);
    RETURN NULL;
END
$$;

CREATE TRIGGER report_totals_insert AFTER INSERT ON report REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_report_totals();
CREATE TRIGGER report_totals_update AFTER UPDATE ON report REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION add_report_totals();

-- the reports of the rounds opened before
INSERT INTO report_total
SELECT r.round_id, r.unit_path, r.fund_source, sum(c.reports), sum(c.filed), sum(c.budget_amount),
       sum(c.executed_amount), sum(c.reviewed), sum(c.review_score_sum), sum(c.warnings), sum(c.warning_budget_amount)
FROM report r, report_contribution(r, 1) c
GROUP BY r.round_id, r.unit_path, r.fund_source;

-- The warning list of a round in list order (unit path, project), the warnings alone, with what its filters read.
CREATE INDEX report_warning_idx ON report (round_id, unit_path, (COALESCE(project_code, '')), target_id)
    INCLUDE (execution_light, target_light) WHERE warning;
-- report_list_idx (V3) had no reader
DROP INDEX report_list_idx;
