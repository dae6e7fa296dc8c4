using ManaMitra.Persistence;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace ManaMitra.Hosting;

/// <summary>A frontend that is a client of a cluster on PostgreSQL finds the silos' gateways in the membership table.</summary>
public static class ClientBuilderExtensions
{
    public static IClientBuilder AddManaMitraCluster(this IClientBuilder client, ClusterSettings cluster)
    {
        client.UseManaMitraPostgres(cluster.ConnectionString ?? throw new InvalidOperationException("a cluster client needs ConnectionStrings__ManaMitra"));
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        // After a rolling restart every gateway a frontend knew may be gone; the default one-minute refresh would
        // keep webhooks answering 503 for that long. Reading the membership table every few seconds is cheap.
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        // The webhook's trace continues into the grains on the silos.
        client.AddActivityPropagation();
        return client;
    }
}
