namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// The offices of the jurisdictions file (see <c>docs/GRIEVANCES.md</c>), validated, with the questions the chat
/// and the grievance grain ask of the hierarchy: an office by id, its children to choose from, its escalation chain.
/// </summary>
public sealed class OfficeTree
{
    private readonly Dictionary<string, Office> _byId;
    private readonly Dictionary<string, List<Office>> _children;

    /// <param name="offices">In file order, which is the order lists of them are offered in.</param>
    public OfficeTree(string version, IReadOnlyList<Office> offices)
    {
        Version = version;
        Offices = offices;
        _byId = offices.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _children = offices.Where(o => o.ParentId is not null).GroupBy(o => o.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The file's own release, recorded with each routed grievance so a later re-drawing can be traced.</summary>
    public string Version { get; }

    public IReadOnlyList<Office> Offices { get; }

    public Office? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The offices one tier below, in file order: "choose your mandal", then "choose your village".</summary>
    public IReadOnlyList<Office> Children(string id) => _children.TryGetValue(id, out var children) ? children : [];

    /// <summary>
    /// Where a grievance at this office escalates, nearest first: its mandal or urban local body, the district,
    /// the state. Empty for the state itself or an unknown id.
    /// </summary>
    public IReadOnlyList<Office> EscalationChain(string id)
    {
        var chain = new List<Office>();
        for (var office = Find(id); office?.ParentId is { } parent && Find(parent) is { } up; office = up)
        {
            chain.Add(up);
        }

        return chain;
    }

    /// <summary>The secretariats under an office (itself, when it is one): where a grievance inside it can be worked.</summary>
    public IEnumerable<Office> SecretariatsUnder(Office office) =>
        office.Kind.IsSecretariat() ? [office] : Children(office.Id).SelectMany(SecretariatsUnder);
}
