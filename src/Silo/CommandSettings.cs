using ManaMitra.Hosting;

namespace ManaMitra.Silo;

/// <summary>What a one-shot silo command (<c>migrate</c>, <c>verify-ledger</c>, <c>audit-access</c>) reads, from where the silo itself reads it.</summary>
internal static class CommandSettings
{
    /// <summary>appsettings.json, then the environment, then the command line, as a silo host layers them.</summary>
    public static IConfiguration Read(string[] args) => new ConfigurationBuilder()
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build();

    /// <summary>The cluster's database, or null once the command has said on stderr that it has none to work on.</summary>
    /// <param name="without">What the command cannot do without it ("there is no database to migrate").</param>
    public static async Task<string?> ConnectionStringAsync(IConfiguration configuration, string command, string without)
    {
        var connectionString = ClusterSettings.From(configuration).ConnectionString;
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        await Console.Error.WriteLineAsync($"{command}: ConnectionStrings__ManaMitra is not set; {without}.");
        return null;
    }
}
