using System.Net;
using System.Net.Sockets;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>Loopback ports nobody is using, so tests that start real servers can run side by side.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
