using System.Net;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Hosting;

/// <summary>The cluster settings of the contract: <c>Orleans__*</c> and <c>ConnectionStrings__ManaMitra</c>.</summary>
public sealed record ClusterSettings(string ClusterId, string ServiceId, int SiloPort, int GatewayPort, string? ConnectionString, IPAddress AdvertisedAddress)
{
    /// <summary>
    /// A silo advertising loopback (the default: several silos on one host) listens on loopback only; one advertising
    /// a routable address (<c>Orleans__AdvertisedIPAddress</c>, e.g. a container's) listens on all interfaces.
    /// </summary>
    public bool ListensOnAnyAddress => !IPAddress.IsLoopback(AdvertisedAddress);

    public const string ConnectionStringName = "ManaMitra";

    /// <summary>No connection string: one process, in-memory storage, the embedded development default.</summary>
    public bool IsEmbedded => string.IsNullOrWhiteSpace(ConnectionString);

    public static ClusterSettings From(IConfiguration configuration)
    {
        var orleans = configuration.GetSection("Orleans");
        return new ClusterSettings(
            orleans["ClusterId"] is { Length: > 0 } cluster ? cluster : "manamitra-dev",
            orleans["ServiceId"] is { Length: > 0 } service ? service : "manamitra",
            Port(orleans, "SiloPort", 11111),
            Port(orleans, "GatewayPort", 30000),
            configuration.GetConnectionString(ConnectionStringName),
            Address(orleans["AdvertisedIPAddress"]));
    }

    private static IPAddress Address(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new InvalidOperationException($"Orleans:AdvertisedIPAddress must be an IP address, not '{text}'.");
    }

    private static int Port(IConfiguration section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"Orleans:{key} must be a TCP port number, not '{text}'.");
    }
}
