using System.Text.Json;
using System.Text.Json.Serialization;

namespace ManaMitra.WebhookFrontend.Routing;

/// <summary>What a webhook amounted to; returned to Meta (which ignores it) and to people reading logs.</summary>
public sealed record RouteSummary(int Accepted, int Duplicates, int OptedOut, int Throttled, int Statuses, int Ignored)
{
    /// <summary>Payments looked up at the gateway because a payment status named them.</summary>
    public int Payments { get; init; }
}

/// <summary>
/// The summary's JSON, the body of the webhook's 200 and of the simulator's answer, made at build time: the webhook
/// answers one per message, and serializing it by reflection, through the response stream, cost the frontend about
/// 5 % of its CPU at 3,000 messages/s (BENCHMARKS.md, #16).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RouteSummary))]
internal sealed partial class RouteSummaryJson : JsonSerializerContext
{
    /// <summary>The summary as the body of a 200: camelCase names, as ASP.NET Core's own JSON results write them.</summary>
    public static IResult Ok(RouteSummary summary) =>
        Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(summary, Default.RouteSummary), "application/json; charset=utf-8");
}
