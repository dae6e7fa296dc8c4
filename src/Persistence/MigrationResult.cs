namespace ManaMitra.Persistence;

/// <summary>What one <see cref="SchemaMigrator.MigrateAsync"/> run did.</summary>
/// <param name="FromVersion">Schema version found before the run (0 for an empty database).</param>
/// <param name="ToVersion">Schema version after the run.</param>
/// <param name="Applied">Migrations this run applied; empty when the schema was already current.</param>
public sealed record MigrationResult(int FromVersion, int ToVersion, IReadOnlyList<Migration> Applied);
