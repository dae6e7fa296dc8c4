namespace ManaMitra.Languages;

/// <summary>
/// What the forms say (<c>forms.*</c>): the frame of each question and summary, and each reason an answer
/// is refused.
/// </summary>
[TextSection("forms")]
public sealed class FormText
{
    public required LocalizedText AadhaarType { get; init; }

    public required LocalizedText AadhaarLength { get; init; }

    public required LocalizedText AadhaarFirstDigit { get; init; }

    public required LocalizedText AadhaarChecksum { get; init; }

    public required LocalizedText MobileType { get; init; }

    public required LocalizedText MobileLength { get; init; }

    public required LocalizedText MobileFirstDigit { get; init; }

    public required LocalizedText DateType { get; init; }

    public required LocalizedText DateShortYear { get; init; }

    public required LocalizedText DateNotInCalendar { get; init; }

    public required LocalizedText DateTooEarly { get; init; }

    public required LocalizedText DateTooLate { get; init; }

    /// <summary>A booking's date before today; {0} today, {1} the last day open.</summary>
    public required LocalizedText DatePassed { get; init; }

    /// <summary>A booking's date after its window; {0} the days ahead bookings open, {1} the last day open.</summary>
    public required LocalizedText DateBeyondWindow { get; init; }

    public required LocalizedText PinType { get; init; }

    public required LocalizedText PinLength { get; init; }

    public required LocalizedText PinFirstDigit { get; init; }

    public required LocalizedText HallTicketType { get; init; }

    public required LocalizedText HallTicketLength { get; init; }

    public required LocalizedText HallTicketNoDigit { get; init; }

    public required LocalizedText AmountType { get; init; }

    public required LocalizedText AmountPaise { get; init; }

    public required LocalizedText AmountNotPositive { get; init; }

    public required LocalizedText AmountTooLarge { get; init; }

    public required LocalizedText ChoiceType { get; init; }

    public required LocalizedText ChoiceRange { get; init; }

    public required LocalizedText ChoiceUnknown { get; init; }

    public required LocalizedText FreeTextType { get; init; }

    public required LocalizedText FreeTextShort { get; init; }

    public required LocalizedText FreeTextLong { get; init; }

    public required LocalizedText FreeTextNoWords { get; init; }

    public required LocalizedText PersonNameDigits { get; init; }

    public required LocalizedText PersonNameCharacters { get; init; }

    public required LocalizedText PersonNameLength { get; init; }

    public required LocalizedText LocationType { get; init; }

    public required LocalizedText LocationUnreadable { get; init; }

    public required LocalizedText PhotoType { get; init; }

    public required LocalizedText PhotoAsDocument { get; init; }

    public required LocalizedText Intro { get; init; }

    /// <summary>The answers a sentence gave before the form asked ({0}: one line each), so the citizen sees what was read.</summary>
    public required LocalizedText Understood { get; init; }

    public required LocalizedText Position { get; init; }

    public required LocalizedText CurrentAnswer { get; init; }

    public required LocalizedText Keep { get; init; }

    public required LocalizedText HelpOffer { get; init; }

    public required LocalizedText TryAgain { get; init; }

    public required LocalizedText SummaryTitle { get; init; }

    public required LocalizedText SummaryHint { get; init; }

    public required LocalizedText Confirm { get; init; }

    public required LocalizedText Edit { get; init; }

    public required LocalizedText Cancel { get; init; }

    public required LocalizedText ChooseEdit { get; init; }

    public required LocalizedText Cancelled { get; init; }

    public required LocalizedText StaleTap { get; init; }

    public required LocalizedText PhotoDisplay { get; init; }

    /// <summary>"Help" inside a form: {0} the service; the form is kept and its current screen follows.</summary>
    public required LocalizedText Help { get; init; }

    /// <summary>Typed at the summary, in any writing system, these confirm the form ("yes", "ok", "avunu" and its Telugu script).</summary>
    public required LocalizedWords YesWords { get; init; }

    /// <summary>Typed at the summary, these open the list of answers to change (nothing is thrown away).</summary>
    public required LocalizedWords NoWords { get; init; }

    /// <summary>An evidence answer in the form's summary: the file is not shown again.</summary>
    public required LocalizedText EvidenceDisplay { get; init; }

    /// <summary>Anything but a photo, a voice note or a document sent to an evidence question.</summary>
    public required LocalizedText EvidenceType { get; init; }
}
