-- Spot checks (抽审复核): a reproducible sample of a region's submitted self-evaluations of a year (its ratio and
-- seed stored, so anyone draws it again), each drawn one with its self-score then and finance's review.
CREATE TABLE spot_check
(
    id            UUID             PRIMARY KEY,
    fiscal_year   INT              NOT NULL,
    region_code   CHAR(6)          NOT NULL,
    region_path   TEXT COLLATE "C" NOT NULL,
    ratio         NUMERIC(5, 2)    NOT NULL,
    seed          BIGINT           NOT NULL,
    population    INT              NOT NULL,
    gap_threshold NUMERIC(5, 2)    NOT NULL,
    applied_rules JSONB            NOT NULL,
    created_by    VARCHAR(64)      NOT NULL,
    created_at    TIMESTAMPTZ      NOT NULL,
    version       BIGINT           NOT NULL
);
CREATE INDEX spot_check_region_idx ON spot_check (fiscal_year, region_path);

CREATE TABLE spot_check_item
(
    spot_check_id UUID             NOT NULL REFERENCES spot_check (id) ON DELETE CASCADE,
    position      INT              NOT NULL,
    target_id     UUID             NOT NULL,
    unit_code     VARCHAR(32)      NOT NULL,
    unit_path     TEXT COLLATE "C" NOT NULL,
    project_code  VARCHAR(64),
    project_name  VARCHAR(200)     NOT NULL,
    self_score    NUMERIC(5, 2)    NOT NULL,
    review_score  NUMERIC(5, 2),
    opinion       VARCHAR(2000),
    gap           NUMERIC(6, 2),
    flagged       BOOLEAN          NOT NULL,
    reviewed_by   VARCHAR(64),
    reviewed_at   TIMESTAMPTZ,
    PRIMARY KEY (spot_check_id, position),
    UNIQUE (spot_check_id, target_id)
);
