using ManaMitra.Interfaces.Applications;

namespace ManaMitra.WebhookFrontend.Officers;

/// <summary>The officers' API list, as <c>../shared/DESIGN.md</c> fixes it.</summary>
public sealed record ApplicationList(IReadOnlyList<ApplicationLine> Applications);

public sealed record ApplicationLine(string Reference, string Department, string Service, string Status, DateTimeOffset SubmittedAt, DateTimeOffset DueBy)
{
    public static ApplicationLine From(ApplicationSummary summary) => new(
        summary.Reference, summary.DepartmentId, summary.ServiceId, StageNames.Of(summary.Stage), summary.SubmittedAt, summary.DueBy);
}

/// <summary>A department system's decision: <c>{"decision":"approve"|"reject"|"return","note":"…"}</c>.</summary>
public sealed record DecisionBody(string? Decision, string? Note);

/// <summary>Stages as the API writes them, and the filters it reads.</summary>
public static class StageNames
{
    public static string Of(ApplicationStage stage) => stage switch
    {
        ApplicationStage.FeeDue => "fee-due",
        ApplicationStage.UnderReview => "under-review",
        ApplicationStage.Returned => "returned",
        ApplicationStage.Approved => "approved",
        ApplicationStage.UnderAppeal => "under-appeal",
        _ => "rejected",
    };

    public static ApplicationFilter? Filter(string? status) => status switch
    {
        null or "" or "pending" => ApplicationFilter.Pending,
        "decided" => ApplicationFilter.Decided,
        "all" => ApplicationFilter.All,
        _ => null,
    };
}
