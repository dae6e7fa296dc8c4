using ManaMitra.Documents;
using ManaMitra.Grains.Ledger;
using ManaMitra.Hosting;
using ManaMitra.Interfaces.Departments;
using ManaMitra.OfficerConsole.Access;
using ManaMitra.Persistence;
using ManaMitra.Persistence.Ledger;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Tests.Ledger;

/// <summary>
/// A frontend hosting a silo of a cluster on its own PostgreSQL 15, configured as production configures one
/// (<c>AddManaMitra</c> with the connection string): documents are issued and officials act through the real grains,
/// whose entries go to the real ledger tables, and the documents routes are mapped as the frontend maps them.
/// </summary>
public sealed class LedgerApp : IAsyncLifetime
{
    private ThrowawayPostgres? _postgres;
    private WebApplication? _app;

    public string ConnectionString { get; private set; } = "";

    public HttpClient Http { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's own ledger store, as its grains append to it.</summary>
    public ILedgerStore Store => Services.GetRequiredService<ILedgerStore>();

    public async Task InitializeAsync()
    {
        _postgres = await ThrowawayPostgres.StartAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(ConnectionString, CancellationToken.None);

        BaseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(TestSecrets.Settings().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ManaMitra"] = ConnectionString,
            ["ManaMitra:PublicBaseUrl"] = BaseUrl,
            ["Orleans:ClusterId"] = $"ledger-{Guid.NewGuid():N}",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.UseOrleans(silo => silo.AddManaMitra(builder.Configuration, builder.Environment));
        // Revocations are logged (docs/BREACH.md); the frontend has the log from its console.
        builder.Services.AddSingleton<AccessLog>();
        _app = builder.Build();
        _app.MapDocuments();
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    /// <summary>Signs the ledger now, as the silo's checkpointer does after every hundred entries or a minute.</summary>
    public Task SealAsync() => Services.GetRequiredService<LedgerCheckpoints>().SealAsync(CancellationToken.None);

    /// <summary>The URL the document's QR code holds, as this app prints it.</summary>
    public string VerificationUrl(IssuedDocument document) =>
        Services.GetRequiredService<DocumentPrinter>().Print(document, BaseUrl).VerificationUrl;

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
