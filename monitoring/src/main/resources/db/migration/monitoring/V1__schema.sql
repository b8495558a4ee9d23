-- The monitoring schema is created by the platform's migration runner (one schema and one history table per stage).
COMMENT ON SCHEMA monitoring IS '绩效运行监控 in-year monitoring';
