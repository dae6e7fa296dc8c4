using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Grains.Delivery;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Payments;

/// <summary>
/// Payments end to end on the real app, through the contract of <c>../shared/DESIGN.md</c>: the sandbox gateway's page
/// and its "pay" action, whose signed callback reaches <c>POST /payments/callback</c>; forged and malformed callbacks
/// refused with nothing changed; a duplicate taken once; a failure told with a retry; a lost callback settled by
/// reconciliation; an unpaid order expired; an application's fee moving it to review.
/// </summary>
public sealed class PaymentGatewayTests(PaymentFrontend frontend) : IClassFixture<PaymentFrontend>
{
    private const string WebhookSecret = PaymentFrontend.WebhookSecret;

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    private static int _citizens;

    private HttpClient Http => frontend.Running.Http;

    private IGrainFactory Grains => frontend.Grains;

    [Fact]
    public async Task The_page_shows_the_bill_and_paying_captures_it_with_one_receipt_however_often_the_callback_comes()
    {
        var (citizen, reference, order) = await Bill();

        var page = await Http.GetAsync($"/pay/{order}");
        var paid = await Pay(order, "success");
        var again = await Callback(reference, GatewayOutcome.Captured, WebhookSecret, await PaymentOf(reference));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var view = (await Payment(reference).View())!;
        Assert.Contains(ManaMitra.Languages.Rupees.Format(view.Order.Amount), html, StringComparison.Ordinal);
        Assert.Contains("Pay with UPI", html, StringComparison.Ordinal);
        Assert.Contains("UPI తో చెల్లించండి", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(200, (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callback").GetInt32());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("duplicate", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetString());
        Assert.Equal(PaymentStatus.Captured, view.Status);
        Assert.Equal("receipt", view.Receipt!.Document!.Kind);
        var sent = await Sent(citizen);
        Assert.Single(sent, m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal) && m.Contains(view.Receipt.Document.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pages_form_pays_with_its_antiforgery_token_and_a_form_or_text_posted_from_elsewhere_does_not()
    {
        var (_, reference, order) = await Bill();
        using var browser = FormPosts.Client(frontend.Running);
        var token = await FormPosts.Token(browser, $"/pay/{order}");
        var path = $"/sandbox/gateway/{order}/pay";

        // What another site could make the citizen's browser post: a form without our token, JSON-shaped text/plain.
        var noToken = await browser.PostAsync(path, FormPosts.Form(("outcome", "success")));
        var plainText = await browser.PostAsync(path, new StringContent("""{"outcome":"success"}""", Encoding.UTF8, "text/plain"));
        var unpaid = (await Payment(reference).View())!.Status;
        var paid = await browser.PostAsync(path, FormPosts.Form(("outcome", "success"), (FormPosts.TokenField, token)));

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainText.StatusCode);
        Assert.Equal(PaymentStatus.Pending, unpaid);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal($"/pay/{order}", paid.Headers.Location?.OriginalString);
        Assert.Equal(PaymentStatus.Captured, (await Payment(reference).View())!.Status);
    }

    [Fact]
    public async Task Forged_unsigned_and_malformed_callbacks_are_refused_and_change_nothing()
    {
        var (citizen, reference, _) = await Bill();
        var report = await GatewayReports.For(Grains, reference, GatewayOutcome.Captured);

        var forged = await Callback(reference, GatewayOutcome.Captured, "not-the-secret", report);
        var unsigned = await Http.PostAsync("/payments/callback", new ByteArrayContent(GatewayCallback.Write(reference, report, DateTimeOffset.UtcNow)));
        var notJson = await Signed(Encoding.UTF8.GetBytes("{not json"), WebhookSecret);
        var noOrder = await Signed(Encoding.UTF8.GetBytes("""{"event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_1","amount":100}}}}"""), WebhookSecret);

        await AssertProblem(forged, HttpStatusCode.Unauthorized);
        await AssertProblem(unsigned, HttpStatusCode.Unauthorized);
        await AssertProblem(notJson, HttpStatusCode.BadRequest);
        await AssertProblem(noOrder, HttpStatusCode.BadRequest);
        var view = (await Payment(reference).View())!;
        Assert.Equal(PaymentStatus.Pending, view.Status);
        Assert.Null(view.Receipt);
        Assert.DoesNotContain(await Sent(citizen), m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_payment_issues_no_receipt_and_its_retry_button_opens_a_new_order()
    {
        var (citizen, reference, order) = await Bill();

        var failed = await Pay(order, "failure");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var view = (await Payment(reference).View())!;
        Assert.Equal(PaymentStatus.Failed, view.Status);
        Assert.Null(view.Receipt);
        var told = await Eventually.Until(() => Sent(citizen), sent => sent.Any(m => m.Contains($"pay:{reference}", StringComparison.Ordinal)));
        Assert.DoesNotContain(told, m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal));
        Assert.Contains(told, m => m.Contains("did not go through", StringComparison.Ordinal));

        await Says(citizen, replyId: $"pay:{reference}");
        var reopened = await Eventually.Until(() => Sent(citizen), sent => sent.Count(m => m.Contains("\"cta_url\"", StringComparison.Ordinal)) == 1);

        var retry = (await Payment(reference).View())!;
        Assert.Equal(PaymentStatus.Pending, retry.Status);
        Assert.NotEqual(order, retry.GatewayOrderId);
        Assert.Contains(reopened, m => m.Contains($"/pay/{retry.GatewayOrderId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_paid_bill_past_its_retention_is_erased_once_its_receipt_is_sent_and_an_unpaid_one_stays()
    {
        var (citizen, paid, order) = await Bill();
        var (_, unpaid, _) = await Bill();
        await Pay(order, "success");
        await Eventually.Until(() => Sent(citizen), sent => sent.Any(m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal)));
        // What the sweep asks once the retention has run: nothing may have happened since this instant.
        var retentionOver = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);

        var paidSince = await Payment(paid).Expire(DateTimeOffset.UtcNow - TimeSpan.FromDays(1));
        var open = await Payment(unpaid).Expire(retentionOver);
        var expired = await Payment(paid).Expire(retentionOver);

        Assert.False(paidSince);
        Assert.False(open);
        Assert.True(expired);
        Assert.Null(await Payment(paid).View());
        Assert.Equal(PaymentStatus.Pending, (await Payment(unpaid).View())!.Status);
    }

    [Fact]
    public async Task An_earlier_attempt_paid_late_counts_and_paying_the_new_attempt_as_well_is_refunded()
    {
        var (citizen, reference, first) = await Bill();
        Assert.Equal(HttpStatusCode.OK, (await Pay(first, "failure")).StatusCode);
        await Eventually.Until(() => Sent(citizen), sent => sent.Any(m => m.Contains($"pay:{reference}", StringComparison.Ordinal)));
        await Says(citizen, replyId: $"pay:{reference}");
        var second = (await Eventually.Until(() => Payment(reference).View(), v => v!.GatewayOrderId != first))!.GatewayOrderId!;
        var amount = (await Payment(reference).View())!.Order.AmountPaise;

        // The bank approves the first request after all, and the gateway says so.
        var late = new GatewayReport { OrderId = first, PaymentId = "pay_late", Outcome = GatewayOutcome.Captured, AmountPaise = amount };
        frontend.Gateway.Find(first)!.Payment = late;
        var settled = await Payment(reference).Settle(late);
        var paidAgain = await Pay(second, "success");

        Assert.Equal(SettleResult.Settled, settled);
        Assert.Equal(HttpStatusCode.OK, paidAgain.StatusCode);
        var view = (await Payment(reference).View())!;
        Assert.Equal(PaymentStatus.Captured, view.Status);
        Assert.True(frontend.Gateway.Find(second)!.Refunded);
        Assert.False(frontend.Gateway.Find(first)!.Refunded);
        var sent = await Eventually.Until(() => Sent(citizen), s => s.Any(m => m.Contains("was paid twice", StringComparison.Ordinal)));
        Assert.Single(sent, m => m.Contains("\"type\":\"document\"", StringComparison.Ordinal));
        Assert.True(await Payment(reference).Refund());
        Assert.Equal(amount, frontend.Gateway.Find(first)!.RefundedPaise);
    }

    [Fact]
    public async Task A_payment_whose_callback_never_arrives_is_settled_by_reconciliation()
    {
        var (_, reference, order) = await Bill();
        var gateway = frontend.Running.Services.GetRequiredService<SandboxGateway>();

        // Paid at the gateway, and its callback lost on the way.
        Assert.NotNull(gateway.Complete(gateway.Find(order)!, GatewayOutcome.Captured));

        var view = await Eventually.Until(() => Payment(reference).View(), v => v!.Status != PaymentStatus.Pending);
        Assert.Equal(PaymentStatus.Captured, view!.Status);
        Assert.NotNull(view.Receipt);
    }

    [Fact]
    public async Task An_order_left_unpaid_expires_and_the_citizen_may_try_again()
    {
        var (citizen, reference, order) = await Bill();

        var view = await Eventually.Until(() => Payment(reference).View(), v => v!.Status != PaymentStatus.Pending);

        Assert.Equal(PaymentStatus.Expired, view!.Status);
        Assert.Null(view.Receipt);
        var told = await Eventually.Until(() => Sent(citizen), sent => sent.Any(m => m.Contains($"pay:{reference}", StringComparison.Ordinal)));
        Assert.Contains(told, m => m.Contains("not made in time", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await Pay(order, "success")).StatusCode);
    }

    [Fact]
    public async Task A_report_for_another_amount_changes_nothing_and_a_captured_payment_is_refunded_once()
    {
        var (_, reference, order) = await Bill();
        var payment = Payment(reference);
        var report = await GatewayReports.For(Grains, reference, GatewayOutcome.Captured);

        Assert.Equal(SettleResult.Ignored, await payment.Settle(report with { AmountPaise = report.AmountPaise - 1 }));
        Assert.Equal(PaymentStatus.Pending, (await payment.View())!.Status);
        Assert.False(await payment.Refund());

        Assert.Equal(HttpStatusCode.OK, (await Pay(order, "success")).StatusCode);
        Assert.True(await payment.Refund());
        Assert.False(await payment.Refund());

        var view = (await payment.View())!;
        Assert.Equal(PaymentStatus.Refunded, view.Status);
        Assert.True(frontend.Running.Services.GetRequiredService<SandboxGateway>().Find(order)!.Refunded);
    }

    [Fact]
    public async Task An_application_fee_paid_at_the_gateway_moves_the_application_from_fee_due_to_under_review()
    {
        var (department, service) = Catalog.FindService("income-certificate")!.Value;
        var citizen = NextCitizen();
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(service, citizen));
        var application = Grains.GetGrain<IApplicationGrain>(outcome.Reference!);
        Assert.Equal(ApplicationStage.FeeDue, (await application.View())!.Stage);
        Assert.Equal(45m, outcome.PaymentAmount);

        var paid = await Pay(outcome.PaymentLink!.Split("/pay/")[1], "success");

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var view = await Eventually.Until(() => application.View(), v => v!.Stage != ApplicationStage.FeeDue);
        Assert.Equal(ApplicationStage.UnderReview, view!.Stage);
        Assert.Equal("payment gateway", view.History[^1].By);
    }

    /// <summary>An electricity bill opened by a citizen who has just written (inside the service window).</summary>
    private async Task<(string Citizen, string Reference, string Order)> Bill()
    {
        var (department, service) = Catalog.FindService("electricity-bill")!.Value;
        var citizen = NextCitizen();
        await frontend.Greets(citizen);
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(service, citizen));
        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        var order = (await Payment(outcome.Reference!).View())!.GatewayOrderId!;
        Assert.EndsWith($"/pay/{order}", outcome.PaymentLink, StringComparison.Ordinal);
        return (citizen, outcome.Reference!, order);
    }

    private static string NextCitizen() => $"91966{Interlocked.Increment(ref _citizens):D7}";

    private IPaymentGrain Payment(string reference) => frontend.Payment(reference);

    private async Task<GatewayReport> PaymentOf(string reference)
    {
        var view = (await Payment(reference).View())!;
        var paid = frontend.Running.Services.GetRequiredService<SandboxGateway>().Find(view.GatewayOrderId!)!.Payment!;
        return paid;
    }

    private Task<HttpResponseMessage> Pay(string order, string outcome) => frontend.Pay(order, outcome);

    private Task<HttpResponseMessage> Callback(string reference, GatewayOutcome outcome, string secret, GatewayReport report) =>
        Signed(GatewayCallback.Write(reference, report with { Outcome = outcome }, DateTimeOffset.UtcNow), secret);

    private Task<HttpResponseMessage> Signed(byte[] body, string secret)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        content.Headers.Add(GatewayCallback.SignatureHeader, GatewayCallback.Sign(body, Encoding.UTF8.GetBytes(secret)));
        return Http.PostAsync("/payments/callback", content);
    }

    private Task Says(string citizen, string? text = null, string? replyId = null) => frontend.Says(citizen, text, replyId);

    private Task<List<string>> Sent(string citizen) => frontend.Sent(citizen);

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
