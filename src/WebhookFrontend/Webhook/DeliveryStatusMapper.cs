using ManaMitra.Interfaces.Chat;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.WebhookFrontend.Webhook;

/// <summary>Reduces one Meta status to the delivery state of an outbox entry, or to nothing when it concerns no citizen's outbox.</summary>
internal static class DeliveryStatusMapper
{
    /// <returns>Null when the status must not reach a citizen's grain.</returns>
    public static DeliveryStatus? Map(MetaStatus status, CitizenKeys keys)
    {
        // We never send into groups; a group's status would only create a grain keyed by the group.
        if (status.RecipientType == "group")
        {
            return null;
        }

        var id = string.IsNullOrWhiteSpace(status.Id) ? null : status.Id;
        var citizen = CitizenId.Of(status);
        if (id is null || citizen is null || StateOf(status.Status) is not { } state || !UnixTime.TryParse(status.Timestamp, out var at))
        {
            return null;
        }

        var error = status.Errors?.FirstOrDefault(e => e is not null);
        return new DeliveryStatus
        {
            MessageId = id,
            CitizenId = keys.Of(citizen),
            State = state,
            At = at,
            ErrorCode = error?.Code,
            ErrorTitle = error?.Title,
        };
    }

    // Other values (e.g. "deleted", "warning") say nothing about delivery of an outbox entry.
    private static DeliveryState? StateOf(string? status) => status switch
    {
        "sent" => DeliveryState.Sent,
        "delivered" => DeliveryState.Delivered,
        "read" => DeliveryState.Read,
        "failed" => DeliveryState.Failed,
        _ => null,
    };
}
