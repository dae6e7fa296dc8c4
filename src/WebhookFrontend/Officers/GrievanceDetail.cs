using ManaMitra.Interfaces.Grievances;

namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>
/// One grievance as <c>GET /api/officers/grievances/{reference}</c> writes it: the list's fields, then what the
/// citizen reported (in the catalog's first language, English as shipped), the chain of offices, every step, the
/// evidence, and the question still waiting for the citizen's answer.
/// </summary>
public sealed record GrievanceDetail(
    string Reference,
    string Department,
    string Office,
    string Status,
    int Level,
    DateTimeOffset DueBy,
    string Service,
    IReadOnlyList<GrievanceDetail.Line> Details,
    IReadOnlyList<string> Chain,
    IReadOnlyList<GrievanceDetail.Step> History,
    IReadOnlyList<GrievanceDetail.File> Evidence,
    int? Rating,
    string? Question)
{
    public static GrievanceDetail From(GrievanceView view)
    {
        var submission = view.Submission;
        return new GrievanceDetail(
            submission.Reference,
            submission.DepartmentId,
            view.Office.Id,
            view.Status == GrievanceStatus.Open ? "open" : "resolved",
            view.Level,
            view.DueBy,
            submission.ServiceName.Fallback,
            [.. submission.Details.Select(d => new Line(d.Label.Fallback, d.Value))],
            [.. submission.Chain.Select(o => o.Id)],
            [.. view.History.Select(s => new Step(s.At, s.Kind.ToString().ToLowerInvariant(), s.OfficeId, s.By, s.Note))],
            [.. submission.Evidence.Select((e, i) => new File($"/api/officers/grievances/{submission.Reference}/evidence/{i}", e.MediaType, e.Bytes, e.Caption))],
            view.Rating,
            view.Question);
    }

    public sealed record Line(string Label, string Value);

    public sealed record Step(DateTimeOffset At, string Kind, string Office, string By, string Note);

    /// <param name="Href">Where the file is read, with the same key.</param>
    public sealed record File(string Href, string Type, long Bytes, string? Caption);
}
