using System.Diagnostics;
using ManaMitra.Interfaces;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WebhookFrontend.Webhook;

namespace ManaMitra.WebhookFrontend.Routing;

/// <summary>
/// Hands a parsed webhook to the citizens' grains. One citizen's messages go one after another, in the order Meta
/// listed them; different citizens go in parallel, so one slow conversation does not hold up the rest. Each message
/// is logged once here, at the edge every message passes (webhook or simulator), with what the grain made of it;
/// delivery statuses, three per reply sent, are not. A payment status only makes its payment look itself up at the
/// gateway now: Meta's word is not proof of payment, the gateway's is.
/// </summary>
public sealed partial class MessageRouter(IGrainFactory grains, GrainsByKey<ICitizenChatGrain> chats, CitizenAliases aliases, ILogger<MessageRouter> logger)
{
    public async Task<RouteSummary> RouteAsync(WebhookBatch batch, CancellationToken cancellationToken)
    {
        var keys = batch.UserIds.Count == 0 ? null : await aliases.KeysAsync(batch.UserIds);
        string KeyOf(string citizenId) => keys is not null && keys.TryGetValue(citizenId, out var key) ? key : citizenId;

        var outcomes = await Task.WhenAll(batch.Messages
            .Select(m => m with { CitizenId = KeyOf(m.CitizenId) })
            .GroupBy(m => m.CitizenId, StringComparer.Ordinal)
            .Select(citizen => ReceiveInOrder(citizen.Key, citizen, cancellationToken)));
        await Task.WhenAll(batch.Statuses
            .Select(s => s with { CitizenId = KeyOf(s.CitizenId) })
            .Select(s => chats.Get(s.CitizenId).RecordStatus(s)));
        // The reference_id of our order_details message is the payment's reference, which is its grain's key.
        await Task.WhenAll(batch.Payments.Select(reference => grains.GetGrain<IPaymentGrain>(reference).Reconcile()));

        var all = outcomes.SelectMany(o => o).ToList();
        return new RouteSummary(
            all.Count(o => o == ReceiveOutcome.Accepted),
            all.Count(o => o == ReceiveOutcome.Duplicate),
            all.Count(o => o == ReceiveOutcome.OptedOut),
            all.Count(o => o == ReceiveOutcome.Throttled),
            batch.Statuses.Count,
            batch.Ignored)
        {
            Payments = batch.Payments.Count,
        };
    }

    private async Task<List<ReceiveOutcome>> ReceiveInOrder(string citizenId, IEnumerable<InboundMessage> messages, CancellationToken cancellationToken)
    {
        var chat = chats.Get(citizenId);
        var outcomes = new List<ReceiveOutcome>();
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var outcome = await chat.Receive(message);
            // The kind only, never the text: what citizens type may be anything about them.
            LogMessageIn(citizenId, message.Kind, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    // The citizen id is a keyed hash, never the number (CitizenKeys); every log provider also masks numbers (RedactingLoggerProvider).
    [LoggerMessage(Level = LogLevel.Information, Message = "Message in from {Citizen}: {Kind}, {Outcome} in {Milliseconds:0.0} ms")]
    private partial void LogMessageIn(string citizen, InboundKind kind, ReceiveOutcome outcome, double milliseconds);
}
