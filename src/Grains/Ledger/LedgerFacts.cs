using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Ledger;

namespace ManaMitra.Grains.Ledger;

/// <summary>
/// The entries grains make: kinds, subjects and bodies (docs/LEDGER.md lists them). The ledger is meant to be shown, so
/// subjects are document ids and references and bodies hold ids; whatever could name or describe a person — holder,
/// answers, an official's note, who acted — enters only as a digest, which whoever holds the record can recompute and
/// nobody else can read.
/// </summary>
public static class LedgerFacts
{
    public const string DocumentIssued = "document.issued";

    public const string DocumentRevoked = "document.revoked";

    /// <summary>
    /// <c>document.issued</c>: <c>claims</c> is SHA-256 of the QR token's payload, so whoever holds the document can
    /// tell that this entry is about exactly what their copy says.
    /// </summary>
    public static LedgerFact Issued(IssuedDocument document) => new(DocumentIssued, document.Id, Body(new JsonObject
    {
        ["kind"] = document.Kind,
        ["department"] = document.DepartmentId,
        ["service"] = document.ServiceId,
        ["claims"] = Base64Url.EncodeToString(DocumentClaims.From(document).Digest()),
    }));

    /// <summary><c>document.revoked</c>: who revoked it and why, as a digest.</summary>
    public static LedgerFact Revoked(string documentId, Revocation revocation) => new(DocumentRevoked, documentId, Body(new JsonObject
    {
        ["record"] = Record(revocation.By, revocation.Reason),
    }));

    /// <summary>
    /// <c>application.approved</c>, <c>.rejected</c> or <c>.returned</c>: the decision that becomes step
    /// <paramref name="step"/> (from 0) of the application's history.
    /// </summary>
    public static LedgerFact Decided(ApplicationSubmission submission, int step, ApplicationEvent decision, bool appeal) => new(
        decision.Stage switch
        {
            ApplicationStage.Approved => "application.approved",
            ApplicationStage.Rejected => "application.rejected",
            ApplicationStage.Returned => "application.returned",
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Stage, "not an official's decision"),
        },
        submission.Reference,
        Body(new JsonObject
        {
            ["department"] = submission.DepartmentId,
            ["service"] = submission.ServiceId,
            ["step"] = step,
            ["appeal"] = appeal,
            ["record"] = Record(decision.By, decision.Note),
        }));

    /// <summary>
    /// <c>grievance.commented</c>, <c>.asked</c>, <c>.assigned</c>, <c>.transferred</c> or <c>.resolved</c>: the
    /// official's action that becomes step <paramref name="step"/> (from 0) of the grievance's history, at the office
    /// it names (for a transfer, the office it went to).
    /// </summary>
    public static LedgerFact Acted(GrievanceSubmission submission, int step, GrievanceStep action) => new(
        action.Kind switch
        {
            GrievanceStepKind.Comment => "grievance.commented",
            GrievanceStepKind.Asked => "grievance.asked",
            GrievanceStepKind.Assigned => "grievance.assigned",
            GrievanceStepKind.Transferred => "grievance.transferred",
            GrievanceStepKind.Resolved => "grievance.resolved",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Kind, "not an official's action"),
        },
        submission.Reference,
        Body(new JsonObject
        {
            ["department"] = submission.DepartmentId,
            ["office"] = action.OfficeId,
            ["step"] = step,
            ["record"] = Record(action.By, action.Note),
        }));

    public const string CitizenErased = "citizen.erased";

    /// <summary>
    /// <c>citizen.erased</c>: a citizen's conversation, their fields in <paramref name="records"/> applications and
    /// grievances, and all but the registry minimum of <paramref name="documents"/> issued documents, were erased at
    /// their request. The subject is SHA-256 of their conversation key, itself a keyed hash
    /// of the WhatsApp id, so it names nobody, yet the department can find the entry for a citizen who asks whether
    /// their erasure was done.
    /// </summary>
    public static LedgerFact Erased(string citizenKey, int documents, int records) => new(
        CitizenErased,
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(citizenKey))),
        Body(new JsonObject
        {
            ["documents"] = documents,
            ["records"] = records,
        }));

    /// <summary>Who acted and what they wrote, as <see cref="LedgerHash.Fields"/> of the two in base64url: recomputed from the history's step.</summary>
    private static string Record(string by, string note) => Base64Url.EncodeToString(LedgerHash.Fields(by, note));

    private static string Body(JsonObject body) => body.ToJsonString();
}
