using ManaMitra.Testing;

namespace ManaMitra.Tests.Persistence;

/// <summary>
/// The throwaway PostgreSQL of a test run, one for all the classes in <see cref="PostgresCollection"/>, deleted at
/// the end. Tests get isolated databases from <see cref="CreateDatabaseAsync"/> instead of sharing one.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private ThrowawayPostgres? _server;

    public async Task InitializeAsync() => _server = await ThrowawayPostgres.StartAsync();

    /// <summary>A fresh database with a unique name; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => _server!.CreateDatabaseAsync();

    /// <summary><c>pg_dump</c> of the database a connection string names.</summary>
    public Task<string> DumpAsync(string connectionString) => _server!.DumpAsync(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
