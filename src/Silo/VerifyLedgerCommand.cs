using System.Buffers.Text;
using System.Text.Json;
using ManaMitra.Documents;
using ManaMitra.Documents.Ledger;
using ManaMitra.Interfaces.Ledger;
using ManaMitra.Persistence.Ledger;

namespace ManaMitra.Silo;

/// <summary>
/// <c>dotnet run --project src/Silo -- verify-ledger [--jwks keys.json]</c>: walks the whole ledger (docs/LEDGER.md) and
/// prints whether it holds, or the first seq that does not and why. Exit code 0 intact, 1 broken, 2 nothing to verify
/// with. The keys are the JWK Set in <c>--jwks</c> (as downloaded from <c>/verify/keys</c>: trust what was published,
/// not what this machine is configured with), else the public halves of the configured signing keys.
/// </summary>
public static class VerifyLedgerCommand
{
    private const string Name = "verify-ledger";

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = CommandSettings.Read(args);
        if (await CommandSettings.ConnectionStringAsync(configuration, Name, "there is no ledger to verify") is not { } connectionString)
        {
            return 2;
        }

        JsonWebKeySet keys;
        try
        {
            keys = Keys(configuration);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or JsonException)
        {
            await Console.Error.WriteLineAsync($"{Name}: no keys to check checkpoints with: {e.Message} (or pass --jwks with the JWK Set from /verify/keys)");
            return 2;
        }

        try
        {
            await using var store = new PostgresLedgerStore(connectionString);
            var result = await LedgerVerifier.VerifyAsync(store.AllAsync(), store.AllCheckpointsAsync(), keys);
            Console.WriteLine(Describe(result));
            return result.Intact ? 0 : 1;
        }
        catch (Npgsql.NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"{Name}: {e.Message}");
            return 2;
        }
    }

    private static JsonWebKeySet Keys(IConfiguration configuration)
    {
        if (configuration["jwks"] is { Length: > 0 } path)
        {
            return JsonWebKeySet.Parse(File.ReadAllText(path));
        }

        var options = configuration.GetSection(DocumentOptions.Section).Get<DocumentOptions>() ?? new DocumentOptions();
        using var signing = DocumentKeys.Load(options, development: false, developmentKeyDirectory: "");
        return signing.JwkSet;
    }

    private static string Describe(LedgerVerification result)
    {
        var signed = result.LastCheckpoint is { } last
            ? $"{result.Checkpoints} signed checkpoint{(result.Checkpoints == 1 ? "" : "s")}, the last at seq {last.Seq} " +
                $"(hash {Base64Url.EncodeToString(last.Hash)}, signed {LedgerHash.Time(last.At)} by {last.Kid})"
            : "no signed checkpoint";
        return result.Break is { } broken
            ? $"{Name}: BROKEN at seq {broken.Seq} ({broken.Problem}): {broken.Detail}. Before it: {result.Entries} entries intact, {signed}."
            : $"{Name}: intact: {result.Entries} entries, {signed}; {result.Unsealed} entries after it not signed yet. " +
                "Compare the last checkpoint with a copy kept outside this database.";
    }
}
