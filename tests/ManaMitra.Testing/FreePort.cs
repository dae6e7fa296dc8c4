using System.Net;
using System.Net.Sockets;

namespace ManaMitra.Testing;

/// <summary>
/// A loopback port nobody is listening on, so servers started by tests and load runs can share a machine with each
/// other and with whatever else runs there.
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
