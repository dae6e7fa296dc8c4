namespace ManaMitra.Languages;

/// <summary>
/// What the department services write (<c>departments.*</c>): their outcomes and the labels of the fields
/// they print, the labels of common answers included (<c>departments.applicant-name</c>…).
/// </summary>
[TextSection("departments")]
public sealed class DepartmentText
{
    public required LocalizedText ServiceUnavailable { get; init; }

    public required LocalizedText MissingAnswer { get; init; }

    public required LocalizedText CertificateIssued { get; init; }

    public required LocalizedText DocumentFound { get; init; }

    public required LocalizedText HallTicketNotFound { get; init; }

    public required LocalizedText CandidateNotFound { get; init; }

    public required LocalizedText AccountNotFound { get; init; }

    public required LocalizedText RecordNotFound { get; init; }

    public required LocalizedText NoDues { get; init; }

    public required LocalizedText PayNow { get; init; }

    public required LocalizedText PayAmount { get; init; }

    public required LocalizedText PaymentReceived { get; init; }

    /// <summary>{0} the amount, {1} the service.</summary>
    public required LocalizedText PaymentFailed { get; init; }

    /// <summary>{0} the amount, {1} the service.</summary>
    public required LocalizedText PaymentExpired { get; init; }

    /// <summary>A second attempt was paid too and is refunded: {0} the amount, {1} the service.</summary>
    public required LocalizedText PaidTwice { get; init; }

    public required LocalizedText NothingToPay { get; init; }

    public required LocalizedText Booked { get; init; }

    public required LocalizedText SoldOut { get; init; }

    /// <summary>{0} the service, {1} the hour the hold lapses (India's time), {2} the amount.</summary>
    public required LocalizedText Held { get; init; }

    /// <summary>An unpaid hold lapsed: {0} the amount, {1} the service.</summary>
    public required LocalizedText HoldReleased { get; init; }

    /// <summary>Paid after the hold lapsed and the slot filled: {0} the amount, {1} the service.</summary>
    public required LocalizedText HoldLost { get; init; }

    /// <summary>{0} the service, {1} the booking, {2} the refund, {3} its percentage, {4} the amount paid.</summary>
    public required LocalizedText CancellationQuote { get; init; }

    /// <summary>{0} the service, {1} the booking, {2} the refund.</summary>
    public required LocalizedText BookingCancelled { get; init; }

    /// <summary>{0} the booking.</summary>
    public required LocalizedText CancellationTooLate { get; init; }

    /// <summary>{0} the service.</summary>
    public required LocalizedText CancellationFinal { get; init; }

    public required LocalizedText NothingToCancel { get; init; }

    /// <summary>{0} the booking, {1} the service, {2} where it stands (one of the booking stages below).</summary>
    public required LocalizedText BookingStatus { get; init; }

    /// <summary>{0} the hour the hold lapses, {1} the amount awaited.</summary>
    public required LocalizedText BookingHeld { get; init; }

    public required LocalizedText BookingUnpaid { get; init; }

    public required LocalizedText BookingConfirmed { get; init; }

    /// <summary>{0} the refund.</summary>
    public required LocalizedText BookingCancelledStage { get; init; }

    public required LocalizedText BookingRefunded { get; init; }

    public required LocalizedText FewPlacesLeft { get; init; }

    public required LocalizedText NoSlot { get; init; }

    public required LocalizedText StatusIs { get; init; }

    public required LocalizedText ReferenceNotFound { get; init; }

    public required LocalizedText GrievanceRegistered { get; init; }

    /// <summary>{0} the grievance, {1} the office it went up to, {2} that office's due date.</summary>
    public required LocalizedText GrievanceEscalated { get; init; }

    /// <summary>{0} the grievance, {1} the office it went to, {2} the date it must answer by.</summary>
    public required LocalizedText GrievanceTransferred { get; init; }

    /// <summary>{0} the type of a file an evidence question cannot take.</summary>
    public required LocalizedText EvidenceWrongTypeAny { get; init; }

    /// <summary>{0} the grievance, {1} the office asking, {2} the question.</summary>
    public required LocalizedText GrievanceQuestion { get; init; }

    /// <summary>{0} the grievance.</summary>
    public required LocalizedText GrievanceNotAsked { get; init; }

    /// <summary>{0} the grievance, {1} the official's note.</summary>
    public required LocalizedText GrievanceResolved { get; init; }

    /// <summary>{0} the grievance, {1} the service, {2} where it stands (<see cref="GrievanceWith"/> or <see cref="GrievanceClosed"/>).</summary>
    public required LocalizedText GrievanceStatus { get; init; }

    /// <summary>{0} the office answering now, {1} its due date.</summary>
    public required LocalizedText GrievanceWith { get; init; }

    /// <summary>{0} the day it was resolved, {1} the official's note.</summary>
    public required LocalizedText GrievanceClosed { get; init; }

    /// <summary>{0} the stars, {1} the grievance.</summary>
    public required LocalizedText GrievanceRated { get; init; }

    /// <summary>{0} the grievance, {1} the office now answering, {2} its due date.</summary>
    public required LocalizedText GrievanceReopened { get; init; }

    /// <summary>{0} the grievance.</summary>
    public required LocalizedText GrievanceReopenTooLate { get; init; }

    /// <summary>{0} the grievance.</summary>
    public required LocalizedText GrievanceStillOpen { get; init; }

    /// <summary>The photo's media id is unknown to WhatsApp or expired.</summary>
    public required LocalizedText EvidenceMissing { get; init; }

    /// <summary>{0} the file's size, {1} the largest taken, both in MB.</summary>
    public required LocalizedText EvidenceTooLarge { get; init; }

    /// <summary>{0} the file's MIME type.</summary>
    public required LocalizedText EvidenceWrongType { get; init; }

    public required LocalizedText EvidenceUnavailable { get; init; }

    public required LocalizedText ApplicationReceived { get; init; }

    public required LocalizedText ApplicationFeeDue { get; init; }

    public required LocalizedText ApplicationApproved { get; init; }

    public required LocalizedText ApplicationRejected { get; init; }

    public required LocalizedText ApplicationReturned { get; init; }

    /// <summary>A rejection on appeal, final: {0} the reference, {1} the service, {2} the senior official's reason.</summary>
    public required LocalizedText AppealRejected { get; init; }

    public required LocalizedText ApplicationStatus { get; init; }

    public required LocalizedText ApplicationNotYours { get; init; }

    public required LocalizedText StageFeeDue { get; init; }

    public required LocalizedText StageUnderReview { get; init; }

    public required LocalizedText StageReturned { get; init; }

    public required LocalizedText StageApproved { get; init; }

    public required LocalizedText StageRejected { get; init; }

    public required LocalizedText StageUnderAppeal { get; init; }

    public required LocalizedText DueBy { get; init; }

    public required LocalizedText SubmittedOn { get; init; }

    public required LocalizedText Account { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText AmountDue { get; init; }

    public required LocalizedText Amount { get; init; }

    public required LocalizedText AmountPaid { get; init; }

    public required LocalizedText Period { get; init; }

    public required LocalizedText DueDate { get; init; }

    public required LocalizedText PaidOn { get; init; }

    public required LocalizedText Fee { get; init; }

    public required LocalizedText Free { get; init; }

    public required LocalizedText Sla { get; init; }

    public required LocalizedText Instant { get; init; }

    public required LocalizedText Days { get; init; }

    public required LocalizedText Date { get; init; }

    public required LocalizedText Time { get; init; }

    public required LocalizedText Places { get; init; }

    public required LocalizedText PlaceNumbers { get; init; }

    /// <summary>The office a grievance is with.</summary>
    public required LocalizedText Office { get; init; }

    public required LocalizedText Fare { get; init; }

    public required LocalizedText Status { get; init; }

    public required LocalizedText UpdatedOn { get; init; }

    public required LocalizedText ActBy { get; init; }

    public required LocalizedText DateOfBirth { get; init; }

    public required LocalizedText HallTicket { get; init; }

    public required LocalizedText School { get; init; }

    public required LocalizedText ExamCentre { get; init; }

    public required LocalizedText Total { get; init; }

    public required LocalizedText Result { get; init; }

    public required LocalizedText Pass { get; init; }

    public required LocalizedText Fail { get; init; }

    public required LocalizedText CardNumber { get; init; }

    public required LocalizedText CardType { get; init; }

    public required LocalizedText Members { get; init; }

    public required LocalizedText FairPriceShop { get; init; }

    public required LocalizedText Village { get; init; }

    public required LocalizedText SurveyNumber { get; init; }

    public required LocalizedText Khata { get; init; }

    public required LocalizedText Pattadar { get; init; }

    public required LocalizedText Extent { get; init; }

    public required LocalizedText LandClass { get; init; }

    public required LocalizedText Crop { get; init; }

    public required LocalizedText PaymentReceipt { get; init; }
}
