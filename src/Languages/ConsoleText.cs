namespace ManaMitra.Languages;

/// <summary>The officer console's words (<c>console.*</c>): officials read it in English or Telugu.</summary>
[TextSection("console")]
public sealed class ConsoleText
{
    public required LocalizedText Title { get; init; }

    public required LocalizedText OtherLanguage { get; init; }

    public required LocalizedText SignIn { get; init; }

    public required LocalizedText SignOut { get; init; }

    public required LocalizedText UserName { get; init; }

    public required LocalizedText Password { get; init; }

    public required LocalizedText SignInFailed { get; init; }

    public required LocalizedText LockedOut { get; init; }

    /// <summary>The answer to a sign-in past the address's limit ({0}: seconds until it may try again).</summary>
    public required LocalizedText SignInTooMany { get; init; }

    public required LocalizedText Queue { get; init; }

    public required LocalizedText Decided { get; init; }

    public required LocalizedText Appeals { get; init; }

    public required LocalizedText NothingAppealed { get; init; }

    public required LocalizedText SameOfficial { get; init; }

    public required LocalizedText Dashboard { get; init; }

    public required LocalizedText Officers { get; init; }

    public required LocalizedText Reference { get; init; }

    public required LocalizedText Service { get; init; }

    public required LocalizedText Applicant { get; init; }

    public required LocalizedText Submitted { get; init; }

    public required LocalizedText DueBy { get; init; }

    public required LocalizedText DecidedOn { get; init; }

    public required LocalizedText Stage { get; init; }

    public required LocalizedText Overdue { get; init; }

    public required LocalizedText NothingPending { get; init; }

    public required LocalizedText NothingDecided { get; init; }

    public required LocalizedText Select { get; init; }

    public required LocalizedText ApproveSelected { get; init; }

    public required LocalizedText Approved { get; init; }

    public required LocalizedText NotApproved { get; init; }

    public required LocalizedText Fee { get; init; }

    public required LocalizedText Answers { get; init; }

    public required LocalizedText History { get; init; }

    public required LocalizedText When { get; init; }

    public required LocalizedText By { get; init; }

    public required LocalizedText Note { get; init; }

    public required LocalizedText Decide { get; init; }

    public required LocalizedText Approve { get; init; }

    public required LocalizedText Reject { get; init; }

    public required LocalizedText Return { get; init; }

    public required LocalizedText NoteHint { get; init; }

    public required LocalizedText SaveDecision { get; init; }

    public required LocalizedText DecisionRecorded { get; init; }

    public required LocalizedText NoteRequired { get; init; }

    public required LocalizedText NoteTooLong { get; init; }

    public required LocalizedText ChooseDecision { get; init; }

    public required LocalizedText NotAwaitingDecision { get; init; }

    public required LocalizedText NotFound { get; init; }

    public required LocalizedText Department { get; init; }

    public required LocalizedText Received { get; init; }

    public required LocalizedText ReceivedToday { get; init; }

    public required LocalizedText Pending { get; init; }

    public required LocalizedText MedianTimeToDecide { get; init; }

    public required LocalizedText ApprovedToday { get; init; }

    public required LocalizedText RejectedToday { get; init; }

    public required LocalizedText NoDecisionsYet { get; init; }

    public required LocalizedText Hours { get; init; }

    public required LocalizedText UpdatedAt { get; init; }

    public required LocalizedText CreateOfficer { get; init; }

    public required LocalizedText DisplayName { get; init; }

    public required LocalizedText Role { get; init; }

    public required LocalizedText RoleAdministrator { get; init; }

    public required LocalizedText RoleOfficer { get; init; }

    public required LocalizedText RoleAppellate { get; init; }

    public required LocalizedText Create { get; init; }

    public required LocalizedText OfficerCreated { get; init; }

    public required LocalizedText NameTaken { get; init; }

    public required LocalizedText FieldsRequired { get; init; }

    public required LocalizedText UnknownDepartment { get; init; }

    public required LocalizedText Office { get; init; }

    public required LocalizedText WholeDepartment { get; init; }

    public required LocalizedText OfficeHint { get; init; }

    public required LocalizedText UnknownOffice { get; init; }

    public required LocalizedText Grievances { get; init; }

    public required LocalizedText NoGrievances { get; init; }

    public required LocalizedText GrievanceNotFound { get; init; }

    public required LocalizedText Open { get; init; }

    public required LocalizedText Escalated { get; init; }

    public required LocalizedText All { get; init; }

    public required LocalizedText Resolved { get; init; }

    public required LocalizedText Lodged { get; init; }

    public required LocalizedText Status { get; init; }

    public required LocalizedText Reported { get; init; }

    public required LocalizedText Photos { get; init; }

    public required LocalizedText Chain { get; init; }

    public required LocalizedText Act { get; init; }

    public required LocalizedText AddComment { get; init; }

    public required LocalizedText Resolve { get; init; }

    public required LocalizedText SaveAction { get; init; }

    public required LocalizedText ActionRecorded { get; init; }

    public required LocalizedText GrievanceClosed { get; init; }

    public required LocalizedText GrievanceNoteRequired { get; init; }

    public required LocalizedText ChooseAction { get; init; }

    public required LocalizedText Rating { get; init; }

    public required LocalizedText StepLodged { get; init; }

    public required LocalizedText StepWarned { get; init; }

    public required LocalizedText StepEscalated { get; init; }

    public required LocalizedText StepComment { get; init; }

    public required LocalizedText StepResolved { get; init; }

    public required LocalizedText StepRated { get; init; }

    public required LocalizedText StepReopened { get; init; }

    public required LocalizedText Transfer { get; init; }

    public required LocalizedText TransferTo { get; init; }

    public required LocalizedText SameOffice { get; init; }

    public required LocalizedText Transferred { get; init; }

    public required LocalizedText StepTransferred { get; init; }

    public required LocalizedText Ask { get; init; }

    public required LocalizedText Asked { get; init; }

    public required LocalizedText Question { get; init; }

    public required LocalizedText StepAsked { get; init; }

    public required LocalizedText StepAnswered { get; init; }

    public required LocalizedText MedianTimeToResolve { get; init; }

    public required LocalizedText AverageRating { get; init; }

    public required LocalizedText NoRatingsYet { get; init; }

    public required LocalizedText District { get; init; }

    public required LocalizedText NoPlace { get; init; }

    public required LocalizedText NoneResolvedYet { get; init; }

    public required LocalizedText OpenFile { get; init; }

    public required LocalizedText Assign { get; init; }

    public required LocalizedText Assigned { get; init; }

    public required LocalizedText Assignee { get; init; }

    public required LocalizedText StepAssigned { get; init; }

    public required LocalizedText TwoStep { get; init; }

    public required LocalizedText CodeAsked { get; init; }

    public required LocalizedText Code { get; init; }

    public required LocalizedText Verify { get; init; }

    public required LocalizedText CodeWrong { get; init; }

    public required LocalizedText EnrolSteps { get; init; }

    public required LocalizedText QrCode { get; init; }

    public required LocalizedText Key { get; init; }

    public required LocalizedText TwoStepOn { get; init; }

    public required LocalizedText TwoStepRequired { get; init; }

    public required LocalizedText On { get; init; }

    public required LocalizedText Off { get; init; }

    public required LocalizedText ResetTwoStep { get; init; }

    public required LocalizedText TwoStepReset { get; init; }

    public required LocalizedText RecoveryCodes { get; init; }

    public required LocalizedText RecoveryCode { get; init; }

    public required LocalizedText RecoveryCodeWrong { get; init; }

    public required LocalizedText AccessAudit { get; init; }

    public required LocalizedText AccessAuditIntro { get; init; }

    public required LocalizedText Account { get; init; }

    public required LocalizedText From { get; init; }

    public required LocalizedText To { get; init; }

    public required LocalizedText Show { get; init; }

    public required LocalizedText DownloadCsv { get; init; }

    public required LocalizedText CitizenKey { get; init; }

    public required LocalizedText Accessed { get; init; }

    public required LocalizedText Times { get; init; }

    public required LocalizedText FirstTime { get; init; }

    public required LocalizedText LastTime { get; init; }

    public required LocalizedText Addresses { get; init; }

    public required LocalizedText NothingAccessed { get; init; }

    public required LocalizedText AuditTruncated { get; init; }

    public required LocalizedText AuditSummary { get; init; }

    public required LocalizedText AuditRangeInvalid { get; init; }

    public required LocalizedText SignInAllowed { get; init; }

    public required LocalizedText Active { get; init; }

    public required LocalizedText Suspended { get; init; }

    public required LocalizedText Suspend { get; init; }

    public required LocalizedText Restore { get; init; }

    public required LocalizedText OfficerSuspended { get; init; }

    public required LocalizedText OfficerRestored { get; init; }
}
