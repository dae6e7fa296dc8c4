using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ManaMitra.Silo;

/// <summary>
/// Ready only while this silo is Active in the cluster's membership: not while it is still joining (it cannot host
/// grains yet) and not once it is shutting down (it is handing its grains back), so orchestrators route around both.
/// </summary>
public sealed class ActiveSiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {local.SiloAddress} is active in cluster {local.ClusterId}")
            : HealthCheckResult.Unhealthy($"silo {local.SiloAddress} is {status}"));
    }
}
