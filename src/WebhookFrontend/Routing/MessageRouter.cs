using ManaMitra.Interfaces.Chat;
using ManaMitra.WebhookFrontend.Webhook;

namespace ManaMitra.WebhookFrontend.Routing;

/// <summary>
/// Hands a parsed webhook to the citizens' grains. One citizen's messages go one after another, in the order Meta
/// listed them; different citizens go in parallel, so one slow conversation does not hold up the rest.
/// </summary>
public sealed class MessageRouter(IGrainFactory grains, CitizenAliases aliases)
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
            .Select(s => grains.GetGrain<ICitizenChatGrain>(s.CitizenId).RecordStatus(s)));

        var all = outcomes.SelectMany(o => o).ToList();
        return new RouteSummary(
            all.Count(o => o == ReceiveOutcome.Accepted),
            all.Count(o => o == ReceiveOutcome.Duplicate),
            all.Count(o => o == ReceiveOutcome.OptedOut),
            all.Count(o => o == ReceiveOutcome.Throttled),
            batch.Statuses.Count,
            batch.Ignored);
    }

    private async Task<List<ReceiveOutcome>> ReceiveInOrder(string citizenId, IEnumerable<InboundMessage> messages, CancellationToken cancellationToken)
    {
        var chat = grains.GetGrain<ICitizenChatGrain>(citizenId);
        var outcomes = new List<ReceiveOutcome>();
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(await chat.Receive(message));
        }

        return outcomes;
    }
}

/// <summary>What a webhook amounted to; returned to Meta (which ignores it) and to people reading logs.</summary>
public sealed record RouteSummary(int Accepted, int Duplicates, int OptedOut, int Throttled, int Statuses, int Ignored);
