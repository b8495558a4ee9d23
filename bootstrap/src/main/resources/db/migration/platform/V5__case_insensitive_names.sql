-- Usernames and organisation codes that differ only in case would look alike ("ADMIN" beside "admin",
-- "u650121-edu-01" beside "U650121-EDU-01"): each is unique whatever its case. Logins stay case-sensitive.
CREATE UNIQUE INDEX account_username_ci_idx ON account (lower(username));
CREATE UNIQUE INDEX org_unit_code_ci_idx ON org_unit (lower(code));
