namespace ManaMitra.Interfaces.Dashboard;

/// <summary>What one silo saw since its last report: the unit of traffic between silos and the dashboard grain.</summary>
[GenerateSerializer]
public sealed class DashboardBatch
{
    [Id(0)] public long MessagesIn { get; set; }

    [Id(1)] public long MessagesOut { get; set; }

    /// <summary>By <see cref="ServiceKey"/>.</summary>
    [Id(2)] public Dictionary<ServiceKey, ServiceTally> Services { get; init; } = [];

    /// <summary>By department id.</summary>
    [Id(3)] public Dictionary<string, PaymentTally> Payments { get; init; } = [];

    /// <summary>Searches citizens typed.</summary>
    [Id(4)] public long Searches { get; set; }

    /// <summary>Those of <see cref="Searches"/> that found nothing, by their masked words.</summary>
    [Id(5)] public UnmatchedSearches Unmatched { get; init; } = new();

    public bool IsEmpty => MessagesIn == 0 && MessagesOut == 0 && Services.Count == 0 && Payments.Count == 0 && Searches == 0 && Unmatched.IsEmpty;

    public ServiceTally For(ServiceKey key)
    {
        if (!Services.TryGetValue(key, out var tally))
        {
            Services[key] = tally = new ServiceTally();
        }

        return tally;
    }

    public PaymentTally PaymentsOf(string departmentId)
    {
        if (!Payments.TryGetValue(departmentId, out var tally))
        {
            Payments[departmentId] = tally = new PaymentTally();
        }

        return tally;
    }

    public void Add(DashboardBatch other)
    {
        MessagesIn += other.MessagesIn;
        MessagesOut += other.MessagesOut;
        Searches += other.Searches;
        Unmatched.Add(other.Unmatched);
        foreach (var (key, tally) in other.Services)
        {
            For(key).Add(tally);
        }

        foreach (var (department, tally) in other.Payments)
        {
            PaymentsOf(department).Add(tally);
        }
    }
}

[GenerateSerializer, Immutable]
public readonly record struct ServiceKey([property: Id(0)] string Department, [property: Id(1)] string Service);

/// <summary>One service's runs: how each ended and how long they took.</summary>
[GenerateSerializer]
public sealed class ServiceTally
{
    [Id(0)] public long Completed { get; set; }

    [Id(1)] public long Declined { get; set; }

    [Id(2)] public long AwaitingPayment { get; set; }

    [Id(3)] public LatencyHistogram TimeToServe { get; init; } = new();

    /// <summary>Applications handed to an official, decided later.</summary>
    [Id(4)] public long Submitted { get; set; }

    public long Requests => Completed + Declined + AwaitingPayment + Submitted;

    public void Add(ServiceTally other)
    {
        Completed += other.Completed;
        Declined += other.Declined;
        AwaitingPayment += other.AwaitingPayment;
        Submitted += other.Submitted;
        TimeToServe.Add(other.TimeToServe);
    }
}
