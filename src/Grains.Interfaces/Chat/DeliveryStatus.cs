namespace ManaMitra.Interfaces.Chat;

/// <summary>What Meta reports about a message we sent (<c>statuses[]</c> in the webhook).</summary>
[GenerateSerializer, Immutable]
public sealed record DeliveryStatus
{
    /// <summary>The <c>wamid</c> the Cloud API returned when it accepted our message.</summary>
    [Id(0)] public required string MessageId { get; init; }

    /// <summary>The key of the conversation that sent the message: the recipient's id, hashed as an inbound message's sender is.</summary>
    [Id(1)] public required string CitizenId { get; init; }

    [Id(2)] public required DeliveryState State { get; init; }

    [Id(3)] public required DateTimeOffset At { get; init; }

    [Id(4)] public int? ErrorCode { get; init; }

    [Id(5)] public string? ErrorTitle { get; init; }
}

public enum DeliveryState
{
    Sent,
    Delivered,
    Read,
    Failed,
}
