using System.Net;
using System.Net.Sockets;

namespace ManaMitra.Testing;

/// <summary>
/// A loopback port nobody is listening on, so servers started by tests and load runs can share a machine with each
/// other and with whatever else runs there. Picked below the kernel's ephemeral range (32768–60999 on Linux), where
/// the system hands out ports to outgoing connections: a port found free there could be taken by any client socket
/// before the server binds it.
/// </summary>
public static class FreePort
{
    private const int Lowest = 20000;
    private const int Highest = 32767;

    public static int Next()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(Lowest, Highest + 1);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"no free loopback port between {Lowest} and {Highest} after 100 tries");
    }
}
