using System.Net;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Dashboard;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Payments;

/// <summary>
/// Bills paid through the sandbox gateway as citizens pay them (captured by callback, failed, captured with the
/// callback lost, left to expire, refunded): <c>/metrics</c> counts each by department and outcome, with rupees,
/// settlement source and reconciliation lag, and the dashboard's last hour shows the department's payments row.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class PaymentMetricsTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task Captures_failures_expiries_reconciliations_and_refunds_are_counted_by_department_and_reach_the_dashboard()
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["ManaMitra:Payments:ReconcileAfter"] = "00:00:01",
            ["ManaMitra:Payments:OrderLifetime"] = "00:00:06",
            ["ManaMitra:Dashboard:ReportInterval"] = "00:00:00.1",
        });
        var grains = frontend.Services.GetRequiredService<IGrainFactory>();
        var gateway = frontend.Services.GetRequiredService<SandboxGateway>();
        var (department, service) = Catalog.FindService("electricity-bill")!.Value;
        var before = await Scrape(frontend);

        var paid = await Bill(grains, department, service);
        var failed = await Bill(grains, department, service);
        var lost = await Bill(grains, department, service);
        var unpaid = await Bill(grains, department, service);
        Assert.Equal(HttpStatusCode.OK, (await Pay(frontend, paid.GatewayOrderId!, "success")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Pay(frontend, failed.GatewayOrderId!, "failure")).StatusCode);
        // Paid at the gateway, its callback lost on the way: only reconciliation can settle it.
        Assert.NotNull(gateway.Complete(gateway.Find(lost.GatewayOrderId!)!, GatewayOutcome.Captured));
        Assert.True(await grains.GetGrain<IPaymentGrain>(paid.Order.Reference).Refund());
        await Eventually.Until(() => grains.GetGrain<IPaymentGrain>(lost.Order.Reference).View(), v => v!.Status == PaymentStatus.Captured);
        await Eventually.Until(() => grains.GetGrain<IPaymentGrain>(unpaid.Order.Reference).View(), v => v!.Status == PaymentStatus.Expired);

        var after = await Scrape(frontend);
        double Delta(string name, params (string, string)[] labels) =>
            after.Value(name, [("department", department.Id), .. labels]) - before.Value(name, [("department", department.Id), .. labels]);

        Assert.Equal(4, Delta("manamitra_payments_total", ("service", service.Id), ("outcome", "created")));
        Assert.Equal(2, Delta("manamitra_payments_total", ("outcome", "captured")));
        Assert.Equal(1, Delta("manamitra_payments_total", ("outcome", "failed")));
        Assert.Equal(1, Delta("manamitra_payments_total", ("outcome", "expired")));
        Assert.Equal(1, Delta("manamitra_payments_total", ("outcome", "refunded")));
        Assert.Equal((double)(paid.Order.Amount + lost.Order.Amount), Delta("manamitra_payment_rupees_total", ("outcome", "captured")), 2);
        Assert.Equal((double)paid.Order.Amount, Delta("manamitra_payment_rupees_total", ("outcome", "refunded")), 2);
        Assert.Equal(0, Delta("manamitra_payment_rupees_total", ("outcome", "failed")));
        Assert.Equal(1, Delta("manamitra_payment_settlements_total", ("outcome", "captured"), ("source", "callback")));
        Assert.Equal(1, Delta("manamitra_payment_settlements_total", ("outcome", "failed"), ("source", "callback")));
        Assert.Equal(1, Delta("manamitra_payment_settlements_total", ("outcome", "captured"), ("source", "reconciliation")));
        Assert.Equal(1, Delta("manamitra_payment_reconciliation_lag_seconds_count", ("outcome", "captured")));
        // Measured from the gateway's capture, which came just before a lookup at most a second and a bit later.
        Assert.InRange(Delta("manamitra_payment_reconciliation_lag_seconds_sum"), 0, 5);
        Assert.DoesNotContain(paid.Order.Reference, after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(paid.Order.CitizenId, after.Text, StringComparison.Ordinal);

        // The embedded silo reports this same traffic to the dashboard, and this host had no other payments.
        var dashboard = grains.GetGrain<IDashboardGrain>(IDashboardGrain.Key);
        var snapshot = await Eventually.Until(dashboard.Snapshot, s => s.Payments.Any(p => p.Department == department.Id && p.Expired == 1));
        var row = Assert.Single(snapshot.Payments);
        Assert.Equal((4, 2, 1, 1), (row.Created, row.Captured, row.Failed, row.Expired));
        Assert.Equal(paid.Order.Amount + lost.Order.Amount, row.AmountCaptured);
        Assert.Equal(1, row.Reconciled);
        Assert.InRange(row.MaxReconciliationLagMs!.Value, 0, 5000);
    }

    private static int _citizens;

    private static async Task<PaymentView> Bill(IGrainFactory grains, Department department, Service service)
    {
        var citizen = $"91955{Interlocked.Increment(ref _citizens):D7}";
        var outcome = await grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(service, citizen));
        Assert.Equal(OutcomeStatus.AwaitingPayment, outcome.Status);
        return (await grains.GetGrain<IPaymentGrain>(outcome.Reference!).View())!;
    }

    private static Task<HttpResponseMessage> Pay(RunningFrontend frontend, string order, string outcome) =>
        frontend.Http.PostAsync($"/sandbox/gateway/{order}/pay", new StringContent($$"""{"outcome":"{{outcome}}"}""", Encoding.UTF8, "application/json"));

    private static async Task<PrometheusText> Scrape(RunningFrontend frontend)
    {
        var response = await frontend.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }
}
