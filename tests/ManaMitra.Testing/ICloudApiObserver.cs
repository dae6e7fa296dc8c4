namespace ManaMitra.Testing;

/// <summary>
/// Told of each request the fake Cloud API answers, as it answers it: how a load run measures replies end to end
/// without the fake keeping anything.
/// </summary>
public interface ICloudApiObserver
{
    /// <summary>
    /// A message to <paramref name="recipient"/> was accepted; <paramref name="arrivedAt"/> is the
    /// <see cref="System.Diagnostics.Stopwatch"/> timestamp of its arrival, taken before its body was read.
    /// </summary>
    void Reply(string recipient, long arrivedAt, bool isDocument);

    void ReadReceipt();

    /// <summary>A send refused for want of the access token (<see cref="FakeCloudApiOptions.AccessToken"/>): the system is misconfigured.</summary>
    void Refused();

    /// <summary>A send the fake refused on purpose (<see cref="FakeCloudApi.Faults"/>); the system owes it again.</summary>
    void Faulted(CloudApiFault fault);
}
