using ManaMitra.Interfaces.Retention;

namespace ManaMitra.Interfaces.Otp;

/// <summary>
/// The one-time codes sent to the mobile linked to one Aadhaar, across every conversation, keyed by the Aadhaar's
/// keyed hash (never the number). Each citizen has a limit of their own; this one protects the resident whose phone
/// receives the SMS.
/// </summary>
public interface IOtpQuotaGrain : IRetainedRecord
{
    /// <summary>
    /// Counts a code about to be sent, within <paramref name="limit"/> per <paramref name="window"/>; or, over the
    /// limit, counts nothing and answers when another may be sent. Counted before the SMS leaves, so two
    /// conversations asking at once cannot both slip under the limit; a send that then fails still counts.
    /// </summary>
    Task<DateTimeOffset?> Reserve(int limit, TimeSpan window);
}
