using System.Net;
using System.Net.Sockets;

namespace ManaMitra.Tests.Simulator;

/// <summary>TCP ports nobody is listening on, so a test silo never collides with a developer's running one.</summary>
public static class FreePorts
{
    /// <summary>
    /// <paramref name="count"/> distinct free ports. Every listener stays open until all are taken, otherwise the
    /// operating system could hand out the same port twice.
    /// </summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
