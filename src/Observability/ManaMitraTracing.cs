using System.Diagnostics;

namespace ManaMitra.Observability;

/// <summary>
/// ManaMitra's own spans: the webhook's routing on the frontend and each outbox send on the silo. With Orleans'
/// activity propagation between them, one trace runs from Meta's POST through the citizen's grain to the Cloud API
/// call. Span tags carry counts and catalog ids, never a citizen's number.
/// </summary>
public static class ManaMitraTracing
{
    public const string SourceName = "ManaMitra";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The W3C <c>traceparent</c> of the current span, kept with an outbox entry so its later send joins the trace.</summary>
    public static string? CurrentParent() => Activity.Current?.Id;
}
