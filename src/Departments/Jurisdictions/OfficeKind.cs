namespace ManaMitra.Departments.Jurisdictions;

/// <summary>
/// The tiers of AP's administration a grievance can be sent to and escalated through. Mandals (rural) and urban
/// local bodies (municipal corporations, municipalities, nagar panchayats) are the same tier; a village secretariat
/// sits in a mandal, a ward secretariat in an urban local body.
/// </summary>
public enum OfficeKind
{
    State,
    District,
    Mandal,
    UrbanLocalBody,
    VillageSecretariat,
    WardSecretariat,
}

public static class OfficeKinds
{
    /// <summary>The deepest tier: the secretariat that serves the citizen's doorstep.</summary>
    public const int SecretariatLevel = 3;

    /// <summary>0 for the state, one more per tier down.</summary>
    public static int Level(this OfficeKind kind) => kind switch
    {
        OfficeKind.State => 0,
        OfficeKind.District => 1,
        OfficeKind.Mandal or OfficeKind.UrbanLocalBody => 2,
        _ => SecretariatLevel,
    };

    public static bool IsSecretariat(this OfficeKind kind) => kind.Level() == SecretariatLevel;

    /// <summary>The tier an office of this kind reports to, or null for the state.</summary>
    public static OfficeKind? ParentKind(this OfficeKind kind) => kind switch
    {
        OfficeKind.State => null,
        OfficeKind.District => OfficeKind.State,
        OfficeKind.Mandal or OfficeKind.UrbanLocalBody => OfficeKind.District,
        OfficeKind.VillageSecretariat => OfficeKind.Mandal,
        _ => OfficeKind.UrbanLocalBody,
    };
}
