-- The province benchmark's data (bench/province.sh): ten times Xinjiang's targets of one year, loaded set-based
-- into a database the service has migrated and filled with the demo organisation (demo profile).
--
--   psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -f bench/province-load.sql <database>
--
-- What it adds (fiscal year 2026; the demo's own 2020/2021 rows stay as they are):
--   * the organisation tree under 650000: 14 prefectures × 8 counties (650121 乌鲁木齐县 is the demo's), and in
--     each of these 127 regions 15 departments (D<region>-EDU, -AGR, …) with 6 units each (U<region>-EDU-01 …)
--     plus 2 units directly under the region (U<region>-ARCH, -GOV): 1,905 departments, 11,684 units. Codes follow
--     the demo's, so its own departments and units (D650121-EDU, U650121-EDU-01, U650121-ARCH, D650100-HEALTH …)
--     are part of the tree and are not created again.
--   * 300,000 targets in force (revision 0, in_force_revision 0), 20 % of them PUBLISHED (published_revision 0),
--     the rest APPROVED; 3,000 of them (1 %) under the demo county 650121, including the demo units'. Every unit and
--     every department has its DEPARTMENT_OVERALL target; the units' other targets are PROJECT (85 %) or POLICY.
--   * 10,000 targets not yet in force (100 of them in 650121): DRAFT (60 %) or SUBMITTED.
--   * one target_revision per target, 7 indicators per target (2.17 M rows, 4 to 7 of them quantitative), and for
--     every target in force the reviews the service writes: the department's (DEPARTMENT_APPROVED) where the
--     owner is a unit inside a department, then finance's (APPROVED).
-- Everything is what the service itself would accept and write: enum names, level 2 under its level 1, plain
-- decimal target values with a unit, an OUTPUT and a BENEFIT indicator, unique names, versions counting the saves.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
-- a bulk load: no trigger fires (the summaries' nor the foreign keys'); province.sh rebuilds the summaries after it
SET session_replication_role = replica;
SET work_mem = '256MB';
SET maintenance_work_mem = '256MB';
SELECT setseed(0.2026);

\ir org-load.sql

\echo targets (staging)
-- Who owns the targets: every department (its own DEPARTMENT_OVERALL target only) and every unit.
CREATE TEMP TABLE bench_owner AS
SELECT o.code, o.name, o.kind, o.path, o.region_code, o.department_code,
       o.path LIKE '/650000/650100/650121/%' AS county,
       row_number() OVER (PARTITION BY o.kind, o.path LIKE '/650000/650100/650121/%' ORDER BY o.code) - 1 AS i
FROM platform.org_unit o
WHERE o.kind IN ('UNIT', 'DEPARTMENT') AND o.path LIKE '/650000/%';

-- One row per target. Targets are dealt to the units of a group in turn (k mod units), so s = k div units counts a
-- unit's targets: 0 is its overall target, the last ones (k >= in force) are the drafts. Departments own s = 0 only.
-- In force: county 3,000 = 2,985 of units + 15 of departments; elsewhere 297,000 = 295,110 + 1,890.
CREATE TEMP TABLE bench_target AS
WITH grp (county, n_force, n_draft) AS (VALUES (TRUE, 3000, 100), (FALSE, 297000, 9900)),
     depts AS (SELECT county, count(*) AS n FROM bench_owner WHERE kind = 'DEPARTMENT' GROUP BY county),
     units AS (SELECT county, count(*) AS n FROM bench_owner WHERE kind = 'UNIT' GROUP BY county),
     slots AS (
         SELECT g.county, k, k < g.n_force - d.n AS in_force, u.n AS units
         FROM grp g JOIN depts d USING (county) JOIN units u USING (county)
         CROSS JOIN LATERAL generate_series(0, g.n_force - d.n + g.n_draft - 1) k),
     raw AS (
         SELECT o.*, s.k / s.units AS s, s.in_force
         FROM slots s JOIN bench_owner o ON o.kind = 'UNIT' AND o.county = s.county AND o.i = s.k % s.units
         UNION ALL
         SELECT o.*, 0, TRUE FROM bench_owner o WHERE o.kind = 'DEPARTMENT'),
     rnd AS (
         SELECT raw.*, gen_random_uuid() AS id, random() AS r_kind, random() AS r_status, random() AS r_time,
                random() AS r_budget, random() AS r_fund, random() AS r_amount, floor(random() * 8)::INT AS q,
                random() AS r_name, random() AS r_value, random() AS r_grade
         FROM raw)
SELECT rnd.*,
       CASE WHEN s = 0 THEN 'DEPARTMENT_OVERALL' WHEN r_kind < 0.15 THEN 'POLICY' ELSE 'PROJECT' END AS target_kind,
       CASE WHEN s = 0 THEN NULL
            ELSE 'XJ2026-' || code || CASE WHEN r_kind < 0.15 THEN '-P' ELSE '-' END || lpad(s::TEXT, 3, '0') END AS project_code,
       CASE WHEN in_force THEN CASE WHEN r_status < 0.2 THEN 'PUBLISHED' ELSE 'APPROVED' END
            ELSE CASE WHEN r_status < 0.6 THEN 'DRAFT' ELSE 'SUBMITTED' END END AS status,
       department_code IS NOT NULL AS department_reviews,
       TIMESTAMPTZ '2025-09-01 09:00:00+08' + r_time * INTERVAL '100 days' AS created_at
FROM rnd;

\echo targets
INSERT INTO targeting.target (id, fiscal_year, kind, unit_code, unit_path, region_code, department_code,
                              department_reviews, project_code, status, barred, revision, in_force_revision,
                              published_revision, created_at, version, fund_source)
SELECT id, 2026, target_kind, code, path, region_code, department_code, department_reviews, project_code, status,
       FALSE, 0, CASE WHEN in_force THEN 0 END, CASE WHEN status = 'PUBLISHED' THEN 0 END, created_at,
       -- one save per step: create, submit, the department's review, finance's review, publication
       CASE status WHEN 'DRAFT' THEN 1 WHEN 'SUBMITTED' THEN 2
           ELSE 3 + department_reviews::INT + (status = 'PUBLISHED')::INT END,
       -- the working revision's fund source, as in its revision below
       CASE WHEN r_fund < 0.60 THEN 'ANNUAL_BUDGET' WHEN r_fund < 0.70 THEN 'SUPPLEMENTARY'
           WHEN r_fund < 0.90 THEN 'SPECIAL_TRANSFER' ELSE 'DIRECT_FUND' END
FROM bench_target;

\echo target revisions
INSERT INTO targeting.target_revision (target_id, revision, project_name, budget_category, fund_source, budget_amount,
                                       overall_goal, annual_goal, requires_assessment, indicator_count,
                                       quantitative_count, adjustment_reason)
SELECT id, 0,
       CASE target_kind
           WHEN 'DEPARTMENT_OVERALL' THEN name || '2026年度整体支出'
           WHEN 'POLICY' THEN (ARRAY ['城乡居民基本医疗保险补助政策', '农村义务教育学生营养改善计划', '困难群众救助补助政策',
               '农业生产发展补贴政策', '就业创业补助政策', '老年人高龄津贴政策', '耕地地力保护补贴政策',
               '学前教育资助政策'])[1 + floor(r_name * 8)::INT]
           ELSE (ARRAY ['校舍维修改造项目', '智慧校园建设项目', '高标准农田建设项目', '农村公路养护项目',
               '饮水安全巩固提升项目', '基层医疗卫生机构设备购置项目', '公共文化服务体系建设项目', '老旧小区改造项目',
               '河道综合治理项目', '城乡环境卫生整治项目', '森林草原防火项目', '农机购置补贴项目',
               '社区养老服务设施建设项目', '信息化平台运行维护项目', '职业技能培训项目', '地质灾害防治项目',
               '全民健身设施建设项目', '食品安全抽检项目', '科技成果转化项目', '档案数字化项目'])[1 + floor(r_name * 20)::INT]
       END,
       CASE WHEN r_budget < 0.75 THEN 'GENERAL_PUBLIC' WHEN r_budget < 0.90 THEN 'GOVERNMENT_FUND'
            WHEN r_budget < 0.94 THEN 'STATE_CAPITAL' ELSE 'SOCIAL_INSURANCE' END,
       CASE WHEN r_fund < 0.60 THEN 'ANNUAL_BUDGET' WHEN r_fund < 0.70 THEN 'SUPPLEMENTARY'
            WHEN r_fund < 0.90 THEN 'SPECIAL_TRANSFER' ELSE 'DIRECT_FUND' END,
       -- 元 with cents: overall 2–80 million, projects and policies 50 thousand to 30 million, most of them small
       CASE WHEN target_kind = 'DEPARTMENT_OVERALL' THEN round((2000000 * exp(r_amount * ln(40)))::NUMERIC, 2)
            ELSE round((50000 * exp(r_amount * r_amount * ln(600)))::NUMERIC, 2) END,
       '保障' || name || '履职和事业发展，提升公共服务水平',
       '2026年底前完成年度工作任务，资金执行率达到95%以上',
       FALSE, 7, 4 + (q & 1 > 0)::INT + (q & 2 > 0)::INT + (q & 4 > 0)::INT, NULL
FROM bench_target;

\echo indicators
-- Seven per target; positions 2, 3 and 5 are quantitative or qualitative by the bits of q.
CREATE TEMP TABLE bench_indicator_template (pos INT, quantitative BOOLEAN, level1 TEXT, level2 TEXT, name TEXT,
                                            operator TEXT, value TEXT, unit TEXT, basis TEXT, weight NUMERIC(9, 2));
INSERT INTO bench_indicator_template VALUES
    (0, TRUE, 'OUTPUT', 'QUANTITY', '完成任务数量', 'GE', NULL, '个', 'PLAN', 20),
    (1, TRUE, 'OUTPUT', 'QUALITY', '验收合格率', 'GE', '95', '%', 'INDUSTRY', 15),
    (2, TRUE, 'OUTPUT', 'TIMELINESS', '按期完成率', 'GE', '100', '%', 'PLAN', 10),
    (2, FALSE, 'OUTPUT', 'TIMELINESS', '完成时限', 'QUALITATIVE', '2026年12月底前', NULL, 'PLAN', 10),
    (3, TRUE, 'COST', 'ECONOMIC_COST', '单位产出成本', 'LE', NULL, '元', 'BUDGET_STANDARD', 10),
    (3, FALSE, 'COST', 'SOCIAL_COST', '对社会发展的负面影响', 'QUALITATIVE', '无明显负面影响', NULL, 'OTHER', 10),
    (4, TRUE, 'BENEFIT', 'SOCIAL', '受益人数', 'GE', NULL, '人', 'HISTORY', 20),
    (5, TRUE, 'BENEFIT', 'ECONOMIC', '带动增收', 'GE', NULL, '万元', 'HISTORY', 10),
    (5, FALSE, 'BENEFIT', 'SUSTAINABILITY', '长效管理机制', 'QUALITATIVE', '建立健全长效运行管护机制', NULL, 'OTHER', 10),
    (6, TRUE, 'SATISFACTION', 'SERVICE_RECIPIENT', '服务对象满意度', 'GE', '90', '%', 'HISTORY', 15);

INSERT INTO targeting.indicator (target_id, revision, id, position, level1, level2, name, operator, target_value,
                                 unit, basis, weight)
SELECT t.id, 0, gen_random_uuid(), p.pos, x.level1, x.level2, x.name, x.operator,
       coalesce(x.value, CASE p.pos
           WHEN 0 THEN (10 + floor(t.r_value * 990))::INT::TEXT
           WHEN 3 THEN round((50 + t.r_value * 950)::NUMERIC, 2)::TEXT
           WHEN 4 THEN (100 + floor(t.r_value * 9900))::INT::TEXT
           ELSE round((t.r_value * 100)::NUMERIC, 1)::TEXT END),
       x.unit, x.basis, x.weight
FROM bench_target t
CROSS JOIN generate_series(0, 6) p (pos)
JOIN bench_indicator_template x ON x.pos = p.pos AND x.quantitative = CASE p.pos
    WHEN 2 THEN t.q & 1 > 0 WHEN 3 THEN t.q & 2 > 0 WHEN 5 THEN t.q & 4 > 0 ELSE TRUE END;

\echo reviews
-- The department's review (seq 0) where a unit inside a department owns the target, then finance's (批复).
INSERT INTO targeting.review (target_id, seq, revision, stage, reviewer, decision, grade, completeness, relevance,
                              appropriateness, feasibility, comments, resulting_status, reviewed_at)
SELECT id, 0, 0, 'DEPARTMENT',
       CASE department_code WHEN 'D650121-EDU' THEN 'dept-edu' ELSE 'dept-' || lower(department_code) END,
       'APPROVE', CASE WHEN r_grade < 0.5 THEN 'EXCELLENT' ELSE 'GOOD' END, '指标完整', '与项目内容相关', '目标值适当',
       '可实现', '同意报送财政', 'DEPARTMENT_APPROVED', created_at + (1 + r_grade * 9) * INTERVAL '1 day'
FROM bench_target
WHERE in_force AND department_reviews;

INSERT INTO targeting.review (target_id, seq, revision, stage, reviewer, decision, grade, completeness, relevance,
                              appropriateness, feasibility, comments, resulting_status, reviewed_at)
SELECT id, department_reviews::INT, 0, 'FINANCE',
       CASE region_code WHEN '650121' THEN 'finance-county' WHEN '650100' THEN 'finance-urumqi'
           WHEN '650000' THEN 'finance-xj' ELSE 'finance-' || region_code END,
       'APPROVE', CASE WHEN r_grade < 0.7 THEN 'EXCELLENT' ELSE 'GOOD' END, '指标完整', '与项目内容相关', '目标值适当',
       '可实现', '指标完整、细化、量化', 'APPROVED', created_at + (11 + r_grade * 20) * INTERVAL '1 day'
FROM bench_target
WHERE in_force;

\echo loaded
SELECT count(*) FILTER (WHERE kind = 'REGION') AS regions, count(*) FILTER (WHERE kind = 'DEPARTMENT') AS departments,
       count(*) FILTER (WHERE kind = 'UNIT') AS units
FROM platform.org_unit;
SELECT count(*) AS targets, count(in_force_revision) AS in_force, count(published_revision) AS published,
       count(*) FILTER (WHERE in_force_revision IS NOT NULL AND unit_path LIKE '/650000/650100/650121/%') AS in_force_650121
FROM targeting.target WHERE fiscal_year = 2026;
SELECT (SELECT count(*) FROM targeting.indicator) AS indicators, (SELECT count(*) FROM targeting.review) AS reviews;
