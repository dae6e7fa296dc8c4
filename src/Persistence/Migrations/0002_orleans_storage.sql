-- Orleans ADO.NET grain persistence (Microsoft.Orleans.Persistence.AdoNet 10.4.2).
-- 10.x serializes state itself and passes only @PayloadBinary; it reads PayloadBinary and
-- Version back by name and treats Version as the grain's etag.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NOT NULL,
    -- One row per grain state: two activations racing to create it (a split brain during a
    -- membership change) must not both succeed. NULLS NOT DISTINCT (PostgreSQL 15) makes the
    -- GUID/integer-keyed grains, whose extension is NULL, unique too.
    CONSTRAINT UQ_OrleansStorage_Grain UNIQUE NULLS NOT DISTINCT
        (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- The lookups filter on the two hashes first; they are cheap integers and selective.
CREATE INDEX IX_OrleansStorage_Hashes ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Returns the new version when the write won, the caller's version (or NULL) when it lost:
-- the provider turns "unchanged" into an InconsistentStateException.
CREATE FUNCTION orleans_write_to_storage(
    p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint,
    p_grain_type_hash integer, p_grain_type varchar, p_grain_id_extension varchar,
    p_service_id varchar, p_version integer, p_payload bytea)
RETURNS integer
LANGUAGE plpgsql AS
$$
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
             GrainIdExtensionString, ServiceId, PayloadBinary, Version)
        VALUES
            (p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
             p_grain_id_extension, p_service_id, p_payload, 1)
        ON CONFLICT ON CONSTRAINT UQ_OrleansStorage_Grain DO NOTHING;
        RETURN CASE WHEN FOUND THEN 1 END;
    END IF;

    UPDATE OrleansStorage
    SET PayloadBinary = p_payload, ModifiedOn = now(), Version = Version + 1
    WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
      AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1
      AND GrainTypeString = p_grain_type
      AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension
      AND ServiceId = p_service_id
      AND Version = p_version;
    RETURN CASE WHEN FOUND THEN p_version + 1 ELSE p_version END;
END
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
    SELECT orleans_write_to_storage(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        CAST(@GrainIdExtensionString AS varchar), @ServiceId,
        CAST(@GrainStateVersion AS integer), @PayloadBinary) AS NewGrainStateVersion;'),

('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
      AND ServiceId = @ServiceId;'),

-- Clearing keeps the row (and bumps its version) so the etag chain stays unbroken.
('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
      AND ServiceId = @ServiceId
      AND Version = CAST(@GrainStateVersion AS integer)
    RETURNING Version AS NewGrainStateVersion;');
