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

    /// <summary>
    /// The answer to "my data": {0} language, {1} consent, {2} documents, {3} applications and grievances, {4} the form
    /// in progress, {5} the day the conversation is erased unless the citizen writes again.
    /// </summary>
    public required LocalizedText MyData { get; init; }

    /// <summary>{0}: the date, {1}: the notice's version.</summary>
    public required LocalizedText ConsentGiven { get; init; }

    /// <summary>{0}: the date.</summary>
    public required LocalizedText ConsentWithdrawn { get; init; }

    public required LocalizedText ConsentNone { get; init; }

    /// <summary>What a list in "my data" says when it is empty.</summary>
    public required LocalizedText None { get; init; }

    /// <summary>What erasure removes and what the law keeps, asked before it is done.</summary>
    public required LocalizedText EraseConfirm { get; init; }

    public required LocalizedText EraseYes { get; init; }

    public required LocalizedText EraseNo { get; init; }

    public required LocalizedText Erased { get; init; }

    /// <summary>Under "my data": the offer of the same facts as a signed PDF, with its button.</summary>
    public required LocalizedText StatementOffer { get; init; }

    public required LocalizedText StatementButton { get; init; }

    /// <summary>The signed statement's title and the labels of its fields, the facts "my data" names.</summary>
    public required LocalizedText StatementTitle { get; init; }

    public required LocalizedText StatementLanguage { get; init; }

    /// <summary>Whether consent is on record: <see cref="StatementGiven"/>, <see cref="StatementWithdrawn"/> or <see cref="ConsentNone"/>.</summary>
    public required LocalizedText StatementConsent { get; init; }

    public required LocalizedText StatementGiven { get; init; }

    public required LocalizedText StatementWithdrawn { get; init; }

    public required LocalizedText StatementConsentOn { get; init; }

    public required LocalizedText StatementNotice { get; init; }

    public required LocalizedText StatementDocuments { get; init; }

    public required LocalizedText StatementApplications { get; init; }

    public required LocalizedText StatementForm { get; init; }

    public required LocalizedText StatementErasedOn { get; init; }
}
