using ManaMitra.Catalog;
using ManaMitra.Departments.Jurisdictions;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// The offices of the jurisdictions file an officer can be posted at, and how the console names them: by their path
/// from the district down ("NTR district › Vijayawada › Governorpet Ward Secretariat"), so two wards of the same
/// name in different towns are never confused.
/// </summary>
public sealed class OfficePostings(OfficeTree offices, ServiceCatalog catalog)
{
    /// <summary>Every office below the state, in the file's order; the state's own office is the department itself.</summary>
    public IEnumerable<Office> Choices => offices.Offices.Where(o => o.Kind != OfficeKind.State);

    public bool IsPostable(string id) => offices.Find(id) is { Kind: not OfficeKind.State };

    /// <summary>
    /// The office's path of names in <paramref name="language"/>; the department at the state (the top of every
    /// grievance's chain, by the department's id) by its name; an id neither has any longer, as it is.
    /// </summary>
    public string Label(string id, string language)
    {
        if (offices.Find(id) is not { } office)
        {
            return catalog.FindDepartment(id) is { } department ? department.Name.In(language) : id;
        }

        var path = offices.EscalationChain(id).Where(o => o.Kind != OfficeKind.State).Reverse().Append(office);
        return string.Join(" › ", path.Select(o => o.Name.In(language)));
    }
}
