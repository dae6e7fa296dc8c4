namespace ManaMitra.Conversations.Forms;

/// <summary>
/// <c>ManaMitra:Otp</c>: how long a one-time code lasts, how many may be sent, and the lockout after wrong codes
/// (docs/OTP.md gives the reasoning behind each default).
/// </summary>
public sealed class OtpOptions
{
    public const string Section = "ManaMitra:Otp";

    /// <summary>How long a code may be typed after it was sent.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Codes one citizen may be sent per <see cref="SendWindow"/>, the first included: each is an SMS to a resident's phone.</summary>
    public int SendLimit { get; set; } = 3;

    public TimeSpan SendWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Codes sent per <see cref="SendWindow"/> to the mobile of one Aadhaar, across every conversation: a script with
    /// many WhatsApp numbers must not turn the per-citizen limit into an SMS bomb aimed at one resident.
    /// </summary>
    public int SendLimitPerAadhaar { get; set; } = 5;

    /// <summary>Wrong codes in a row, across forms, after which the citizen's OTP services lock.</summary>
    public int WrongCodeLimit { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A span as the whole minutes the citizen is told ("5"), rounded up.</summary>
    public static string Minutes(TimeSpan span) => Math.Ceiling(span.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
