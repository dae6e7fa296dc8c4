using ManaMitra.Interfaces.Officers;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// An officer account as ASP.NET Core Identity works on it: a mutable object its managers change and hand back to
/// the store, which saves it as an <see cref="OfficerAccount"/>.
/// </summary>
public sealed class OfficerUser
{
    public required string UserName { get; set; }

    public required string DisplayName { get; init; }

    public required OfficerRole Role { get; init; }

    public string? DepartmentId { get; init; }

    /// <inheritdoc cref="OfficerAccount.OfficeId"/>
    public string? OfficeId { get; init; }

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public string? AuthenticatorKey { get; set; }

    public bool TwoFactorEnabled { get; set; }

    public IReadOnlyList<string> RecoveryCodeHashes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>The account's key: user names compare without regard to case.</summary>
    public string Id => Normalize(UserName);

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public static OfficerUser From(OfficerAccount account) => new()
    {
        UserName = account.UserName,
        DisplayName = account.DisplayName,
        Role = account.Role,
        DepartmentId = account.DepartmentId,
        OfficeId = account.OfficeId,
        PasswordHash = account.PasswordHash,
        SecurityStamp = account.SecurityStamp,
        AccessFailedCount = account.AccessFailedCount,
        LockoutEnd = account.LockoutEnd,
        AuthenticatorKey = account.AuthenticatorKey,
        TwoFactorEnabled = account.TwoFactorEnabled,
        RecoveryCodeHashes = account.RecoveryCodeHashes,
        CreatedAt = account.CreatedAt,
        CreatedBy = account.CreatedBy,
    };

    public OfficerAccount ToAccount() => new()
    {
        UserName = UserName,
        DisplayName = DisplayName,
        Role = Role,
        DepartmentId = DepartmentId,
        OfficeId = OfficeId,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp,
        AccessFailedCount = AccessFailedCount,
        LockoutEnd = LockoutEnd,
        AuthenticatorKey = AuthenticatorKey,
        TwoFactorEnabled = TwoFactorEnabled,
        RecoveryCodeHashes = RecoveryCodeHashes,
        CreatedAt = CreatedAt,
        CreatedBy = CreatedBy,
    };
}
