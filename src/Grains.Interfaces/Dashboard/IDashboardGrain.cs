namespace ManaMitra.Interfaces.Dashboard;

/// <summary>
/// The cluster-wide view officials watch: every silo publishes its batch on the <see cref="ServiceEvents"/> stream
/// every few seconds, frontends read snapshots. One activation (key <see cref="Key"/>) holds the last hour in memory;
/// a restart of its silo starts a new hour.
/// </summary>
public interface IDashboardGrain : IGrainWithIntegerKey
{
    public const long Key = 0;

    Task<DashboardSnapshot> Snapshot();
}

[GenerateSerializer, Immutable]
public sealed record DashboardSnapshot(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] IReadOnlyList<ServiceRow> Services,
    [property: Id(2)] IReadOnlyList<MinuteRow> Minutes,
    [property: Id(3)] IReadOnlyList<PaymentRow> Payments,
    [property: Id(4)] SearchesRow Searches);

/// <summary>
/// Searches citizens typed over the last hour and how many found nothing; the words of those most often typed, masked
/// (numbers as <c>#</c>), for catalog editors: each is a synonym, a misspelling or a service the catalog lacks.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SearchesRow(
    [property: Id(0)] long Typed,
    [property: Id(1)] long FoundNothing,
    [property: Id(2)] IReadOnlyList<UnmatchedRow> Unmatched);

/// <summary>Masked words that found nothing, how many times over the last hour, and when last.</summary>
[GenerateSerializer, Immutable]
public sealed record UnmatchedRow(
    [property: Id(0)] string Words,
    [property: Id(1)] long Count,
    [property: Id(2)] DateTimeOffset LastSeen);

/// <summary>One service over the last hour; times to serve in milliseconds, null before its first run.</summary>
[GenerateSerializer, Immutable]
public sealed record ServiceRow(
    [property: Id(0)] string Department,
    [property: Id(1)] string Service,
    [property: Id(2)] long Requests,
    [property: Id(3)] long Completed,
    [property: Id(4)] long Declined,
    [property: Id(5)] long AwaitingPayment,
    [property: Id(6)] double? MedianMs,
    [property: Id(7)] double? P95Ms,
    [property: Id(8)] long Submitted);

/// <summary>
/// One department's payment orders over the last hour: attempts opened at the gateway and how they ended, the rupees
/// captured, how many were settled by reconciliation and the longest of those lags (milliseconds; null when none).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PaymentRow(
    [property: Id(0)] string Department,
    [property: Id(1)] long Created,
    [property: Id(2)] long Captured,
    [property: Id(3)] long Failed,
    [property: Id(4)] long Expired,
    [property: Id(5)] decimal AmountCaptured,
    [property: Id(6)] long Reconciled,
    [property: Id(7)] double? MaxReconciliationLagMs);

/// <summary>One minute of the last hour, oldest first; minutes without traffic are there with zeros.</summary>
[GenerateSerializer, Immutable]
public sealed record MinuteRow(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] long MessagesIn,
    [property: Id(2)] long MessagesOut,
    [property: Id(3)] long Requests);
