using Orleans.Hosting;
using Orleans.Streams;

namespace ManaMitra.Grains.Dashboard;

/// <summary>
/// The Orleans stream that carries service events (department, service, outcome, time to serve), payment figures
/// (department, outcome, rupees, reconciliation lag) and search counts with the masked words of those that found
/// nothing, never who asked, paid or searched, from the silos to the dashboard grain.
/// Silos publish what they tallied since their last report, one batch per
/// report interval, so the stream's traffic does not grow with the citizens' traffic.
/// </summary>
public static class ServiceEvents
{
    public const string ProviderName = "service-events";

    /// <summary>The namespace the dashboard grain subscribes to implicitly; the stream key is the grain's key.</summary>
    public const string Namespace = "dashboard";

    public static StreamId For(long dashboardKey) => StreamId.Create(Namespace, dashboardKey);

    /// <summary>
    /// Memory streams with implicit subscriptions only: the same provider runs in the embedded silo and on a
    /// PostgreSQL cluster, and no pub-sub grain storage is needed (explicit subscriptions would keep a PubSubStore row
    /// per stream, a write path the dashboard has no use for). Queued batches live in memory: a silo that dies loses
    /// at most its last seconds of counts, which the dashboard (a view, not a ledger) accepts.
    /// </summary>
    public static ISiloBuilder AddManaMitraServiceEvents(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(ProviderName, stream =>
        {
            stream.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            // One stream in production: a single queue is enough, and fewer queues mean fewer idle polls.
            stream.ConfigurePartitioning(1);
        });
}
