-- Rules as data: every override of a rule key for a region and fiscal year, and every removal, kept forever.
-- The version is global and increasing, so a computed result names exactly the rule change it used.
CREATE TABLE rule_change
(
    version     BIGSERIAL    NOT NULL PRIMARY KEY,
    region_code CHAR(6)      NOT NULL,
    fiscal_year INT          NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    rule_key    VARCHAR(100) NOT NULL,
    action      VARCHAR(8)   NOT NULL CHECK (action IN ('SET', 'REMOVE')),
    -- the JSON value of a SET (may be the JSON literal null); SQL NULL for a REMOVE
    value       JSONB,
    changed_by  VARCHAR(64)  NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX rule_change_lookup_idx ON rule_change (rule_key, fiscal_year, region_code, version DESC);
