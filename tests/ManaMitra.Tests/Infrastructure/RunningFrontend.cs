using System.Text;
using ManaMitra.Testing;
using ManaMitra.WebhookFrontend;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>The real frontend (with its embedded silo) listening on a loopback port, configured as the contract says.</summary>
public sealed class RunningFrontend : IAsyncDisposable
{
    public const string AppSecret = "test-app-secret";

    private readonly WebApplication _app;

    private RunningFrontend(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningFrontend> StartAsync(IDictionary<string, string> settings)
    {
        var args = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Production",
            ["WhatsApp:AppSecret"] = AppSecret,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestSecrets.Settings().Concat(settings))
        {
            args[key] = value;
        }

        var app = FrontendApp.Build(args.SelectMany(p => new[] { $"--{p.Key}", p.Value }).ToArray());
        await app.StartAsync();
        return new RunningFrontend(app);
    }

    /// <summary>POSTs a webhook body signed as Meta signs it.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body) =>
        Http.PostAsync("/webhook", MetaSignature.SignedContent(Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(AppSecret)));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        // An in-process silo's connection pools outlive it (Npgsql keeps them per connection string for the process),
        // each with up to its connection budget open and idle for minutes: the next tests' databases would find the
        // test server's connections taken ("sorry, too many clients already").
        NpgsqlConnection.ClearAllPools();
    }
}
