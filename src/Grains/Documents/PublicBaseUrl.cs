using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Grains.Documents;

/// <summary>
/// The base URL citizens' phones reach us at, for document links sent in the chat (which has no request to take it
/// from). <c>ManaMitra:PublicBaseUrl</c> when set; in the embedded single process (<paramref name="embedded"/>, which
/// the host knows), the frontend's own address.
/// </summary>
public sealed class PublicBaseUrl(IConfiguration configuration, IServiceProvider services, bool embedded)
{
    public const string Setting = "ManaMitra:PublicBaseUrl";

    public string Value
    {
        get
        {
            if (configuration[Setting] is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            // A silo of a cluster listens only for probes: its own address would be a wrong link, so it must be told.
            var address = embedded
                ? services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                : null;
            return address?.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/')
                ?? throw new InvalidOperationException("ManaMitra__PublicBaseUrl is not set: document links need the public address of the frontend.");
        }
    }
}
