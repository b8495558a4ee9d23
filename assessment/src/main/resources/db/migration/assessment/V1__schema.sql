-- The assessment schema is created by the platform's migration runner (one schema and one history table per stage).
COMMENT ON SCHEMA assessment IS '事前绩效评估 ex-ante assessment';
