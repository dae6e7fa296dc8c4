namespace ManaMitra.Interfaces.Officers;

/// <summary>
/// One officer's account for the officer console, keyed by the normalized user name. The console's identity store
/// reads and writes it; the password is held only as the KDF hash the console computed.
/// </summary>
public interface IOfficerAccountGrain : IGrainWithStringKey
{
    /// <returns>Null when no account has this name.</returns>
    Task<OfficerAccount?> Get();

    /// <summary>Records a new account and lists it on the roster.</summary>
    /// <returns>False, changing nothing, when the name is taken.</returns>
    Task<bool> Create(OfficerAccount account);

    /// <summary>Replaces an existing account (password, lockout counters, security stamp, second factor).</summary>
    /// <returns>False when no account has this name.</returns>
    Task<bool> Update(OfficerAccount account);
}

/// <summary>Who an officer is and what they may decide. An administrator belongs to no department and decides nothing.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerAccount
{
    [Id(0)] public required string UserName { get; init; }

    [Id(1)] public required string DisplayName { get; init; }

    [Id(2)] public required OfficerRole Role { get; init; }

    /// <summary>The department whose applications the officer sees; null for an administrator.</summary>
    [Id(3)] public string? DepartmentId { get; init; }

    [Id(4)] public string? PasswordHash { get; init; }

    /// <summary>Changes with the password, so sign-ins made with an old password end.</summary>
    [Id(5)] public required string SecurityStamp { get; init; }

    [Id(6)] public int AccessFailedCount { get; init; }

    [Id(7)] public DateTimeOffset? LockoutEnd { get; init; }

    [Id(8)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The administrator who created the account, or "configuration" for the bootstrap administrator.</summary>
    [Id(9)] public required string CreatedBy { get; init; }

    /// <summary>
    /// The office the officer is posted at (a ward secretariat, a mandal, a district, by its jurisdictions id): they
    /// answer the grievances that office and the offices under it hold. Null: the whole department, at the state.
    /// </summary>
    [Id(10)] public string? OfficeId { get; init; }

    /// <summary>
    /// The officer's authenticator-app secret (RFC 6238, base32), set when they start enrolling; stored as it is, so
    /// whoever reads the grain storage can compute the officer's codes (docs/PRODUCTION.md, officer accounts).
    /// </summary>
    [Id(11)] public string? AuthenticatorKey { get; init; }

    /// <summary>Sign-in asks for the authenticator's code after the password; set once a code has confirmed enrolment.</summary>
    [Id(12)] public bool TwoFactorEnabled { get; init; }

    /// <summary>
    /// The SHA-256 hashes (hex) of the one-time recovery codes not yet used, each signing in once without the app;
    /// hashed because, unlike the authenticator key, nothing needs them back.
    /// </summary>
    [Id(13)] public IReadOnlyList<string> RecoveryCodeHashes { get; init; } = [];
}

public enum OfficerRole
{
    /// <summary>Creates officers; sees every department's figures; decides nothing.</summary>
    Administrator,

    /// <summary>Decides a department's applications (the revenue inspector, the tahsildar).</summary>
    Officer,

    /// <summary>The level above an officer: decides appeals against an officer's rejection.</summary>
    Appellate,
}
