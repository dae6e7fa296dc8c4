using System.Net;

namespace ManaMitra.Testing;

/// <summary>Where a <see cref="FakeCloudApi"/> listens, what it demands, what it keeps.</summary>
public sealed record FakeCloudApiOptions
{
    /// <summary>Loopback by default; any address when the system sending to it runs on other hosts.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 for any free port; a known one lets a test start the fake late, after sends were refused.</summary>
    public int Port { get; init; }

    /// <summary>When set, a request without it as bearer token is refused (HTTP 401, Meta error 190) as Meta refuses it.</summary>
    public string? AccessToken { get; init; }

    /// <summary>
    /// Keeps every request and answer for tests to read (<see cref="FakeCloudApi.Requests"/>,
    /// <see cref="FakeCloudApi.Delivered"/>). A load run turns it off: at thousands of replies a second for minutes,
    /// keeping them would cost memory and time the measurement should not include.
    /// </summary>
    public bool RecordRequests { get; init; } = true;
}
