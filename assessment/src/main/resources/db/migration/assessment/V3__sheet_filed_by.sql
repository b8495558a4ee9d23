-- The account that filed a score sheet: only it (or finance) may replace the sheet.
ALTER TABLE score_sheet ADD COLUMN filed_by VARCHAR(64);
