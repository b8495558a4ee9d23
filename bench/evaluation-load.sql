-- The evaluation benchmark's data (bench/evaluation.sh): evaluation's copy of 70,000 targets in force of one year
-- under 650000 (Xinjiang evaluated 67,280 projects for 2019), 7 indicators each, and a self-evaluation of every one
-- filed as a draft with its inputs but no score yet (scores 0), loaded set-based into a database the service has
-- migrated and filled with the demo organisation (demo profile). A rescore of 650000 then scores all 70,000.
--
--   psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -f bench/evaluation-load.sql <database>
--
-- What it adds (fiscal year 2032; the demo's own rows stay as they are):
--   * the organisation tree of bench/org-load.sql (11,684 units under 127 regions);
--   * evaluation.target_in_force: 70,000 PROJECT targets dealt to the units in turn;
--   * evaluation.target_indicator: 7 per target, weights 20/15/10/10/20/10/15 — positive (GE; GT or ＝ 0 by the
--     bits of q), reverse (LT, LE), a COST indicator (in the output block) and a qualitative one;
--   * evaluation.self_evaluation and self_indicator: the unit's inputs — budgets (1 % zero), executed amounts from
--     none to a little over the budget, actual values from none to beyond the target, a band and a score inside it.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '256MB';
SELECT setseed(0.2032);

\ir org-load.sql

\echo targets in force
CREATE TEMP TABLE bench_unit AS
SELECT code, path, region_code, department_code, row_number() OVER (ORDER BY code) - 1 AS i
FROM platform.org_unit WHERE kind = 'UNIT' AND path LIKE '/650000/%';

CREATE TEMP TABLE bench_target AS
WITH n AS (SELECT count(*) AS units FROM bench_unit),
     slots AS (SELECT k, k % n.units AS i, k / n.units AS s FROM n, generate_series(0, 69999) k)
SELECT u.*, s.k, s.s + 1 AS s, gen_random_uuid() AS id, random() AS r_amount, random() AS r_exec,
       floor(random() * 16)::INT AS q
FROM slots s JOIN bench_unit u USING (i);

INSERT INTO evaluation.target_in_force (target_id, revision, fiscal_year, kind, region_code, unit_code, unit_path,
                                        department_code, project_code, project_name, budget_category, fund_source,
                                        budget_amount, approved_at, target_version)
SELECT id, 0, 2032, 'PROJECT', region_code, code, path, department_code,
       'XJ2032-' || code || '-' || lpad(s::TEXT, 3, '0'),
       (ARRAY ['校舍维修改造项目', '高标准农田建设项目', '农村公路养护项目', '饮水安全巩固提升项目',
           '基层医疗卫生机构设备购置项目', '老旧小区改造项目', '职业技能培训项目', '乡村振兴示范项目'])[1 + k % 8],
       'GENERAL_PUBLIC', 'ANNUAL_BUDGET',
       CASE WHEN k % 100 = 7 THEN 0 ELSE round((50000 * exp(r_amount * r_amount * ln(600)))::NUMERIC, 2) END,
       TIMESTAMPTZ '2032-01-20 10:00:00+08', 3
FROM bench_target;

\echo indicators
CREATE TEMP TABLE bench_template (pos INT, level1 TEXT, level2 TEXT, name TEXT, weight NUMERIC(9, 2));
INSERT INTO bench_template VALUES
    (0, 'OUTPUT', 'QUANTITY', '完成任务数量', 20), (1, 'OUTPUT', 'QUALITY', '验收合格率', 15),
    (2, 'OUTPUT', 'TIMELINESS', '平均办理时长', 10), (3, 'COST', 'ECONOMIC_COST', '单位成本', 10),
    (4, 'BENEFIT', 'SOCIAL', '受益人数', 20), (5, 'BENEFIT', 'SUSTAINABILITY', '长效管护机制', 10),
    (6, 'SATISFACTION', 'SERVICE_RECIPIENT', '服务对象满意度', 15);

CREATE TEMP TABLE bench_indicator AS
SELECT t.id AS target_id, p.pos, gen_random_uuid() AS indicator_id, p.level1, p.level2, p.name, p.weight,
       CASE p.pos WHEN 0 THEN 'GE' WHEN 1 THEN 'GE' WHEN 2 THEN CASE WHEN t.q & 1 = 0 THEN 'LT' ELSE 'LE' END
                  WHEN 3 THEN 'LE' WHEN 4 THEN CASE WHEN t.q & 2 = 0 THEN 'GT' ELSE 'EQ' END
                  WHEN 5 THEN 'QUALITATIVE' ELSE 'GE' END AS operator,
       CASE p.pos WHEN 0 THEN (100 + (t.k % 900))::TEXT WHEN 1 THEN '95' WHEN 2 THEN '30' WHEN 3 THEN '1200'
                  WHEN 4 THEN CASE WHEN t.q & 2 = 0 THEN '800' ELSE '0' END
                  WHEN 5 THEN '建立健全' ELSE '90' END AS target_value,
       random() AS r, random() AS r2
FROM bench_target t CROSS JOIN bench_template p;

INSERT INTO evaluation.target_indicator (target_id, position, indicator_id, level1, level2, name, operator,
                                         target_value, target_number, unit, weight)
SELECT target_id, pos, indicator_id, level1, level2, name, operator, target_value,
       CASE WHEN operator <> 'QUALITATIVE' THEN target_value::NUMERIC END, NULL, weight
FROM bench_indicator;

\echo self-evaluations: drafts of the units, not scored yet
INSERT INTO evaluation.self_evaluation (target_id, revision, fiscal_year, kind, region_code, unit_code, unit_path,
    department_code, project_code, project_name, approved_budget, status, budget_amount, executed_amount,
    execution_score, self_score, self_grade, applied_rules, rule_version, filed_by, scored_at, line_blocks,
    line_points, line_rules, line_scores, version)
SELECT t.target_id, 0, 2032, 'PROJECT', t.region_code, t.unit_code, t.unit_path, t.department_code, t.project_code,
       t.project_name, t.budget_amount, 'DRAFT', t.budget_amount,
       round(t.budget_amount * (b.r_exec * 1.1)::NUMERIC, 2), 0, 0, 'POOR', '[]', 0, 'bench',
       TIMESTAMPTZ '2033-02-20 10:00:00+08',
       ARRAY ['OUTPUT', 'OUTPUT', 'OUTPUT', 'OUTPUT', 'BENEFIT', 'BENEFIT', 'SATISFACTION'], ARRAY [0, 0, 0, 0, 0, 0, 0],
       array_fill('NO_POINTS'::VARCHAR, ARRAY [7]), ARRAY [0, 0, 0, 0, 0, 0, 0], 1
FROM evaluation.target_in_force t JOIN bench_target b ON b.id = t.target_id;

INSERT INTO evaluation.self_indicator (target_id, position, indicator_id, level1, level2, name, operator,
    target_value, target_number, unit, weight, actual_value, actual_number, achievement, percent)
SELECT target_id, pos, indicator_id, level1, level2, name, operator, target_value,
       CASE WHEN operator <> 'QUALITATIVE' THEN target_value::NUMERIC END, NULL, weight,
       a.actual, CASE WHEN operator <> 'QUALITATIVE' THEN a.actual::NUMERIC END,
       CASE WHEN operator = 'QUALITATIVE' THEN a.band END,
       CASE WHEN operator = 'QUALITATIVE' THEN a.percent END
FROM bench_indicator i,
     LATERAL (SELECT
        CASE WHEN i.operator = 'QUALITATIVE' THEN '已建立'
             WHEN i.operator = 'EQ' THEN CASE WHEN i.r < 0.8 THEN '0' ELSE round((i.r * 10)::NUMERIC, 2)::TEXT END
             WHEN i.operator IN ('LT', 'LE') THEN round((i.target_value::NUMERIC * (0.5 + 1.7 * i.r))::NUMERIC, 3)::TEXT
             ELSE round((i.target_value::NUMERIC * (1.5 * i.r))::NUMERIC, 2)::TEXT END AS actual,
        CASE WHEN i.r2 < 0.6 THEN 'ACHIEVED' WHEN i.r2 < 0.9 THEN 'PARTLY_ACHIEVED' ELSE 'NOT_ACHIEVED' END AS band,
        CASE WHEN i.r2 < 0.6 THEN round((80 + 20 * i.r)::NUMERIC, 2) WHEN i.r2 < 0.9 THEN round((60 + 19.99 * i.r)::NUMERIC, 2)
             ELSE round((59.99 * i.r)::NUMERIC, 2) END AS percent) a;
