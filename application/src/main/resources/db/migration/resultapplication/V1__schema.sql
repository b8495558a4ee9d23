-- The resultapplication schema is created by the platform's migration runner (one schema and one history table per stage).
COMMENT ON SCHEMA resultapplication IS '结果应用 result application';
