using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Persistence;

namespace ManaMitra.Tests.Ledger;

/// <summary><c>ManaMitra.Silo.dll verify-ledger</c> run as an operator runs it: a plain verdict and an exit code.</summary>
[Collection(PostgresCollection.Name)]
public sealed class VerifyLedgerCommandTests(PostgresServer server) : IDisposable
{
    private readonly string _jwks = Path.Combine(Path.GetTempPath(), $"manamitra-jwks-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task An_intact_ledger_exits_0_naming_its_last_checkpoint()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(12);
        var checkpoint = await ledger.CheckpointAsync();
        await ledger.AppendAsync(2, "LATER");

        var (code, output) = await VerifyAsync(ledger);

        Assert.True(code == 0, output);
        Assert.Contains($"verify-ledger: intact: 14 entries, 1 signed checkpoint, the last at seq 12 (hash {System.Buffers.Text.Base64Url.EncodeToString(checkpoint.Hash)}", output, StringComparison.Ordinal);
        Assert.Contains("2 entries after it not signed yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_row_exits_1_naming_its_seq()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);
        await ledger.AppendAsync(12);
        await ledger.CheckpointAsync();
        await ledger.TamperAsync("""UPDATE ledger SET body = '{"kind":"certificate","n":1200}' WHERE seq = 3""");

        var (code, output) = await VerifyAsync(ledger);

        Assert.True(code == 1, output);
        Assert.Contains("verify-ledger: BROKEN at seq 3 (Edited)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_keys_to_check_with_it_exits_2()
    {
        await using var ledger = await LedgerDatabase.CreateAsync(server.CreateDatabaseAsync);

        await using var command = HostProcess.Start("verify-ledger", HostAssemblies.Silo,
            new Dictionary<string, string> { ["ConnectionStrings__ManaMitra"] = ledger.ConnectionString }, "verify-ledger");
        var code = await command.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(code == 2, command.Output);
        Assert.Contains("--jwks", command.Output, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_jwks);

    private async Task<(int Code, string Output)> VerifyAsync(LedgerDatabase ledger)
    {
        // The keys as published at /verify/keys, which is what an operator checks against.
        await File.WriteAllTextAsync(_jwks, ledger.Keys.JwkSet.ToJson());
        await using var command = HostProcess.Start("verify-ledger", HostAssemblies.Silo,
            new Dictionary<string, string> { ["ConnectionStrings__ManaMitra"] = ledger.ConnectionString }, "verify-ledger", "--jwks", _jwks);
        var code = await command.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (code, command.Output);
    }
}
