-- Province scale (issue 12): a list is read along an index in its order (year descending, unit path, project
-- code, id), by OFFSET within the first 10,000 rows or by a keyset cursor beyond; a subtree is one range of paths,
-- compared byte by byte whatever the database's locale.
ALTER TABLE assessment ALTER COLUMN unit_path TYPE TEXT COLLATE "C";
ALTER TABLE assessment ALTER COLUMN project_code TYPE VARCHAR(64) COLLATE "C";
DROP INDEX assessment_region_year_idx;
CREATE INDEX assessment_list_idx ON assessment ((-fiscal_year), unit_path, project_code, id);
