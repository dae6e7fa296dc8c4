namespace ManaMitra.Languages;

/// <summary>
/// What the one-time-code step of a form says (<c>otp.*</c>): where the code went, and why a typed code or a request for
/// another is refused. The code itself is never in any of these: it travels by SMS only.
/// </summary>
[TextSection("otp")]
public sealed class OtpText
{
    /// <summary>What a service page says the citizen needs for an OTP question.</summary>
    public required LocalizedText Needs { get; init; }

    /// <summary>{0} the masked mobile ("******3210"), {1} the minutes the code lasts.</summary>
    public required LocalizedText Sent { get; init; }

    /// <summary>{0} the masked Aadhaar number that has no mobile on record.</summary>
    public required LocalizedText NoMobile { get; init; }

    /// <summary>{0} how many codes were sent, {1} in how many minutes, {2} the time (IST, HH:mm) another may be sent.</summary>
    public required LocalizedText SendLimit { get; init; }

    /// <summary>{0} the masked Aadhaar, {1} the window in minutes, {2} the time (IST, HH:mm) another may be sent: its mobile had its codes from every conversation together.</summary>
    public required LocalizedText AadhaarSendLimit { get; init; }

    /// <summary>The SMS gateway refused or did not answer; nothing was sent.</summary>
    public required LocalizedText SendFailed { get; init; }

    /// <summary>{0} the tries left before the lockout, {1} the lockout's minutes.</summary>
    public required LocalizedText Wrong { get; init; }

    /// <summary>{0} the time (IST, HH:mm) the lockout ends.</summary>
    public required LocalizedText Locked { get; init; }

    public required LocalizedText Expired { get; init; }

    /// <summary>Anything but six digits typed at the code's question; not counted as a wrong code.</summary>
    public required LocalizedText Shape { get; init; }

    /// <summary>The verified code in the form's summary; {0} the masked mobile it went to.</summary>
    public required LocalizedText Verified { get; init; }

    /// <summary>Typed at the code's question, in any language, these ask for a new code.</summary>
    public required LocalizedWords ResendWords { get; init; }
}
