-- The access log (docs/BREACH.md): every time an official or a department system read or acted on a citizen's record.
-- The DPDP Rules 2025 ask for such logs to be kept at least a year; the silos delete rows past the configured
-- retention (ManaMitra__Retention__AccessLog, 400 days by default). Ids only: who (an officer's user name, or
-- "apikey:{department}" with the key's fingerprint), what, which reference, the citizen key as the record holds it,
-- when and from which address.

CREATE TABLE access_log
(
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL,
    key_fingerprint text,
    kind            text        NOT NULL,
    reference       text        NOT NULL,
    -- Null where the record holds no citizen id (an issued document).
    citizen_key     text,
    client          text
);

-- The breach audit: one actor over a range of time.
CREATE INDEX ix_access_log_actor_at ON access_log (actor, at);
-- The retention sweep: the oldest rows first.
CREATE INDEX ix_access_log_at ON access_log (at);

-- Rows are added and, after a year at the least, deleted; never changed. A row younger than a year cannot be deleted,
-- whatever the retention setting says or whoever types DELETE at a SQL prompt by mistake. The tables' owner can drop
-- the trigger: this stops mistakes, not the owner.
CREATE FUNCTION access_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Nested: a statement-level trigger (TRUNCATE) has no OLD row to read.
    IF TG_OP = 'DELETE' THEN
        IF OLD.at < now() - interval '365 days' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'access_log keeps every row a year at the least and changes none: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_guard BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_guard();
CREATE TRIGGER access_log_guard_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_guard();
