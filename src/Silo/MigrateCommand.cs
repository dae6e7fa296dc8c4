using ManaMitra.Persistence;

namespace ManaMitra.Silo;

/// <summary><c>dotnet run --project src/Silo -- migrate</c>: applies pending schema migrations, idempotently, then exits.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (await CommandSettings.ConnectionStringAsync(CommandSettings.Read(args), "migrate", "there is no database to migrate") is not { } connectionString)
        {
            return 2;
        }

        try
        {
            var result = await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
            Console.WriteLine(result.Applied.Count == 0
                ? $"migrate: schema already at version {result.ToVersion}; nothing to do"
                : $"migrate: schema {result.FromVersion} -> {result.ToVersion}, applied {string.Join(", ", result.Applied.Select(m => $"{m.Version:D4}_{m.Name}"))}");
            return 0;
        }
        catch (Exception e) when (e is SchemaVersionException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"migrate: {e.Message}");
            return 1;
        }
    }
}
