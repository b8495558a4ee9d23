-- Adjustments (调整) and publication (公开): why a revision adjusts the one in force, and which revision the public sees.
ALTER TABLE target ADD COLUMN published_revision INT;
ALTER TABLE target_revision ADD COLUMN adjustment_reason TEXT;
CREATE INDEX target_published_idx ON target (fiscal_year, unit_path text_pattern_ops) WHERE published_revision IS NOT NULL;
