-- The benchmarks' organisation tree under 650000 (bench/province-load.sql and bench/monitoring-load.sql include it):
-- 14 prefectures × 8 counties (650121 乌鲁木齐县 is the demo's), and in each of these 127 regions 15 departments
-- (D<region>-EDU, -AGR, …) with 6 units each (U<region>-EDU-01 …) plus 2 units directly under the region
-- (U<region>-ARCH, -GOV): 1,905 departments, 11,684 units. Codes follow the demo's, so its own departments and units
-- are part of the tree and are not created again.
\echo org units
-- 14 prefectures (the real ones), 8 counties each (code <prefecture>21 … <prefecture>28)
CREATE TEMP TABLE bench_prefecture (code CHAR(6), name TEXT);
INSERT INTO bench_prefecture VALUES
    ('650100', '乌鲁木齐市'), ('650200', '克拉玛依市'), ('650400', '吐鲁番市'), ('650500', '哈密市'),
    ('652300', '昌吉回族自治州'), ('652700', '博尔塔拉蒙古自治州'), ('652800', '巴音郭楞蒙古自治州'),
    ('652900', '阿克苏地区'), ('653000', '克孜勒苏柯尔克孜自治州'), ('653100', '喀什地区'), ('653200', '和田地区'),
    ('654000', '伊犁哈萨克自治州'), ('654200', '塔城地区'), ('654300', '阿勒泰地区');

INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code, department_code, created_by)
SELECT p.code, p.name, 'REGION', '650000', '/650000/' || p.code || '/', p.code, NULL, 'bench'
FROM bench_prefecture p
ON CONFLICT DO NOTHING;

INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code, department_code, created_by)
SELECT c.code, p.name || '第' || c.n || '县', 'REGION', p.code, '/650000/' || p.code || '/' || c.code || '/', c.code,
       NULL, 'bench'
FROM bench_prefecture p
CROSS JOIN LATERAL (SELECT n, left(p.code, 4) || (20 + n)::text AS code FROM generate_series(1, 8) n) c
ON CONFLICT DO NOTHING;

-- 15 departments in every region (the province too), 6 units in each, 2 units directly under the region
CREATE TEMP TABLE bench_department_kind (kind TEXT, name TEXT, unit_name TEXT);
INSERT INTO bench_department_kind VALUES
    ('EDU', '教育局', '学校'), ('AGR', '农业农村局', '农业技术推广站'), ('HEALTH', '卫生健康委员会', '卫生院'),
    ('TRANS', '交通运输局', '公路管理站'), ('WATER', '水利局', '水管站'), ('CIVIL', '民政局', '社会福利中心'),
    ('HOUSING', '住房和城乡建设局', '市政服务中心'), ('CULTURE', '文化体育广播电视和旅游局', '文化馆'),
    ('HR', '人力资源和社会保障局', '就业服务中心'), ('LAND', '自然资源局', '不动产登记中心'),
    ('ECO', '生态环境局', '环境监测站'), ('POLICE', '公安局', '派出所'), ('MARKET', '市场监督管理局', '市场监管所'),
    ('IND', '工业和信息化局', '中小企业服务中心'), ('SCI', '科学技术局', '科技服务中心');

INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code, department_code, created_by)
SELECT 'D' || r.code || '-' || k.kind, r.name || k.name, 'DEPARTMENT', r.code, r.path || 'D' || r.code || '-' || k.kind || '/',
       r.code, NULL, 'bench'
FROM platform.org_unit r CROSS JOIN bench_department_kind k
WHERE r.kind = 'REGION' AND r.path LIKE '/650000/%'
ON CONFLICT DO NOTHING;

INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code, department_code, created_by)
SELECT 'U' || substr(d.code, 2) || '-0' || n, d.name || '第' || n || k.unit_name, 'UNIT', d.code,
       d.path || 'U' || substr(d.code, 2) || '-0' || n || '/',
       d.region_code, d.code, 'bench'
FROM platform.org_unit d
JOIN bench_department_kind k ON d.code = 'D' || d.region_code || '-' || k.kind
CROSS JOIN generate_series(1, 6) n
WHERE d.kind = 'DEPARTMENT' AND d.path LIKE '/650000/%'
ON CONFLICT DO NOTHING;

INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code, department_code, created_by)
SELECT 'U' || r.code || '-' || x.suffix, r.name || x.name, 'UNIT', r.code, r.path || 'U' || r.code || '-' || x.suffix || '/',
       r.code, NULL, 'bench'
FROM platform.org_unit r CROSS JOIN (VALUES ('ARCH', '档案馆'), ('GOV', '机关事务服务中心')) x (suffix, name)
WHERE r.kind = 'REGION' AND r.path LIKE '/650000/%'
ON CONFLICT DO NOTHING;
