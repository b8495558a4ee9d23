-- The targeting schema is created by the platform's migration runner (one schema and one history table per stage).
COMMENT ON SCHEMA targeting IS '绩效目标管理 performance targets';
