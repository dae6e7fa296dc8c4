-- Grain state written by ManaMitra's own group-commit storage (GroupCommitGrainStorage), used for
-- the "citizens" provider: one row per grain state, keyed by the grain id's text form
-- ("citizenchat/919876543210") so one index lookup finds it, with no hash columns to keep in step.
-- Version is the grain's etag. A cleared state keeps its row with a NULL payload and a higher
-- version, so a writer holding an etag from before the clear still loses.

CREATE TABLE grain_state
(
    service_id  text        NOT NULL,
    grain_id    text        NOT NULL,
    state_name  text        NOT NULL,
    version     integer     NOT NULL,
    payload     bytea       NULL,
    modified_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_grain_state PRIMARY KEY (service_id, grain_id, state_name)
);
