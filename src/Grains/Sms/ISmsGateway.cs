namespace ManaMitra.Grains.Sms;

/// <summary>
/// Sends one-time codes by SMS. Meta refuses authentication templates to business-scoped user ids, and a code is
/// worth something only on a channel other than the chat it unlocks, so codes go by SMS to the mobile on record.
/// </summary>
public interface ISmsGateway
{
    /// <summary>
    /// Sends <paramref name="code"/> to the 10-digit Indian <paramref name="mobile"/>. True when the gateway took the
    /// message; false when it refused it or could not be reached (the reason is logged, never the number or the code).
    /// </summary>
    Task<bool> SendCodeAsync(string mobile, string code, CancellationToken cancellationToken);
}
