using ManaMitra.Catalog;
using ManaMitra.Catalog.Templates;
using ManaMitra.Interfaces.Departments;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Conversations;

/// <summary>
/// Which template tells an outcome once the citizen's 24-hour window has closed, and what fills it: a rejection (first,
/// or final on appeal) or a return with the official's note, an issued document with its link, an approval, or else the outcome's own words
/// as a generic update. The templates' words are data (<c>catalog/templates.json</c>); the choice is this class.
/// </summary>
public sealed class TemplateChoice(TemplateRegistry templates, ServiceCatalog catalog)
{
    public const string Approved = "application_approved";
    public const string Rejected = "application_rejected";
    public const string Returned = "application_returned";
    public const string AppealRejected = "appeal_rejected";
    public const string DocumentReady = "document_ready";
    public const string Update = "service_update";

    /// <summary>The templates this class sends, each with the parameters it fills in; checked when the templates load.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Needs { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [Approved] = new HashSet<string>(["reference", "service"]),
        [Rejected] = new HashSet<string>(["reference", "service", "reason"]),
        [Returned] = new HashSet<string>(["reference", "service", "note"]),
        [AppealRejected] = new HashSet<string>(["reference", "service", "reason"]),
        [DocumentReady] = new HashSet<string>(["document", "reference", "link"]),
        [Update] = new HashSet<string>(["update"]),
    };

    /// <param name="documentLink">The link to the document the outcome issued, when it issued one.</param>
    public TemplateReply For(ServiceOutcome outcome, string language, string? documentLink)
    {
        var (name, values) = outcome switch
        {
            { Decision: { Verdict: Verdict.Rejected or Verdict.Returned } decision, Reference: { } reference } =>
                Decided(decision, reference, language, Declined(decision), outcome),
            { Document: { } document } when documentLink is not null => (DocumentReady, new Dictionary<string, string>
            {
                ["document"] = document.Title.In(language),
                ["reference"] = document.Id,
                ["link"] = documentLink,
            }),
            { Decision: { Verdict: Verdict.Approved } decision, Reference: { } reference } =>
                (Approved, new Dictionary<string, string> { ["reference"] = reference, ["service"] = ServiceName(decision, language) }),
            _ => (Update, new Dictionary<string, string> { ["update"] = UpdateText(outcome, language) }),
        };
        return templates[name].Reply(language, values);
    }

    // A first rejection's template carries the Appeal button; one on appeal is final and its template has none.
    private static (string Parameter, string Template) Declined(OutcomeDecision decision) => decision switch
    {
        { Verdict: Verdict.Returned } => ("note", Returned),
        { Appealable: true } => ("reason", Rejected),
        _ => ("reason", AppealRejected),
    };

    private (string, Dictionary<string, string>) Decided(
        OutcomeDecision decision, string reference, string language, (string Parameter, string Template) kind, ServiceOutcome outcome) =>
        (kind.Template, new Dictionary<string, string>
        {
            ["reference"] = reference,
            ["service"] = ServiceName(decision, language),
            // Meta refuses an empty parameter; the department's own message says why when the official wrote nothing.
            [kind.Parameter] = string.IsNullOrWhiteSpace(decision.Note) ? outcome.Message.In(language) : decision.Note,
        });

    /// <summary>A service since removed from the catalog is still named, by its id.</summary>
    private string ServiceName(OutcomeDecision decision, string language) =>
        catalog.FindService(decision.ServiceId) is { } found ? found.Service.Name.In(language) : decision.ServiceId;

    /// <summary>What the in-window message says (<see cref="OutcomeReply"/>), on one line as a parameter must be.</summary>
    private string UpdateText(ServiceOutcome outcome, string language)
    {
        var ui = catalog.Texts.Ui;
        List<string> parts = [outcome.Message.In(language)];
        if (outcome.Reference is { } reference)
        {
            parts.Add($"{ui.Reference.In(language)}: {reference}");
        }

        parts.AddRange(outcome.Fields.Select(field => $"{field.Label.In(language)}: {field.Value}"));
        if (outcome.PaymentLink is { } link)
        {
            parts.Add($"{ui.PayHere.In(language)} {link}");
        }

        return string.Join(" · ", parts);
    }
}
