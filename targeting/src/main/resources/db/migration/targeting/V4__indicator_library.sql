-- The common indicator library (共性指标库): indicators by industry that units pick from when writing targets.
CREATE TABLE library_indicator
(
    id         UUID         NOT NULL PRIMARY KEY,
    industry   VARCHAR(50)  NOT NULL,
    level1     VARCHAR(16)  NOT NULL,
    level2     VARCHAR(24)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    operator   VARCHAR(16)  NOT NULL,
    unit       VARCHAR(32),
    guidance   TEXT,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (industry, name)
);
CREATE INDEX library_indicator_search_idx ON library_indicator (industry, level1);

-- A starter set covering every level-2 category.
INSERT INTO library_indicator (id, industry, level1, level2, name, operator, unit, guidance, created_by) VALUES
 ('7d0e1c2a-0001-4000-8000-000000000001', '通用', 'OUTPUT', 'QUANTITY', '完成任务数量', 'GE', '个', '按年度计划填写应完成的任务、设施或服务数量', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000002', '通用', 'OUTPUT', 'QUALITY', '验收合格率', 'GE', '%', '通过验收的数量占完成数量的比例', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000003', '通用', 'OUTPUT', 'TIMELINESS', '按期完成率', 'GE', '%', '按计划时间完成的任务占全部任务的比例', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000004', '通用', 'OUTPUT', 'COST', '项目成本控制率', 'LE', '%', '实际成本占预算成本的比例，不超过100%', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000005', '通用', 'COST', 'ECONOMIC_COST', '单位产出成本', 'LE', '元', '单位产出所需的经济成本，按预算支出标准填写', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000006', '通用', 'COST', 'SOCIAL_COST', '对社会发展的负面影响', 'QUALITATIVE', NULL, '项目实施可能产生的社会成本及其控制措施', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000007', '通用', 'COST', 'ENVIRONMENTAL_COST', '对自然生态环境的负面影响', 'QUALITATIVE', NULL, '项目实施可能产生的生态环境成本及其控制措施', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000008', '通用', 'BENEFIT', 'ECONOMIC', '带动增收', 'GE', '万元', '项目带动服务对象或地区增加的收入', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000009', '通用', 'BENEFIT', 'SOCIAL', '受益人数', 'GE', '人', '直接受益的人数', 'system'),
 ('7d0e1c2a-0001-4000-8000-00000000000a', '通用', 'BENEFIT', 'ECOLOGICAL', '节能减排量', 'GE', '吨', '减少的能耗或排放量', 'system'),
 ('7d0e1c2a-0001-4000-8000-00000000000b', '通用', 'BENEFIT', 'SUSTAINABILITY', '长效管理机制', 'QUALITATIVE', NULL, '是否建立健全项目建成后的长效运行管护机制', 'system'),
 ('7d0e1c2a-0001-4000-8000-00000000000c', '通用', 'SATISFACTION', 'SERVICE_RECIPIENT', '服务对象满意度', 'GE', '%', '通过问卷调查等方式取得的服务对象满意比例', 'system'),
 ('7d0e1c2a-0001-4000-8000-00000000000d', '教育', 'OUTPUT', 'QUANTITY', '资助学生人数', 'GE', '人次', '按资助政策应资助的学生人次', 'system'),
 ('7d0e1c2a-0001-4000-8000-00000000000e', '教育', 'BENEFIT', 'SOCIAL', '义务教育巩固率', 'GE', '%', '九年义务教育巩固率', 'system'),
 ('7d0e1c2a-0001-4000-8000-00000000000f', '农业', 'OUTPUT', 'QUANTITY', '高标准农田建设面积', 'GE', '亩', '当年建成的高标准农田面积', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000010', '农业', 'BENEFIT', 'ECONOMIC', '亩均增收', 'GE', '元', '项目区亩均增加的收入', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000011', '卫生健康', 'OUTPUT', 'QUALITY', '适龄儿童疫苗接种率', 'GE', '%', '国家免疫规划疫苗接种率', 'system'),
 ('7d0e1c2a-0001-4000-8000-000000000012', '卫生健康', 'SATISFACTION', 'SERVICE_RECIPIENT', '患者满意度', 'GE', '%', '门诊和住院患者满意度', 'system');
