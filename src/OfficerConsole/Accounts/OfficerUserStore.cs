using System.Security.Cryptography;
using System.Text;
using ManaMitra.Interfaces.Officers;
using Microsoft.AspNetCore.Identity;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// Identity's store over the officer account grains: each account is one grain keyed by its normalized name, so
/// every frontend of the cluster signs in against the same record and the same lockout counter.
/// </summary>
public sealed class OfficerUserStore(IGrainFactory grains) :
    IUserPasswordStore<OfficerUser>, IUserLockoutStore<OfficerUser>, IUserSecurityStampStore<OfficerUser>,
    IUserAuthenticatorKeyStore<OfficerUser>, IUserTwoFactorStore<OfficerUser>, IUserTwoFactorRecoveryCodeStore<OfficerUser>
{
    public async Task<IdentityResult> CreateAsync(OfficerUser user, CancellationToken cancellationToken) =>
        await Account(user.Id).Create(user.ToAccount())
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityErrorDescriber().DuplicateUserName(user.UserName));

    public async Task<IdentityResult> UpdateAsync(OfficerUser user, CancellationToken cancellationToken) =>
        await Account(user.Id).Update(user.ToAccount())
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "UnknownOfficer", Description = $"No officer {user.UserName}." });

    // Accounts are never deleted: decisions name who made them, and the history must keep pointing at someone.
    public Task<IdentityResult> DeleteAsync(OfficerUser user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "NotDeletable", Description = "Officer accounts are kept." }));

    public Task<OfficerUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Find(userId);

    public Task<OfficerUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Find(normalizedUserName);

    public Task<string> GetUserIdAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(OfficerUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? throw new ArgumentNullException(nameof(userName));
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Id);

    // The normalized name is derived from the user name, never stored apart from it.
    public Task SetNormalizedUserNameAsync(OfficerUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetPasswordHashAsync(OfficerUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(OfficerUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(OfficerUser user, CancellationToken cancellationToken) =>
        Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(OfficerUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    // Every officer account can be locked out: the console guards who decides citizens' applications.
    public Task<bool> GetLockoutEnabledAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(OfficerUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetSecurityStampAsync(OfficerUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task SetAuthenticatorKeyAsync(OfficerUser user, string key, CancellationToken cancellationToken)
    {
        user.AuthenticatorKey = key;
        return Task.CompletedTask;
    }

    public Task<string?> GetAuthenticatorKeyAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.AuthenticatorKey);

    public Task SetTwoFactorEnabledAsync(OfficerUser user, bool enabled, CancellationToken cancellationToken)
    {
        user.TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.TwoFactorEnabled);

    public Task ReplaceCodesAsync(OfficerUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        user.RecoveryCodeHashes = [.. recoveryCodes.Select(Hash)];
        return Task.CompletedTask;
    }

    public Task<bool> RedeemCodeAsync(OfficerUser user, string code, CancellationToken cancellationToken)
    {
        var hash = Hash(code);
        var redeemed = user.RecoveryCodeHashes.Contains(hash);
        user.RecoveryCodeHashes = [.. user.RecoveryCodeHashes.Where(h => h != hash)];
        return Task.FromResult(redeemed);
    }

    public Task<int> CountCodesAsync(OfficerUser user, CancellationToken cancellationToken) => Task.FromResult(user.RecoveryCodeHashes.Count);

    // Recovery codes are random (Identity makes them 50 bits), so a plain hash suffices: there is no dictionary to try.
    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    public void Dispose()
    {
    }

    private async Task<OfficerUser?> Find(string normalizedName) =>
        await Account(normalizedName).Get() is { } account ? OfficerUser.From(account) : null;

    private IOfficerAccountGrain Account(string normalizedName) => grains.GetGrain<IOfficerAccountGrain>(normalizedName);
}
