using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ManaMitra.Documents;
using ManaMitra.Hosting;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.OfficerConsole.Access;
using ManaMitra.Persistence;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManaMitra.Tests.Documents;

/// <summary>
/// The documents routes on a real ASP.NET Core app with a real co-hosted silo, on loopback, configured as
/// production would be: the frontend maps them the same way.
/// </summary>
public sealed class VerificationApp : IAsyncLifetime
{
    public const string Kid = "test-2026-11";
    public const string LinkKey = "link-key-for-the-verification-tests-0123456789";
    public const string OfficialsApiKey = "officials-key-for-tests";

    private WebApplication? _app;

    public ECDsa SigningKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public HttpClient Http { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ManaMitra:Documents:Keys:0:Kid"] = Kid,
            ["ManaMitra:Documents:Keys:0:Pem"] = SigningKey.ExportPkcs8PrivateKeyPem(),
            ["ManaMitra:Documents:LinkKey"] = LinkKey,
            ["ManaMitra:OfficialsApiKey"] = OfficialsApiKey,
            ["ManaMitra:AadhaarHashKey"] = TestSecrets.AadhaarHashKey,
        });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next());
            silo.AddMemoryGrainStorage(StorageNames.Citizens);
            silo.AddManaMitraGrains(builder.Configuration, isDevelopment: false);
        });
        builder.Services.AddManaMitraDocuments(builder.Configuration);
        // Revocations are logged (docs/BREACH.md); the frontend has the log from its console.
        builder.Services.AddSingleton<AccessLog>();
        builder.Services.AddOpenApi();
        _app = builder.Build();
        _app.MapDocuments();
        _app.MapOpenApi();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    /// <summary>Issues a fresh certificate (its own id, so tests never share a registry entry).</summary>
    public async Task<IssuedDocument> IssueAsync()
    {
        var document = SampleDocuments.Certificate($"REV-INC-2026-{Random.Shared.Next(100_000, 999_999)}");
        await Grains.GetGrain<ICertificateGrain>(document.Id).Issue(document);
        return document;
    }

    /// <summary>The URL the document's QR code holds, as this app prints it.</summary>
    public string VerificationUrl(IssuedDocument document) => Services.GetRequiredService<DocumentPrinter>().Print(document, BaseUrl).VerificationUrl;

    /// <summary>The verification answer as JSON, as a verifier's app asks for it.</summary>
    public async Task<JsonElement> VerdictAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public DocumentLinks LinksWithLifetime(TimeSpan lifetime) => new(Encoding.UTF8.GetBytes(LinkKey), lifetime, TimeProvider.System);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SigningKey.Dispose();
    }
}
