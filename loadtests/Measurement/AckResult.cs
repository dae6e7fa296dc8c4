using System.Net;

namespace ManaMitra.LoadTests.Measurement;

/// <summary>How the frontend answered one webhook: 200, or the kind of failure (HTTP status, timeout, connection).</summary>
public sealed record AckResult(bool Accepted, string? ErrorKind)
{
    public static readonly AckResult Ok = new(true, null);

    public static AckResult Status(HttpStatusCode status) =>
        status == HttpStatusCode.OK ? Ok : new AckResult(false, $"http_{(int)status}");

    public static readonly AckResult Timeout = new(false, "timeout");

    public static readonly AckResult ConnectionRefused = new(false, "connection_refused");

    public static readonly AckResult ConnectionError = new(false, "connection_error");
}
