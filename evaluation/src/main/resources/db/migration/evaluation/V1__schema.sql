-- The evaluation schema is created by the platform's migration runner (one schema and one history table per stage).
COMMENT ON SCHEMA evaluation IS '绩效评价 evaluation';
