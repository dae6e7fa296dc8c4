-- pgbench script: one chat grain's state written, as the storage writes it after each message. A citizen picked at
-- random among those preloaded by PostgresUpsertBenchmark; the row is replaced and its version advanced.
\set citizen random(1, :citizens)
INSERT INTO GrainState (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, Version)
VALUES (:citizen, :citizen, 0, 1729, 'citizenchat', '91' || :citizen, 'manamitra', :payload, 1)
ON CONFLICT ON CONSTRAINT UQ_GrainState_Grain
DO UPDATE SET PayloadBinary = EXCLUDED.PayloadBinary, ModifiedOn = now(), Version = GrainState.Version + 1;
