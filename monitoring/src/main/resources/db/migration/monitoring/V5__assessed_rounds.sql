-- What assessing a round computes for every report (DOMAIN.md "Monitoring"), in two set statements over the round's
-- rows, and the rules it applied. A report not filed at assessment time has no figures, warning NOT_FILED.
ALTER TABLE round
    ADD COLUMN assessed_at   TIMESTAMPTZ,
    -- the rules the last assessment applied: [{key, value, source, version}]
    ADD COLUMN applied_rules JSONB;

ALTER TABLE report
    ADD COLUMN execution_rate         NUMERIC(12, 2),
    ADD COLUMN execution_light        VARCHAR(8),
    ADD COLUMN target_completion_rate NUMERIC(12, 2),
    ADD COLUMN target_light           VARCHAR(8),
    ADD COLUMN gap                    NUMERIC(12, 2),
    ADD COLUMN warning                BOOLEAN,
    ADD COLUMN reasons                TEXT[];

ALTER TABLE report_indicator
    ADD COLUMN light      VARCHAR(8),
    -- the share of the annual target reached so far, 0–100, unrounded: the target completion rate weighs it
    ADD COLUMN completion NUMERIC;
