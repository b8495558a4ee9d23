-- Province scale (issue 12). A list's total, the public listing's total and the statistics of a whole province are
-- read from per-unit summaries that triggers keep in the transaction of every change, never from a scan of all
-- targets; a page is read along an index in the list order, by OFFSET within the first 10,000 rows or by a keyset
-- cursor beyond. targeting.rebuild_summaries() recomputes the summaries from the rows (after a bulk load).

-- Paths and codes compare byte by byte whatever the database's locale: one order for lists and cursors, and a
-- prefix LIKE on an ordinary index.
ALTER TABLE target ALTER COLUMN unit_path TYPE TEXT COLLATE "C";
ALTER TABLE target ALTER COLUMN project_code TYPE VARCHAR(64) COLLATE "C";
-- the working revision's fund source, so a list filters and counts by it without joining revisions
ALTER TABLE target ADD COLUMN fund_source VARCHAR(24);
UPDATE target t SET fund_source = r.fund_source FROM target_revision r WHERE r.target_id = t.id AND r.revision = t.revision;
ALTER TABLE target ALTER COLUMN fund_source SET NOT NULL;

-- The list order (year descending, unit path, project code with the overall target first) as one index; the public
-- listing has its own over published targets only.
DROP INDEX target_region_year_idx;
DROP INDEX target_published_idx;
-- The filters and the id ride along (INCLUDE), so the rows a page passes over by OFFSET are read from the index alone.
CREATE INDEX target_list_idx ON target ((-fiscal_year), unit_path, (COALESCE(project_code, '')))
    INCLUDE (id, status, kind, fund_source);
CREATE INDEX target_published_idx ON target ((-fiscal_year), unit_path, (COALESCE(project_code, '')))
    INCLUDE (id) WHERE published_revision IS NOT NULL;

-- How many targets a unit has per year, status, kind and working fund source, and how many of them are published.
-- '*' stands for "any": each target counts in the 8 rows of its combinations, so a total under any filters is one
-- row per unit of the subtree.
CREATE TABLE target_count
(
    status      VARCHAR(24)      NOT NULL,
    kind        VARCHAR(24)      NOT NULL,
    fund_source VARCHAR(24)      NOT NULL,
    unit_path   TEXT COLLATE "C" NOT NULL,
    fiscal_year INT              NOT NULL,
    targets     BIGINT           NOT NULL,
    published   BIGINT           NOT NULL,
    PRIMARY KEY (status, kind, fund_source, unit_path, fiscal_year) INCLUDE (targets, published)
);

-- The targets in force of a unit per year, kind and the fund source of the revision in force ('*': any), with the
-- sums statistics report.
CREATE TABLE target_in_force
(
    kind         VARCHAR(24)      NOT NULL,
    fund_source  VARCHAR(24)      NOT NULL,
    fiscal_year  INT              NOT NULL,
    unit_path    TEXT COLLATE "C" NOT NULL,
    targets      BIGINT           NOT NULL,
    budget       NUMERIC(20, 2)   NOT NULL,
    indicators   BIGINT           NOT NULL,
    quantitative BIGINT           NOT NULL,
    PRIMARY KEY (kind, fund_source, fiscal_year, unit_path) INCLUDE (targets, budget, indicators, quantitative)
);

-- Both triggers add the row's new contribution and take away its old one in one upsert whose rows are sorted by
-- key, so two transactions of one unit lock the same summary rows in the same order (no deadlock).
CREATE FUNCTION count_target() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO targeting.target_count AS c (status, kind, fund_source, unit_path, fiscal_year, targets, published)
    SELECT w.status, w.kind, w.fund_source, x.unit_path, x.fiscal_year, sum(x.sign), sum(x.sign * x.published)
    FROM (SELECT NEW.status, NEW.kind, NEW.fund_source, NEW.unit_path, NEW.fiscal_year,
                 (NEW.published_revision IS NOT NULL)::INT, 1
          UNION ALL
          SELECT OLD.status, OLD.kind, OLD.fund_source, OLD.unit_path, OLD.fiscal_year,
                 (OLD.published_revision IS NOT NULL)::INT, -1
          WHERE TG_OP = 'UPDATE') AS x (status, kind, fund_source, unit_path, fiscal_year, published, sign)
    CROSS JOIN LATERAL (VALUES (x.status, x.kind, x.fund_source), (x.status, x.kind, '*'), (x.status, '*', x.fund_source),
                               (x.status, '*', '*'), ('*', x.kind, x.fund_source), ('*', x.kind, '*'),
                               ('*', '*', x.fund_source), ('*', '*', '*')) AS w (status, kind, fund_source)
    GROUP BY w.status, w.kind, w.fund_source, x.unit_path, x.fiscal_year
    HAVING sum(x.sign) <> 0 OR sum(x.sign * x.published) <> 0
    ORDER BY w.status, w.kind, w.fund_source, x.unit_path, x.fiscal_year
    ON CONFLICT (status, kind, fund_source, unit_path, fiscal_year)
        DO UPDATE SET targets = c.targets + EXCLUDED.targets, published = c.published + EXCLUDED.published;
    RETURN NULL;
END
$$;
CREATE TRIGGER target_count_insert AFTER INSERT ON target FOR EACH ROW EXECUTE FUNCTION count_target();
CREATE TRIGGER target_count_update AFTER UPDATE OF status, kind, fund_source, published_revision ON target
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.kind IS DISTINCT FROM NEW.kind
                       OR OLD.fund_source IS DISTINCT FROM NEW.fund_source
                       OR (OLD.published_revision IS NULL) <> (NEW.published_revision IS NULL))
    EXECUTE FUNCTION count_target();

-- A revision comes into force at an approval (of the target or of an adjustment); its content never changes after.
CREATE FUNCTION sum_in_force() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO targeting.target_in_force AS s (kind, fund_source, fiscal_year, unit_path, targets, budget, indicators,
                                                quantitative)
    SELECT w.kind, w.fund_source, x.fiscal_year, x.unit_path, sum(x.sign), sum(x.sign * r.budget_amount),
           sum(x.sign * r.indicator_count), sum(x.sign * r.quantitative_count)
    FROM (SELECT NEW.id, NEW.in_force_revision, NEW.kind, NEW.fiscal_year, NEW.unit_path, 1
          UNION ALL
          SELECT OLD.id, OLD.in_force_revision, OLD.kind, OLD.fiscal_year, OLD.unit_path, -1
          WHERE TG_OP = 'UPDATE') AS x (id, revision, kind, fiscal_year, unit_path, sign)
    JOIN targeting.target_revision r ON r.target_id = x.id AND r.revision = x.revision
    CROSS JOIN LATERAL (VALUES (x.kind, r.fund_source), (x.kind, '*'), ('*', r.fund_source), ('*', '*'))
        AS w (kind, fund_source)
    GROUP BY w.kind, w.fund_source, x.fiscal_year, x.unit_path
    HAVING sum(x.sign) <> 0 OR sum(x.sign * r.budget_amount) <> 0 OR sum(x.sign * r.indicator_count) <> 0
        OR sum(x.sign * r.quantitative_count) <> 0
    ORDER BY w.kind, w.fund_source, x.fiscal_year, x.unit_path
    ON CONFLICT (kind, fund_source, fiscal_year, unit_path)
        DO UPDATE SET targets = s.targets + EXCLUDED.targets, budget = s.budget + EXCLUDED.budget,
                      indicators = s.indicators + EXCLUDED.indicators,
                      quantitative = s.quantitative + EXCLUDED.quantitative;
    RETURN NULL;
END
$$;
CREATE TRIGGER target_in_force_insert AFTER INSERT ON target FOR EACH ROW WHEN (NEW.in_force_revision IS NOT NULL)
    EXECUTE FUNCTION sum_in_force();
CREATE TRIGGER target_in_force_update AFTER UPDATE OF in_force_revision ON target
    FOR EACH ROW WHEN (OLD.in_force_revision IS DISTINCT FROM NEW.in_force_revision) EXECUTE FUNCTION sum_in_force();

-- Recomputes both summaries from the rows, holding off writers meanwhile: after a bulk load that wrote targets
-- before their revisions, or to check the triggers (the tests compare the two).
CREATE FUNCTION rebuild_summaries() RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    LOCK TABLE targeting.target, targeting.target_revision IN SHARE MODE;
    DELETE FROM targeting.target_count;
    INSERT INTO targeting.target_count (status, kind, fund_source, unit_path, fiscal_year, targets, published)
    SELECT CASE WHEN GROUPING(status) = 1 THEN '*' ELSE status END,
           CASE WHEN GROUPING(kind) = 1 THEN '*' ELSE kind END,
           CASE WHEN GROUPING(fund_source) = 1 THEN '*' ELSE fund_source END,
           unit_path, fiscal_year, count(*), count(published_revision)
    FROM targeting.target
    GROUP BY unit_path, fiscal_year, CUBE (status, kind, fund_source);
    DELETE FROM targeting.target_in_force;
    INSERT INTO targeting.target_in_force (kind, fund_source, fiscal_year, unit_path, targets, budget, indicators,
                                           quantitative)
    SELECT CASE WHEN GROUPING(t.kind) = 1 THEN '*' ELSE t.kind END,
           CASE WHEN GROUPING(r.fund_source) = 1 THEN '*' ELSE r.fund_source END,
           t.fiscal_year, t.unit_path, count(*), sum(r.budget_amount), sum(r.indicator_count),
           sum(r.quantitative_count)
    FROM targeting.target t
    JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.in_force_revision
    GROUP BY t.fiscal_year, t.unit_path, CUBE (t.kind, r.fund_source);
    ANALYZE targeting.target_count, targeting.target_in_force;
END
$$;
SELECT rebuild_summaries();
