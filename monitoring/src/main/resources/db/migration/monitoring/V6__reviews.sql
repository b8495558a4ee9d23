-- Finance's review of a filed report (score, opinion, action and the money it moves) and the department's opinion.
-- A report also keeps its unit's region, for the events it publishes; reports opened before take it from the copy of
-- their target (or, if that is gone, from their round).
ALTER TABLE report
    ADD COLUMN region_code                CHAR(6),
    ADD COLUMN review_score               NUMERIC(5, 2),
    ADD COLUMN review_opinion             VARCHAR(2000),
    ADD COLUMN review_action              VARCHAR(24),
    ADD COLUMN review_amount              NUMERIC(20, 2),
    ADD COLUMN reviewed_by                VARCHAR(64),
    ADD COLUMN reviewed_at                TIMESTAMPTZ,
    ADD COLUMN department_opinion         VARCHAR(2000),
    ADD COLUMN department_opinion_by      VARCHAR(64),
    ADD COLUMN department_opinion_at      TIMESTAMPTZ;

UPDATE report r SET region_code = t.region_code FROM target_in_force t WHERE t.target_id = r.target_id;
UPDATE report r SET region_code = o.region_code FROM round o WHERE r.region_code IS NULL AND o.id = r.round_id;
ALTER TABLE report ALTER COLUMN region_code SET NOT NULL;
