using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Conversations;

/// <summary>
/// Something a turn calls for beyond its replies that needs I/O (a grain call, a document), so the conversation only
/// names it and the citizen's grain carries it out: one handler per kind of effect, each in a file of its own.
/// </summary>
public abstract record TurnEffect;

/// <summary>Run a department service: the citizen submitted its form, or asked for one that needs no answers.</summary>
/// <param name="DepartmentId">The department whose service grain runs <paramref name="Request"/>.</param>
public sealed record RunService(string DepartmentId, ServiceRequest Request) : TurnEffect;

/// <summary>
/// Send a one-time code by SMS to the mobile on record for the form's Aadhaar answer, keeping only its hash in the form;
/// or say why not (locked, too many codes lately, no mobile on record, the SMS gateway failed).
/// </summary>
public sealed record SendCode(string ServiceId, OtpRequest Request) : TurnEffect;

/// <summary>Show one of the citizen's own applications: its stage and history, read from the application.</summary>
/// <param name="Typed">The reference as typed or tapped; another citizen's is answered as not found.</param>
public sealed record ShowApplication(string CitizenId, string Typed) : TurnEffect;

/// <summary>List the citizen's applications with their stages, for "my applications".</summary>
public sealed record ListApplications : TurnEffect;

/// <summary>Open the payment <paramref name="Reference"/> again, after a failed or expired attempt.</summary>
public sealed record PayAgain(string CitizenId, string Reference) : TurnEffect;

/// <summary>
/// Cancel the citizen's own booking <paramref name="Reference"/>: unconfirmed, quote the refund and ask; confirmed,
/// cancel it for the refund its service's tiers give now.
/// </summary>
public sealed record CancelBooking(string CitizenId, string Reference, bool Confirmed) : TurnEffect;

/// <summary>Rate the resolution of the citizen's own grievance, 1 to 5.</summary>
public sealed record RateGrievance(string CitizenId, string Reference, int Stars) : TurnEffect;

/// <summary>Reopen the citizen's own resolved grievance: it is not resolved.</summary>
public sealed record ReopenGrievance(string CitizenId, string Reference) : TurnEffect;

/// <summary>Send one of the citizen's own documents again, chosen from "my documents".</summary>
public sealed record ResendDocument(string DocumentId) : TurnEffect;

/// <summary>
/// Issue the citizen a signed statement of what their conversation holds ("my data" as a PDF), registered like any
/// document and listed in "my documents", so it verifies by its QR code and erasure reaches it.
/// </summary>
/// <param name="RequestId">The message that asked for it: redelivered, it issues the same statement, not a second one.</param>
public sealed record IssueDataStatement(string CitizenId, string RequestId) : TurnEffect;

/// <summary>
/// Ask the citizen for a correction or an appeal's reason on their application, quoting the official's note, and
/// await it; or say why not (not theirs, not waiting for it, appealed already).
/// </summary>
public sealed record AskCitizenReply(string CitizenId, AwaitedReply Asked) : TurnEffect;

/// <summary>Record the citizen's awaited reply on their application, and confirm it.</summary>
public sealed record GiveCitizenReply(string CitizenId, AwaitedReply Asked, string Text) : TurnEffect;

/// <summary>
/// The citizen typed a search (not a results screen shown again by "back" or a stale tap), counted for the metrics:
/// searches that find nothing show catalog editors the synonyms the catalog lacks.
/// </summary>
/// <param name="Unmatched">
/// When it found nothing, its words as <see cref="SearchQuery.Masked"/> leaves them; null when it found a service.
/// </param>
public sealed record Searched(string? Unmatched) : TurnEffect;

/// <summary>
/// The citizen's conversation was erased at their request: the grain reduces the registry entries of the documents it
/// listed to what verification needs, erases their personal fields from the applications and grievances it listed,
/// then records the erasure itself in the ledger, with counts and nothing that names the citizen.
/// </summary>
/// <param name="Documents">The documents the conversation listed ("my documents").</param>
/// <param name="References">The applications and grievances the conversation listed ("my applications").</param>
public sealed record Forgotten(string CitizenId, IReadOnlyList<string> Documents, IReadOnlyList<string> References) : TurnEffect;
