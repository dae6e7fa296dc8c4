using System.Xml.Linq;
using ManaMitra.Interfaces.Officers;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// Data protection's key store over the cluster's key-ring grain: a sign-in made on one frontend is read by every
/// other, and survives their restarts. Data protection reads the ring rarely (at first use, then about daily), so
/// waiting on the grain here does not hold requests.
/// </summary>
public sealed class ClusterKeyRepository(IGrainFactory grains) : IXmlRepository
{
    private IConsoleKeyRingGrain Ring => grains.GetGrain<IConsoleKeyRingGrain>(IConsoleKeyRingGrain.Key);

    // IXmlRepository is synchronous by design; the grain call is not, so it is waited for.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Ring.Keys().GetAwaiter().GetResult().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName) =>
        Ring.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}
