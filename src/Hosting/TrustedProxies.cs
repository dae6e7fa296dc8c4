using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.Hosting;

/// <summary>
/// <c>ManaMitra__TrustedProxies</c>: the addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>), comma-separated,
/// of the load balancers that end TLS in front of this process. Only from them are <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> believed, so that the officer console's sign-in limit counts the citizen's or officer's
/// address rather than the balancer's, and HSTS goes out on what arrived over TLS. Unset, the headers are ignored:
/// anyone could send them.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "ManaMitra:TrustedProxies";

    /// <summary>Call first, before anything that reads the client's address or scheme.</summary>
    public static WebApplication UseManaMitraTrustedProxies(this WebApplication app)
    {
        if (app.Configuration[Setting] is not { Length: > 0 } listed)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Through every trusted hop (a balancer behind a balancer), stopping at the first address not listed.
            ForwardLimit = null,
        };
        // The defaults trust loopback: only what is configured here is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{Setting.Replace(":", "__", StringComparison.Ordinal)}: '{entry}' is neither an address nor a network (10.0.0.0/8).");
            }
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
