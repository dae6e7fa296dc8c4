using ManaMitra.Persistence;
using ManaMitra.Silo;

// `migrate` brings the PostgreSQL schema up to date and exits; `verify-ledger` checks the ledger and exits;
// `audit-access` lists what an account or key touched (docs/BREACH.md) and exits; anything else runs one silo.
if (args is ["migrate", ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

if (args is ["verify-ledger", ..])
{
    return await VerifyLedgerCommand.RunAsync(args[1..]);
}

if (args is ["audit-access", ..])
{
    return await AuditAccessCommand.RunAsync(args[1..]);
}

WebApplication app;
try
{
    app = SiloApp.Build(args);
}
catch (Exception e) when (e is SchemaVersionException or InvalidOperationException or Npgsql.NpgsqlException)
{
    // A refusal to start is an operator's to fix: say what and exit non-zero, without a stack trace to dig through.
    await Console.Error.WriteLineAsync($"silo: {e.Message}");
    return 1;
}

// On SIGTERM the host stops within ClusterSilo.ShutdownTimeout: the silo leaves the cluster after its grains are stored.
await app.RunAsync();
return 0;
