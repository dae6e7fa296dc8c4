-- The tamper-evident ledger (docs/LEDGER.md): every issued document and every official's action, one hash chain.
-- Each entry's hash covers the previous entry's hash and its own fields, so an edited or removed row breaks the chain
-- from there on; checkpoints sign the hash at a seq with the document key, so rewriting the chain from an edit onwards
-- is caught too. Subjects are ids and references, bodies hold digests of anything personal: the ledger can be shown.

CREATE TABLE ledger
(
    seq       bigint      PRIMARY KEY,
    at        timestamptz NOT NULL,
    kind      text        NOT NULL,
    subject   text        NOT NULL,
    -- Text, not jsonb: the hash is over these exact bytes, and jsonb would store its own rewriting of them. The cast
    -- still refuses a body that is not JSON, and queries can read it as jsonb.
    body      text        NOT NULL CHECK (body::jsonb IS NOT NULL),
    prev_hash bytea       NOT NULL CHECK (length(prev_hash) = 32),
    hash      bytea       NOT NULL CHECK (length(hash) = 32)
);

-- A document's proof starts from its latest entry.
CREATE INDEX ix_ledger_subject ON ledger (subject, kind, seq);

CREATE TABLE ledger_checkpoint
(
    seq  bigint      PRIMARY KEY,
    hash bytea       NOT NULL CHECK (length(hash) = 32),
    at   timestamptz NOT NULL,
    kid  text        NOT NULL,
    jws  text        NOT NULL
);

-- Append-only for the application and for anyone at a SQL prompt by mistake. It does not stop the tables' owner, who
-- can drop the trigger: that is what the hashes and the signed checkpoints are for.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_append_only_truncate BEFORE TRUNCATE ON ledger
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_checkpoint_append_only_truncate BEFORE TRUNCATE ON ledger_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
