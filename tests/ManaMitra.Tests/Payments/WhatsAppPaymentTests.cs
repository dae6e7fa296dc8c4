using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Grains.Delivery;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Payments;

/// <summary>
/// WhatsApp Payments (India) on the real app, with <c>ManaMitra:Payments:WhatsAppConfiguration</c> set: a bill is
/// asked for with WhatsApp's own <c>order_details</c> message named by the payment's reference, and Meta's payment
/// status webhook for that reference makes the payment look itself up at the gateway at once, never taken as proof.
/// Reconciliation's own reminder is an hour away here, so only the webhook can settle a payment within a test.
/// </summary>
public sealed class WhatsAppPaymentTests(WhatsAppPaymentTests.Frontend frontend) : IClassFixture<WhatsAppPaymentTests.Frontend>
{
    private const string Configuration = "manamitra-razorpay";

    /// <summary>The reference the recorded payment status carries, replaced by each test's own.</summary>
    private const string RecordedReference = "ENE-PAY-2026-000001";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(15);

    private static int _citizens;

    private HttpClient Http => frontend.Running.Http;

    private IGrainFactory Grains => frontend.Running.Services.GetRequiredService<IGrainFactory>();

    private SandboxGateway Gateway => frontend.Running.Services.GetRequiredService<SandboxGateway>();

    [Fact]
    public async Task A_bill_is_asked_for_with_an_order_details_message_named_by_the_payment_reference()
    {
        var (citizen, reference, _) = await Bill();

        var sent = await Sent(citizen);

        Assert.DoesNotContain(sent, m => m.Contains("\"cta_url\"", StringComparison.Ordinal));
        using var order = JsonDocument.Parse(Assert.Single(sent, m => m.Contains("\"order_details\"", StringComparison.Ordinal)));
        Assert.Empty(WhatsAppLimits.Violations(order.RootElement));
        var parameters = order.RootElement.GetProperty("interactive").GetProperty("action").GetProperty("parameters");
        var view = (await Payment(reference).View())!;
        Assert.Equal(reference, parameters.GetProperty("reference_id").GetString());
        Assert.Equal(Configuration, parameters.GetProperty("payment_settings")[0].GetProperty("payment_gateway").GetProperty("configuration_name").GetString());
        Assert.Equal(view.Order.AmountPaise, parameters.GetProperty("total_amount").GetProperty("value").GetInt64());
        var item = Assert.Single(parameters.GetProperty("order").GetProperty("items").EnumerateArray());
        Assert.Equal(view.Order.ServiceId, item.GetProperty("retailer_id").GetString());
        Assert.Equal(view.Order.ServiceName.In("en"), item.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_application_fee_s_order_is_named_by_the_fee_s_own_payment_not_the_application()
    {
        var (department, service) = Catalog.FindService("income-certificate")!.Value;

        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(service, NextCitizen()));

        Assert.Equal($"{outcome.Reference}-FEE", outcome.PaymentDue!.Reference);
        Assert.Equal(4500, outcome.PaymentDue.AmountPaise);
        Assert.NotNull(await Payment(outcome.PaymentDue.Reference).View());
    }

    [Fact]
    public async Task A_payment_status_webhook_makes_the_payment_look_itself_up_at_the_gateway_now()
    {
        var (citizen, reference, order) = await Bill();
        // Paid at the gateway, and the gateway's own callback lost on the way.
        Assert.NotNull(Gateway.Complete(Gateway.Find(order)!, GatewayOutcome.Captured));
        Assert.Equal(PaymentStatus.Pending, (await Payment(reference).View())!.Status);

        var answer = await frontend.Running.PostSignedAsync(PaymentStatusWebhook(reference));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(1, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payments").GetInt32());
        var view = await Eventually.Until(() => Payment(reference).View(), v => v!.Status != PaymentStatus.Pending, Soon);
        Assert.Equal(PaymentStatus.Captured, view!.Status);
        var receipt = view.Receipt!.Document!.Id;
        await Eventually.Until(() => Sent(citizen), sent => sent.Any(m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal) && m.Contains(receipt, StringComparison.Ordinal)), Soon);
    }

    [Fact]
    public async Task A_payment_status_webhook_is_no_proof_of_payment_and_an_unknown_reference_changes_nothing()
    {
        var (citizen, reference, _) = await Bill();

        var unpaid = await frontend.Running.PostSignedAsync(PaymentStatusWebhook(reference));
        var unknown = await frontend.Running.PostSignedAsync(PaymentStatusWebhook("ENE-PAY-1999-999999"));

        Assert.Equal(HttpStatusCode.OK, unpaid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var view = (await Payment(reference).View())!;
        Assert.Equal(PaymentStatus.Pending, view.Status);
        Assert.Null(view.Receipt);
        Assert.Null(await Payment("ENE-PAY-1999-999999").View());
        Assert.DoesNotContain(await Sent(citizen), m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_simulator_s_review_and_pay_opens_the_sandbox_gateway_s_page_of_the_payment()
    {
        var (_, reference, order) = await Bill();

        var page = await Http.GetAsync($"/sandbox/review-and-pay/{reference}");
        var unknown = await Http.GetAsync("/sandbox/review-and-pay/ENE-PAY-1999-999998");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.EndsWith($"/pay/{order}", page.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>An electricity bill opened by a citizen who has just written (inside the service window).</summary>
    private async Task<(string Citizen, string Reference, string Order)> Bill()
    {
        var (department, service) = Catalog.FindService("electricity-bill")!.Value;
        var citizen = NextCitizen();
        await Says(citizen, text: "Hi");
        await Says(citizen, replyId: "lang:en");
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(service, citizen));
        await Grains.ChatOf(citizen).Notify(outcome);
        var order = (await Payment(outcome.Reference!).View())!.GatewayOrderId!;
        return (citizen, outcome.Reference!, order);
    }

    /// <summary>Meta's recorded payment status (testdata/webhooks/payment_captured.json), for another reference.</summary>
    private static string PaymentStatusWebhook(string reference) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "webhooks", "payment_captured.json"))
            .Replace(RecordedReference, reference, StringComparison.Ordinal);

    private static string NextCitizen() => $"91967{Interlocked.Increment(ref _citizens):D7}";

    private IPaymentGrain Payment(string reference) => Grains.GetGrain<IPaymentGrain>(reference);

    private async Task Says(string citizen, string? text = null, string? replyId = null)
    {
        var sent = await Http.PostAsJsonAsync("/sandbox/messages", new { citizenId = citizen, text, replyId });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    /// <summary>The Cloud API bodies sent to the citizen so far, once their outbox is empty.</summary>
    private async Task<List<string>> Sent(string citizen)
    {
        await Outboxes.Drained(Grains.ChatOf(citizen));
        var channel = frontend.Running.Services.GetRequiredService<SandboxChannel>();
        return [.. (await channel.ReadAsync(citizen, 0, TimeSpan.Zero, CancellationToken.None)).Select(m => m.Body)];
    }

    public sealed class Frontend : IAsyncLifetime
    {
        private RunningFrontend? _running;

        public RunningFrontend Running => _running ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync() => _running = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["ManaMitra:Payments:WhatsAppConfiguration"] = Configuration,
            ["ManaMitra:Payments:WebhookSecret"] = "test-gateway-secret",
            ["ManaMitra:Payments:ReconcileAfter"] = "01:00:00",
            ["ManaMitra:Payments:OrderLifetime"] = "02:00:00",
        });

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }
}
