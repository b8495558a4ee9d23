-- The Spring Modulith event publication registry (JDBC, v2 schema of Modulith 2.1): every event a stage publishes
-- to another is recorded in the publishing transaction and completed when the listener has run, so an event
-- survives a crash or restart between the two. Owned here rather than created by Modulith at start-up.
COMMENT ON SCHEMA platform IS '平台 platform: event publication registry and cross-cutting tables';

CREATE TABLE event_publication
(
    id                     UUID                     NOT NULL,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
