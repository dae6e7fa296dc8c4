namespace ManaMitra.Languages;

/// <summary>
/// What the bot says outside the catalog's own data: menus, help, notices, the buttons that start a service
/// (<c>ui.start-*</c>) and what a service page says a citizen needs (<c>ui.needs-*</c>).
/// </summary>
[TextSection("ui")]
public sealed class UiText
{
    public required LocalizedText Welcome { get; init; }

    public required LocalizedText ChooseLanguage { get; init; }

    public required LocalizedText Privacy { get; init; }

    public required LocalizedText LanguageSet { get; init; }

    public required LocalizedText MainMenuBody { get; init; }

    public required LocalizedText MenuButton { get; init; }

    public required LocalizedText ChooseButton { get; init; }

    public required LocalizedText Departments { get; init; }

    public required LocalizedText DepartmentsHint { get; init; }

    public required LocalizedText Search { get; init; }

    public required LocalizedText SearchHint { get; init; }

    public required LocalizedText Help { get; init; }

    public required LocalizedText MyDocuments { get; init; }

    public required LocalizedText MyDocumentsHint { get; init; }

    public required LocalizedText MyDocumentsBody { get; init; }

    public required LocalizedText NoDocuments { get; init; }

    public required LocalizedText MyApplications { get; init; }

    public required LocalizedText MyApplicationsHint { get; init; }

    public required LocalizedText MyApplicationsBody { get; init; }

    public required LocalizedText NoApplications { get; init; }

    public required LocalizedText HelpHint { get; init; }

    public required LocalizedText Language { get; init; }

    public required LocalizedText LanguageHint { get; init; }

    public required LocalizedText DepartmentsBody { get; init; }

    public required LocalizedText DepartmentBody { get; init; }

    public required LocalizedText More { get; init; }

    public required LocalizedText MoreHint { get; init; }

    public required LocalizedText Previous { get; init; }

    public required LocalizedText PreviousHint { get; init; }

    public required LocalizedText Fee { get; init; }

    public required LocalizedText Free { get; init; }

    /// <summary>A booking's price for the one place it takes (a room, a hired vehicle).</summary>
    public required LocalizedText Fare { get; init; }

    /// <summary>A booking's price for each person or seat the citizen chooses; the ticket charges that many times it.</summary>
    public required LocalizedText FarePerPerson { get; init; }

    public required LocalizedText Sla { get; init; }

    public required LocalizedText Immediate { get; init; }

    /// <summary>A paid booking's page: what happens between submitting and the ticket.</summary>
    public required LocalizedText TicketOnPayment { get; init; }

    /// <summary>{0} the tiers, each a <see cref="RefundTier"/>, joined by commas.</summary>
    public required LocalizedText RefundTiers { get; init; }

    /// <summary>{0} the percentage back, {1} the hours before the session.</summary>
    public required LocalizedText RefundTier { get; init; }

    public required LocalizedText TicketsFinal { get; init; }

    public required LocalizedText YouWillNeed { get; init; }

    public required LocalizedText Back { get; init; }

    public required LocalizedText MainMenu { get; init; }

    public required LocalizedText SearchPrompt { get; init; }

    public required LocalizedText SearchResultsBody { get; init; }

    public required LocalizedText NoResults { get; init; }

    public required LocalizedText HelpBody { get; init; }

    public required LocalizedText TimedOut { get; init; }

    public required LocalizedText Stopped { get; init; }

    public required LocalizedText Restarted { get; init; }

    public required LocalizedText CannotRead { get; init; }

    public required LocalizedText SlowDown { get; init; }

    public required LocalizedText StaleChoice { get; init; }

    public required LocalizedText Reference { get; init; }

    public required LocalizedText PayHere { get; init; }

    /// <summary>The button that opens the payment page: {0} the amount ("Pay ₹196.55").</summary>
    public required LocalizedText PayButton { get; init; }

    /// <summary>The button under a failed or expired payment that opens a new attempt.</summary>
    public required LocalizedText PayAgain { get; init; }

    /// <summary>The button under a ticket whose service lets it be cancelled; a button title, so at most 20 characters.</summary>
    public required LocalizedText CancelBooking { get; init; }

    /// <summary>The button that confirms a quoted cancellation; at most 20 characters.</summary>
    public required LocalizedText ConfirmCancellation { get; init; }

    /// <summary>The button that leaves a booking as it is; at most 20 characters.</summary>
    public required LocalizedText KeepBooking { get; init; }

    /// <summary>The list button under a resolved grievance; at most 20 characters.</summary>
    public required LocalizedText RateOrReopen { get; init; }

    /// <summary>A rating row: {0} the stars; at most 24 characters.</summary>
    public required LocalizedText Rating { get; init; }

    public required LocalizedText RatingHint { get; init; }

    /// <summary>The row that reopens a resolved grievance; at most 24 characters.</summary>
    public required LocalizedText Reopen { get; init; }

    public required LocalizedText ReopenHint { get; init; }

    /// <summary>Under a resolution's notice: what the list offers.</summary>
    public required LocalizedText RatePrompt { get; init; }

    public required LocalizedText StartIssueCertificate { get; init; }

    public required LocalizedText StartFetchDocument { get; init; }

    public required LocalizedText StartPayBill { get; init; }

    public required LocalizedText StartBookSlot { get; init; }

    public required LocalizedText StartTrackStatus { get; init; }

    public required LocalizedText StartRaiseGrievance { get; init; }

    public required LocalizedText StartOther { get; init; }

    public required LocalizedText NeedsAadhaar { get; init; }

    public required LocalizedText NeedsMobile { get; init; }

    public required LocalizedText NeedsDate { get; init; }

    public required LocalizedText NeedsPinCode { get; init; }

    public required LocalizedText NeedsHallTicket { get; init; }

    public required LocalizedText NeedsAmount { get; init; }

    public required LocalizedText NeedsLocation { get; init; }

    public required LocalizedText NeedsPhoto { get; init; }

    public required LocalizedText NeedsEvidence { get; init; }

    /// <summary>Answered, once a day at most, to a citizen who stopped messages and writes anyway.</summary>
    public required LocalizedText StillStopped { get; init; }

    /// <summary>The button under a returned application's notice; a button title, so at most 20 characters.</summary>
    public required LocalizedText SendCorrection { get; init; }

    /// <summary>The button under a first rejection's notice; a button title, so at most 20 characters.</summary>
    public required LocalizedText Appeal { get; init; }

    /// <summary>{0} the reference, {1} the official's note quoted, {2} the longest reply taken.</summary>
    public required LocalizedText CorrectionPrompt { get; init; }

    /// <summary>{0} the reference, {1} the official's reason quoted, {2} the longest reply taken.</summary>
    public required LocalizedText AppealPrompt { get; init; }

    /// <summary>{0} the longest reply taken, {1} the length sent.</summary>
    public required LocalizedText ReplyLength { get; init; }

    /// <summary>{0} the reference, {1} the (original) due date.</summary>
    public required LocalizedText CorrectionReceived { get; init; }

    /// <summary>A grievance's line in "My applications"; {0} the office answering it.</summary>
    public required LocalizedText GrievanceOpen { get; init; }

    public required LocalizedText GrievanceResolved { get; init; }

    /// <summary>The button under an official's question on a grievance; a button title, so at most 20 characters.</summary>
    public required LocalizedText AnswerQuestion { get; init; }

    /// <summary>{0} the grievance, {1} the question quoted, {2} the longest answer taken.</summary>
    public required LocalizedText GrievanceAnswerPrompt { get; init; }

    /// <summary>{0} the grievance.</summary>
    public required LocalizedText GrievanceAnswerReceived { get; init; }

    /// <summary>{0} the reference, {1} the appeal's due date.</summary>
    public required LocalizedText AppealReceived { get; init; }

    /// <summary>{0} the reference: not waiting for this reply, or not the citizen's (the same answer for both).</summary>
    public required LocalizedText ReplyNotTaken { get; init; }

    /// <summary>{0} the reference.</summary>
    public required LocalizedText AppealsUsedUp { get; init; }
}
