using ManaMitra.Catalog;
using ManaMitra.Languages;

namespace ManaMitra.Departments.Handlers;

/// <summary>
/// The label a document prints beside an answer. Common inputs have a short printed label; any other input falls
/// back to its own prompt, which the catalog guarantees in both languages.
/// </summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, LocalizedText> Known = new(StringComparer.Ordinal)
    {
        ["applicant-name"] = new("Applicant", "దరఖాస్తుదారు"),
        ["child-name"] = new("Child's name", "బిడ్డ పేరు"),
        ["mother-name"] = new("Mother's name", "తల్లి పేరు"),
        ["deceased-name"] = new("Name of the deceased", "మరణించిన వారి పేరు"),
        ["business-name"] = new("Business name", "వ్యాపారం పేరు"),
        ["institution"] = new("Institution", "విద్యాసంస్థ"),
        ["from-place"] = new("From", "నుండి"),
        ["to-place"] = new("To", "వరకు"),
        ["date-of-birth"] = new("Date of birth", "పుట్టిన తేదీ"),
        ["date-of-death"] = new("Date of death", "మరణించిన తేదీ"),
        ["annual-income"] = new("Annual income", "వార్షిక ఆదాయం"),
        ["purpose"] = new("Purpose", "ప్రయోజనం"),
        ["category"] = new("Category", "వర్గం"),
        ["trade"] = new("Trade", "వ్యాపార రకం"),
        ["temple"] = new("Temple", "ఆలయం"),
        ["exam"] = new("Examination", "పరీక్ష"),
        ["university"] = new("University", "విశ్వవిద్యాలయం"),
        ["semester"] = new("Semester", "సెమిస్టర్"),
        ["year"] = new("Year", "సంవత్సరం"),
    };

    public static LocalizedText For(ServiceInput input) => Known.GetValueOrDefault(input.Id) ?? input.Kind switch
    {
        InputKind.Aadhaar => DepartmentText.Aadhaar,
        InputKind.PinCode => new("PIN code", "పిన్ కోడ్"),
        InputKind.HallTicket => DepartmentText.HallTicket,
        InputKind.Date => DepartmentText.Date,
        _ => input.Prompt,
    };

    /// <summary>Answers that belong on a document: contact details, photos and locations do not.</summary>
    public static bool Printed(ServiceInput input) => input.Kind is not (InputKind.Mobile or InputKind.Photo or InputKind.Location);
}
