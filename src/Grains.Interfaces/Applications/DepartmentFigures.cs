namespace ManaMitra.Interfaces.Applications;

/// <summary>
/// A department's figures on its officials' dashboard, counted from its queue at <see cref="At"/>. "Today" is the
/// day in India, whatever the server's zone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DepartmentFigures
{
    [Id(0)] public required DateTimeOffset At { get; init; }

    /// <summary>Every application the department ever received.</summary>
    [Id(1)] public required long Received { get; init; }

    [Id(2)] public required int ReceivedToday { get; init; }

    /// <summary>Waiting for their fee or an official.</summary>
    [Id(3)] public required int Pending { get; init; }

    /// <summary>Pending past the date the service's SLA promised.</summary>
    [Id(4)] public required int Overdue { get; init; }

    /// <summary>From submission to decision, over the decisions the queue keeps; null before the first.</summary>
    [Id(5)] public TimeSpan? MedianTimeToDecide { get; init; }

    [Id(6)] public required int ApprovedToday { get; init; }

    [Id(7)] public required int RejectedToday { get; init; }
}
