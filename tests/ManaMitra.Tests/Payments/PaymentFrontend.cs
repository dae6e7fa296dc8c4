using System.Text;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Payments;

/// <summary>
/// The real app with the sandbox gateway, its windows short so reconciliation and expiry happen within a test (long
/// enough for a test to pay in time), and what a test does through it: chat, pay on the gateway, read what was sent.
/// </summary>
public sealed class PaymentFrontend : IAsyncLifetime
{
    public const string WebhookSecret = "test-gateway-secret";

    private RunningFrontend? _running;

    public RunningFrontend Running => _running ?? throw new InvalidOperationException("not started");

    public HttpClient Http => Running.Http;

    public IGrainFactory Grains => Running.Services.GetRequiredService<IGrainFactory>();

    public SandboxGateway Gateway => Running.Services.GetRequiredService<SandboxGateway>();

    public async Task InitializeAsync() => _running = await RunningFrontend.StartAsync(new Dictionary<string, string>
    {
        ["ManaMitra:Payments:WebhookSecret"] = WebhookSecret,
        ["ManaMitra:Payments:ReconcileAfter"] = "00:00:01",
        ["ManaMitra:Payments:OrderLifetime"] = "00:00:06",
    });

    public async Task DisposeAsync() => await Running.DisposeAsync();

    public IPaymentGrain Payment(string reference) => Grains.GetGrain<IPaymentGrain>(reference);

    /// <summary>The citizen pays (or fails to) on the sandbox gateway's page; the gateway then sends its signed callback.</summary>
    public Task<HttpResponseMessage> Pay(string order, string outcome) =>
        Http.PostAsync($"/sandbox/gateway/{order}/pay", new StringContent($$"""{"outcome":"{{outcome}}"}""", Encoding.UTF8, "application/json"));

    /// <summary>The gateway order a payment page link opens.</summary>
    public static string OrderOf(string paymentLink) => paymentLink.Split("/pay/")[1];

    public Task Says(string citizen, string? text = null, string? replyId = null) => Chat.Says(citizen, text, replyId);

    /// <inheritdoc cref="SandboxChat.Greets"/>
    public Task Greets(string citizen) => Chat.Greets(citizen);

    /// <inheritdoc cref="SandboxChat.Sent"/>
    public Task<List<string>> Sent(string citizen) => Chat.Sent(citizen);

    private SandboxChat Chat => new(Running);
}
