namespace ManaMitra.Conversations.Forms;

/// <summary>
/// The one-time code last sent for a form's OTP question, as the chat state keeps it: never the code, only its keyed,
/// salted hash (<see cref="OtpCodes"/>), so a copy of the state or a backup tells nobody the code.
/// </summary>
/// <param name="InputId">The OTP question it answers.</param>
/// <param name="AadhaarKey">The Aadhaar answer (its keyed hash) whose mobile on record it went to: another Aadhaar needs another code.</param>
/// <param name="Salt">Random per code, so two equal codes never hash alike.</param>
/// <param name="MaskedMobile">Where it went, as the citizen may be shown it ("******3210").</param>
[GenerateSerializer, Immutable]
public sealed record OtpChallenge(
    [property: Id(0)] string InputId,
    [property: Id(1)] string AadhaarKey,
    [property: Id(2)] string Salt,
    [property: Id(3)] string CodeHash,
    [property: Id(4)] DateTimeOffset ExpiresAt,
    [property: Id(5)] string MaskedMobile);
