using ManaMitra.Grains.Departments;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Payments;

/// <summary>
/// The reconciliation lag is measured from when the gateway says the payment concluded, carried by its callback and
/// its status lookup; from the attempt's opening only when the gateway does not say; and never for a callback.
/// </summary>
public sealed class PaymentReportingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(120, 120)]
    // Without the gateway's word: the attempt opened 5 minutes ago (expires in 10 of its 15).
    [InlineData(null, 300)]
    // The gateway's clock a little ahead of ours: no negative lag.
    [InlineData(-3, 0)]
    public void A_reconciled_capture_lags_from_the_gateways_conclusion_else_from_the_attempts_opening(int? concludedSecondsAgo, int lagSeconds)
    {
        using var host = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        using var tally = new DashboardTally(host.GetRequiredService<ManaMitraMetrics>());
        var reporting = Reporting(host);

        reporting.Settled(Captured(), Report(SettlementSource.Reconciliation, concludedSecondsAgo is { } ago ? Now.AddSeconds(-ago) : null));

        var energy = tally.Take().Payments["energy"];
        Assert.Equal((1, 1), (energy.Captured, energy.Reconciled));
        Assert.Equal(TimeSpan.FromSeconds(lagSeconds), energy.LongestReconciliationLag);
        Assert.Equal(19655, energy.CapturedPaise);
    }

    [Fact]
    public void A_callback_settles_without_a_reconciliation_lag()
    {
        using var host = new ServiceCollection().AddManaMitraMetrics().BuildServiceProvider();
        using var tally = new DashboardTally(host.GetRequiredService<ManaMitraMetrics>());

        Reporting(host).Settled(Captured(), Report(SettlementSource.Callback, Now.AddMinutes(-1)));

        var energy = tally.Take().Payments["energy"];
        Assert.Equal((1, 0), (energy.Captured, energy.Reconciled));
        Assert.Null(energy.LongestReconciliationLag);
    }

    [Fact]
    public void The_callback_carries_the_gateways_conclusion_time_and_one_without_it_reads_as_unknown()
    {
        var report = Report(SettlementSource.Callback, Now);

        var read = GatewayCallback.Read(GatewayCallback.Write("ENE-PAY-2026-000001", report, Now))!;
        var without = GatewayCallback.Read(GatewayCallback.Write("ENE-PAY-2026-000001", report with { ConcludedAt = null }, Now))!;

        Assert.Equal(Now, read.Report.ConcludedAt);
        Assert.Null(without.Report.ConcludedAt);
    }

    private static PaymentReporting Reporting(IServiceProvider host) => new(
        host.GetRequiredService<PaymentMetrics>(),
        new FixedTime(Now),
        Options.Create(new PaymentsOptions { OrderLifetime = TimeSpan.FromMinutes(15) }));

    private static PaymentState Captured() => new()
    {
        Order = new PaymentOrder
        {
            Reference = "ENE-PAY-2026-000001",
            CitizenId = "919000000001",
            DepartmentId = "energy",
            ServiceId = "electricity-bill",
            ServiceName = LocalizedText.Of(("en", "Pay Electricity Bill")),
            AccountNumber = "12345674",
            HolderName = "Ravi Kumar",
            Amount = 196.55m,
            Period = "November 2026",
        },
        Status = PaymentStatus.Captured,
        ExpiresAt = Now.AddMinutes(10),
        PaidAt = Now,
    };

    private static GatewayReport Report(SettlementSource source, DateTimeOffset? concludedAt) => new()
    {
        OrderId = "order_1",
        PaymentId = "pay_1",
        Outcome = GatewayOutcome.Captured,
        AmountPaise = 19655,
        ConcludedAt = concludedAt,
        Source = source,
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
