namespace ManaMitra.Languages;

/// <summary>
/// What the bot says about the citizen's personal data (<c>privacy.*</c>): the consent notice the Digital Personal
/// Data Protection Act asks for (itemized, in the citizen's language), and the answers to withdrawing consent.
/// </summary>
[TextSection("privacy")]
public sealed class PrivacyText
{
    /// <summary>
    /// The itemized notice: what is collected, why, how long ({0}: days a conversation is kept after the citizen's
    /// last message), how to withdraw and how to complain. Any change to it is a new version, asked again.
    /// </summary>
    public required LocalizedText Notice { get; init; }

    /// <summary>The question under the notice, with its two buttons.</summary>
    public required LocalizedText Question { get; init; }

    public required LocalizedText Agree { get; init; }

    public required LocalizedText NotNow { get; init; }

    /// <summary>Said once consent is on record ({0}: its version, {1}: the date).</summary>
    public required LocalizedText Recorded { get; init; }

    /// <summary>Before the notice again, when the citizen tapped "agree" under a notice that has since changed.</summary>
    public required LocalizedText Changed { get; init; }

    public required LocalizedText Withdrawn { get; init; }

    /// <summary>Answered to "withdraw consent" when none is on record.</summary>
    public required LocalizedText NoneGiven { get; init; }
}
