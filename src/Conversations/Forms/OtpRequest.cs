namespace ManaMitra.Conversations.Forms;

/// <summary>A one-time code a form wants sent: for which question, to the mobile on record for which Aadhaar answer.</summary>
/// <param name="AadhaarKey">The linked Aadhaar answer's keyed hash: the resident register is looked up by it.</param>
/// <param name="MaskedAadhaar">The same Aadhaar as the citizen may be shown it, to say which one has no mobile.</param>
public sealed record OtpRequest(string InputId, string AadhaarKey, string MaskedAadhaar);
