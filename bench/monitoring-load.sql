-- The monitoring benchmark's data (bench/monitoring.sh): monitoring's copy of 100,000 targets in force of one year
-- under 650000, 7 indicators each, loaded set-based into a database the service has migrated and filled with the
-- demo organisation (demo profile). A round opened over them takes all 100,000 (PROJECT scope).
--
--   psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -f bench/monitoring-load.sql <database>
--
-- What it adds (fiscal year 2031; the demo's own rows stay as they are):
--   * the organisation tree of bench/org-load.sql (11,684 units under 127 regions);
--   * monitoring.target_in_force: 100,000 PROJECT (85 %) and POLICY targets dealt to the units in turn, 1 % of them
--     with a zero budget, fund sources ANNUAL_BUDGET 60 %, SUPPLEMENTARY 10 %, SPECIAL_TRANSFER 20 %,
--     DIRECT_FUND 10 %; plus every unit's DEPARTMENT_OVERALL target, which a PROJECT round leaves out;
--   * monitoring.target_indicator: 7 per target, weights 20/15/10/10/20/10/15: positive (GE, GT), reverse (LE, LT),
--     equal-to-zero (EQ 0) and qualitative, decided per target by the bits of q.
-- bench/MonitoringBench.java files the reports itself once the round is open (set-based, like this file).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '256MB';
SELECT setseed(0.2031);

\ir org-load.sql

\echo targets in force
CREATE TEMP TABLE bench_unit AS
SELECT code, path, region_code, department_code, row_number() OVER (ORDER BY code) - 1 AS i
FROM platform.org_unit WHERE kind = 'UNIT' AND path LIKE '/650000/%';

CREATE TEMP TABLE bench_target AS
WITH n AS (SELECT count(*) AS units FROM bench_unit),
     slots AS (SELECT k, k % n.units AS i, k / n.units AS s FROM n, generate_series(0, 99999) k)
SELECT u.*, s.k, s.s + 1 AS s, gen_random_uuid() AS id, random() AS r_kind, random() AS r_fund, random() AS r_amount,
       random() AS r_value, floor(random() * 16)::INT AS q
FROM slots s JOIN bench_unit u USING (i)
UNION ALL
SELECT u.*, -1, 0, gen_random_uuid(), 1, random(), random(), random(), 0 FROM bench_unit u;

INSERT INTO monitoring.target_in_force (target_id, revision, fiscal_year, kind, region_code, unit_code, unit_path,
                                        department_code, project_code, project_name, budget_category, fund_source,
                                        budget_amount, approved_at, target_version)
SELECT id, 0, 2031, CASE WHEN s = 0 THEN 'DEPARTMENT_OVERALL' WHEN r_kind < 0.15 THEN 'POLICY' ELSE 'PROJECT' END,
       region_code, code, path, department_code,
       CASE WHEN s > 0 THEN 'XJ2031-' || code || '-' || lpad(s::TEXT, 3, '0') END,
       CASE WHEN s = 0 THEN code || '2031年度整体支出'
            ELSE (ARRAY ['校舍维修改造项目', '高标准农田建设项目', '农村公路养护项目', '饮水安全巩固提升项目',
                '基层医疗卫生机构设备购置项目', '老旧小区改造项目', '职业技能培训项目', '城乡居民基本医疗保险补助政策'])[1 + k % 8] END,
       'GENERAL_PUBLIC',
       CASE WHEN r_fund < 0.60 THEN 'ANNUAL_BUDGET' WHEN r_fund < 0.70 THEN 'SUPPLEMENTARY'
            WHEN r_fund < 0.90 THEN 'SPECIAL_TRANSFER' ELSE 'DIRECT_FUND' END,
       -- 元 with cents, 50 thousand to 30 million, most of them small; one in a hundred is zero
       CASE WHEN k % 100 = 7 THEN 0 ELSE round((50000 * exp(r_amount * r_amount * ln(600)))::NUMERIC, 2) END,
       TIMESTAMPTZ '2031-01-20 10:00:00+08', 3
FROM bench_target;

\echo indicators
CREATE TEMP TABLE bench_indicator_template (pos INT, variant INT, level1 TEXT, level2 TEXT, name TEXT, operator TEXT,
                                            value TEXT, unit TEXT, weight NUMERIC(9, 2));
INSERT INTO bench_indicator_template VALUES
    (0, 0, 'OUTPUT', 'QUANTITY', '完成任务数量', 'GE', NULL, '个', 20),
    (1, 0, 'OUTPUT', 'QUALITY', '验收合格率', 'GE', '95', '%', 15),
    (2, 0, 'OUTPUT', 'TIMELINESS', '按期完成率', 'GE', '100', '%', 10),
    (2, 1, 'OUTPUT', 'TIMELINESS', '完成时限', 'QUALITATIVE', '2031年12月底前', NULL, 10),
    (3, 0, 'COST', 'ECONOMIC_COST', '单位产出成本', 'LE', NULL, '元', 10),
    (3, 1, 'COST', 'ECONOMIC_COST', '超支金额', 'LT', NULL, '万元', 10),
    (4, 0, 'BENEFIT', 'SOCIAL', '受益人数', 'GT', NULL, '人', 20),
    (4, 1, 'BENEFIT', 'SOCIAL', '安全责任事故', 'EQ', '0', '起', 20),
    (5, 0, 'BENEFIT', 'ECONOMIC', '带动增收', 'GE', NULL, '万元', 10),
    (5, 1, 'BENEFIT', 'SUSTAINABILITY', '长效管理机制', 'QUALITATIVE', '建立健全长效运行管护机制', NULL, 10),
    (6, 0, 'SATISFACTION', 'SERVICE_RECIPIENT', '服务对象满意度', 'GE', '90', '%', 15);

INSERT INTO monitoring.target_indicator (target_id, position, indicator_id, level1, level2, name, operator,
                                         target_value, unit, weight)
SELECT t.id, p.pos, gen_random_uuid(), x.level1, x.level2, x.name, x.operator,
       coalesce(x.value, CASE p.pos
           WHEN 0 THEN (10 + floor(t.r_value * 990))::INT::TEXT
           WHEN 3 THEN round((50 + t.r_value * 950)::NUMERIC, 2)::TEXT
           WHEN 4 THEN (100 + floor(t.r_value * 9900))::INT::TEXT
           ELSE round((1 + t.r_value * 99)::NUMERIC, 1)::TEXT END),
       x.unit, x.weight
FROM bench_target t
CROSS JOIN generate_series(0, 6) p (pos)
JOIN bench_indicator_template x ON x.pos = p.pos AND x.variant = CASE p.pos
    WHEN 2 THEN t.q & 1 WHEN 3 THEN (t.q & 2) / 2 WHEN 4 THEN (t.q & 4) / 4 WHEN 5 THEN (t.q & 8) / 8 ELSE 0 END;

\echo loaded
SELECT kind, count(*) AS targets, sum(budget_amount) AS budget FROM monitoring.target_in_force WHERE fiscal_year = 2031
GROUP BY kind ORDER BY kind;
SELECT operator, count(*) AS indicators FROM monitoring.target_indicator i
JOIN monitoring.target_in_force t USING (target_id) WHERE t.fiscal_year = 2031 GROUP BY operator ORDER BY operator;
