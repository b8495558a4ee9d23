-- The rules a conclusion applied (key, value, source, version), so a result can be reproduced after the rules
-- change. NULL for results concluded before this column: they recorded only rule_version.
ALTER TABLE assessment ADD COLUMN applied_rules JSONB;
