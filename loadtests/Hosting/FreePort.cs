using System.Net;
using System.Net.Sockets;

namespace ManaMitra.LoadTests.Hosting;

/// <summary>A loopback port nobody is listening on, so runs can share a machine with other servers and tests.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
