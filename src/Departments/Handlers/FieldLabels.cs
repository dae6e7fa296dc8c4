using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// The label a document prints beside an answer. Common inputs have a short printed label; any other input falls
/// back to its own prompt, which the catalog guarantees in the document languages.
/// </summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, Func<DepartmentText, LocalizedText>> Known = new(StringComparer.Ordinal)
    {
        ["applicant-name"] = t => t.ApplicantName,
        ["child-name"] = t => t.ChildName,
        ["mother-name"] = t => t.MotherName,
        ["deceased-name"] = t => t.DeceasedName,
        ["business-name"] = t => t.BusinessName,
        ["institution"] = t => t.Institution,
        ["from-place"] = t => t.FromPlace,
        ["to-place"] = t => t.ToPlace,
        ["date-of-birth"] = t => t.DateOfBirth,
        ["date-of-death"] = t => t.DateOfDeath,
        ["annual-income"] = t => t.AnnualIncome,
        ["purpose"] = t => t.Purpose,
        ["category"] = t => t.Category,
        ["trade"] = t => t.Trade,
        ["temple"] = t => t.Temple,
        ["exam"] = t => t.Exam,
        ["university"] = t => t.University,
        ["semester"] = t => t.Semester,
        ["year"] = t => t.Year,
    };

    public static LocalizedText For(ServiceInput input, DepartmentText text) => Known.TryGetValue(input.Id, out var known) ? known(text) : input.Kind switch
    {
        InputKind.Aadhaar => text.Aadhaar,
        InputKind.PinCode => text.PinCode,
        InputKind.HallTicket => text.HallTicket,
        InputKind.Date => text.Date,
        _ => input.Prompt,
    };

    /// <summary>Answers that belong on a document: contact details, photos and locations do not.</summary>
    public static bool Printed(ServiceInput input) => input.Kind is not (InputKind.Mobile or InputKind.Photo or InputKind.Location);
}
