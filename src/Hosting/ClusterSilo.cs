using ManaMitra.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace ManaMitra.Hosting;

/// <summary>
/// A silo of the production cluster on PostgreSQL in a web host: the Silo process, or a frontend that hosts one
/// (<see cref="HostsSiloKey"/>) so that webhooks reach their citizens' grains without a network hop.
/// </summary>
public static class ClusterSilo
{
    /// <summary>
    /// <c>ManaMitra__Frontend__HostsSilo=true</c>: the frontend, given the cluster's connection string, joins it as a
    /// silo instead of being its client. It still verifies and routes webhooks as a thin frontend does; grains of
    /// citizens placed here are called in process, others over the cluster as before.
    /// </summary>
    public const string HostsSiloKey = "ManaMitra:Frontend:HostsSilo";

    /// <summary>
    /// How long SIGTERM may take: Orleans stops placing grains here, deactivates every grain (each writes what it
    /// has not yet stored) and marks the silo Dead in the membership table. Orchestrators must wait longer than this
    /// before SIGKILL (docker-compose: <c>stop_grace_period</c>; Kubernetes: <c>terminationGracePeriodSeconds</c>).
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Membership tuning (probe timeouts, votes) as <c>Orleans__Membership__*</c>; Orleans' defaults otherwise.</summary>
    public const string MembershipSection = "Orleans:Membership";

    /// <summary>Whether a frontend with a connection string is to host a silo of the cluster.</summary>
    public static bool IsHostedByFrontend(IConfiguration configuration) => configuration.GetValue<bool>(HostsSiloKey);

    public static WebApplicationBuilder AddClusterSilo(this WebApplicationBuilder builder, ClusterSettings cluster)
    {
        // Checked before Orleans starts so an outdated schema is a clear message, not a provider's SQL error.
        SchemaMigrator.EnsureCurrentAsync(cluster.ConnectionString!).GetAwaiter().GetResult();

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(MembershipSection));
        builder.UseOrleans(silo => silo.AddManaMitra(builder.Configuration, builder.Environment));
        return builder;
    }
}
