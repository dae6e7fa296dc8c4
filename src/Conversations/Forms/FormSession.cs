namespace ManaMitra.Conversations.Forms;

/// <summary>
/// Where a citizen is in one service's form. Persisted inside the chat grain's state, so it holds no clear Aadhaar
/// number: answers keep only their normalised value (a hash, for Aadhaar) and their display (masked).
/// </summary>
[GenerateSerializer]
public sealed class FormSession
{
    [Id(0)] public string ServiceId { get; set; } = "";

    /// <summary>The input being asked while <see cref="Phase"/> is <see cref="FormPhase.Asking"/>.</summary>
    [Id(1)] public int Index { get; set; }

    /// <summary>Answers by input id; kept when the citizen goes back, so each becomes the default to keep.</summary>
    [Id(2)] public Dictionary<string, FormAnswer> Answers { get; set; } = [];

    /// <summary>Wrong answers to the current input in a row; every third one offers help.</summary>
    [Id(3)] public int FailedAttempts { get; set; }

    [Id(4)] public FormPhase Phase { get; set; }

    /// <summary>The current question was picked from the summary's Edit list: once answered, the summary returns.</summary>
    [Id(5)] public bool ReturnToSummary { get; set; }

    /// <summary>The one-time code last sent for the form's OTP question, hashed; null before one is sent.</summary>
    [Id(6)] public OtpChallenge? Otp { get; set; }
}

[GenerateSerializer, Immutable]
public sealed record FormAnswer([property: Id(0)] string Value, [property: Id(1)] string Display);

public enum FormPhase
{
    Asking,
    Confirming,
    ChoosingEdit,

    /// <summary>Confirmed and handed to the service; kept until it answers, so a number it cannot find is asked again.</summary>
    Submitted,
}
