namespace ManaMitra.Interfaces.Departments;

/// <summary>
/// Hands out the numbers of one series ("REV-INC-2026", "GRV-2026") in order, once each, so a citizen gets a short
/// number to quote instead of a hash.
/// </summary>
public interface IReferenceSeriesGrain : IGrainWithStringKey
{
    /// <summary>The next number; a request id seen recently gets the number it got before.</summary>
    Task<long> Next(string requestId);
}
