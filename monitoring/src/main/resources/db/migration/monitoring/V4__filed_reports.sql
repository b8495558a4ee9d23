-- What a unit files for its report: the adjusted full-year budget, the amount executed by the cut-off and, per
-- indicator, its progress. A report not filed has version 0 and no filed_at.
ALTER TABLE report
    ADD COLUMN budget_amount   NUMERIC(20, 2),
    ADD COLUMN executed_amount NUMERIC(20, 2),
    ADD COLUMN execution_note  VARCHAR(2000),
    ADD COLUMN measures        VARCHAR(4000),
    ADD COLUMN filed_by        VARCHAR(64),
    ADD COLUMN filed_at        TIMESTAMPTZ,
    ADD COLUMN late            BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN version         BIGINT  NOT NULL DEFAULT 0;

ALTER TABLE report_indicator
    ADD COLUMN actual_to_date    NUMERIC(24, 6),
    ADD COLUMN achievement       VARCHAR(24),
    ADD COLUMN expected_year_end VARCHAR(500),
    ADD COLUMN likelihood        VARCHAR(16),
    ADD COLUMN deviation_reason  VARCHAR(2000);
