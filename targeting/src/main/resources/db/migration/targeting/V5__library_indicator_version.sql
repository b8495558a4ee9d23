-- CONTRACT.md: a read of one resource carries a version (and ETag). Entries have no update yet; the first
-- one increments this.
ALTER TABLE library_indicator ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
