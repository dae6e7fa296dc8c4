namespace ManaMitra.Conversations.Forms;

/// <summary>
/// One citizen's limits on one-time codes, kept with the chat rather than the form: cancelling a form and starting
/// again must not reset the count of codes sent or of wrong codes typed.
/// </summary>
[GenerateSerializer]
public sealed class OtpGuard
{
    /// <summary>When codes were sent, within the last send window; older ones are dropped as new ones are sent.</summary>
    [Id(0)] public List<DateTimeOffset> Sent { get; set; } = [];

    /// <summary>Wrong codes typed since the last right one (or the last lockout).</summary>
    [Id(1)] public int WrongCodes { get; set; }

    /// <summary>Until when the citizen's OTP services are locked; the past when they are not.</summary>
    [Id(2)] public DateTimeOffset LockedUntil { get; set; }

    public bool IsLocked(DateTimeOffset now) => now < LockedUntil;

    /// <summary>When another code may be sent, or null when one may be sent now.</summary>
    public DateTimeOffset? NextSendAt(DateTimeOffset now, OtpOptions options) => SendWindow.NextAt(Sent, now, options.SendLimit, options.SendWindow);

    public void Sending(DateTimeOffset now, OtpOptions options) => SendWindow.Record(Sent, now, options.SendWindow);

    /// <summary>Counts a wrong code; true when it was the last one allowed, and the citizen's OTP services are now locked.</summary>
    public bool Wrong(DateTimeOffset now, OtpOptions options)
    {
        WrongCodes++;
        if (WrongCodes < options.WrongCodeLimit)
        {
            return false;
        }

        WrongCodes = 0;
        LockedUntil = now + options.Lockout;
        return true;
    }

    public void Verified() => WrongCodes = 0;

    /// <summary>As a new guard is: no code sent lately, no wrong code, never locked.</summary>
    public bool IsUnused => Sent.Count == 0 && WrongCodes == 0 && LockedUntil == default;

    /// <summary>A time as the citizen's clock shows it (IST, "14:35"), for "locked until" and "ask again after".</summary>
    public static string IndiaClock(DateTimeOffset at) => at.ToOffset(IndiaOffset).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly TimeSpan IndiaOffset = TimeSpan.FromHours(5.5);
}
