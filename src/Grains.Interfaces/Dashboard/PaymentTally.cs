namespace ManaMitra.Interfaces.Dashboard;

/// <summary>One department's payment orders: attempts and how they ended, money captured, reconciliation's lag.</summary>
[GenerateSerializer]
public sealed class PaymentTally
{
    /// <summary>Attempts opened at the gateway.</summary>
    [Id(0)] public long Created { get; set; }

    [Id(1)] public long Captured { get; set; }

    [Id(2)] public long Failed { get; set; }

    [Id(3)] public long Expired { get; set; }

    /// <summary>Whole paise: rupees as a sum of doubles would drift.</summary>
    [Id(4)] public long CapturedPaise { get; set; }

    /// <summary>Orders settled by the reconciliation lookup rather than the callback.</summary>
    [Id(5)] public long Reconciled { get; set; }

    /// <summary>
    /// The longest of their lags. A maximum rather than a <see cref="LatencyHistogram"/>: lags run to a quarter of an
    /// hour, past that histogram's last bucket, and the worst one is what officials act on.
    /// </summary>
    [Id(6)] public TimeSpan? LongestReconciliationLag { get; set; }

    public void Add(PaymentTally other)
    {
        Created += other.Created;
        Captured += other.Captured;
        Failed += other.Failed;
        Expired += other.Expired;
        CapturedPaise += other.CapturedPaise;
        Reconciled += other.Reconciled;
        Lagged(other.LongestReconciliationLag);
    }

    public void Lagged(TimeSpan? lag)
    {
        if (lag is { } given && (LongestReconciliationLag is not { } longest || given > longest))
        {
            LongestReconciliationLag = given;
        }
    }
}
