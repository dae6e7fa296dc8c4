using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>
/// Any other record: an extract of what the citizen gave, in the name the resident register holds for their
/// Aadhaar, so a FetchDocument service added to the catalog works before a source of its own exists.
/// </summary>
public sealed class ResidentDocuments(IResidentRecords residents) : IDocumentSource
{
    public const string DocumentKind = "record";

    public bool Serves(ServiceContext context) => true;

    public async Task<ServiceOutcome> Fetch(ServiceContext context)
    {
        var answers = context.Answers;
        var record = answers.Identifier ?? answers.AadhaarKey;
        if (record is null)
        {
            return ServiceContext.Declined(context.Text.MissingAnswer);
        }

        var holder = (answers.AadhaarKey is { } key ? (await residents.FindByAadhaar(key))?.Name : null) ?? record;
        var fields = answers.All
            .Where(a => FieldLabels.Printed(a.Input))
            .Select(a => FieldLabels.For(a.Input).Field(a.Input.Kind == InputKind.Aadhaar
                ? answers.AadhaarMasked ?? "XXXX XXXX XXXX"
                : answers.Display(a.Input, a.Value)))
            .ToList();
        var id = DocumentIds.For(context, record);
        return DocumentIds.Found(context, id, context.Document(id, DocumentKind, holder, fields));
    }
}
