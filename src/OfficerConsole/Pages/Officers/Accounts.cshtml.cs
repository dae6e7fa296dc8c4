using ManaMitra.Catalog;
using ManaMitra.Interfaces.Officers;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The administrator's page: every officer, whether they sign in in two steps and whether they may sign in at all
/// (suspended, as a breach is contained: docs/BREACH.md), and a form to create one for a department.
/// </summary>
public sealed partial class AccountsModel(
    ServiceCatalog catalog, IGrainFactory grains, UserManager<OfficerUser> users, OfficePostings postings, TimeProvider time, ILogger<AccountsModel> logger)
    : ConsolePage(catalog)
{
    [BindProperty]
    public string? NewUserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Department { get; set; }

    /// <summary>Where the officer is posted; empty for the whole department.</summary>
    [BindProperty]
    public string? Office { get; set; }

    [BindProperty]
    public OfficerRole Role { get; set; } = OfficerRole.Officer;

    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>The officer whose two-step sign-in the administrator resets (a lost or replaced phone).</summary>
    [BindProperty]
    public string? ResetUser { get; set; }

    /// <summary>The officer the administrator suspends or restores.</summary>
    [BindProperty]
    public string? AccountUser { get; set; }

    public IReadOnlyList<OfficerListing> Officers { get; private set; } = [];

    /// <summary>The officers, by normalized name, whose sign-in asks for an authenticator's code.</summary>
    private HashSet<string> _twoStep = [];

    public bool HasTwoStep(OfficerListing officer) => _twoStep.Contains(OfficerUser.Normalize(officer.UserName));

    /// <summary>The officers, by normalized name, who may not sign in until restored.</summary>
    private HashSet<string> _suspended = [];

    public bool IsSuspended(OfficerListing officer) => _suspended.Contains(OfficerUser.Normalize(officer.UserName));

    public IReadOnlyList<Department> DepartmentChoices => Catalog.Departments;

    public OfficePostings Postings => postings;

    public LocalizedText? Message { get; private set; }

    /// <summary>In the reader's language, or Identity's own description of a password it refused.</summary>
    public string? Error { get; private set; }

    public string RoleName(OfficerRole role) => T(role switch
    {
        OfficerRole.Administrator => Text.RoleAdministrator,
        OfficerRole.Appellate => Text.RoleAppellate,
        _ => Text.RoleOfficer,
    });

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostAsync()
    {
        Error = await Create();
        if (Error is null)
        {
            Message = Text.OfficerCreated;
            NewUserName = DisplayName = Department = Office = null;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await Load();
        return Page();
    }

    /// <summary>
    /// Switches the officer's two-step sign-in off, replaces their key and drops their recovery codes, so the lost
    /// phone's codes no longer work;
    /// the new security stamp ends their sessions at the next check. They enrol again (at once, where it is required).
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoStepAsync()
    {
        if (ResetUser is not null && await users.FindByNameAsync(ResetUser) is { } officer)
        {
            await users.SetTwoFactorEnabledAsync(officer, false);
            await users.ResetAuthenticatorKeyAsync(officer);
            // The recovery codes may have been kept with the phone.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(officer, 0);
            LogTwoStepReset(officer.UserName, Officer!.UserName);
            Message = Text.TwoStepReset;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await Load();
        return Page();
    }

    /// <summary>
    /// Locks the officer out until restored and replaces their security stamp, so that their open sessions end at the
    /// next check (<see cref="OfficerConsoleExtensions.SessionCheck"/>): the first step when an account may be in
    /// the wrong hands.
    /// </summary>
    public async Task<IActionResult> OnPostSuspendAsync() => await SetSuspended(true);

    public async Task<IActionResult> OnPostRestoreAsync() => await SetSuspended(false);

    private async Task<IActionResult> SetSuspended(bool suspended)
    {
        // Not an administrator's own account: configuration makes administrators, and one must remain to restore.
        if (AccountUser is not null && await users.FindByNameAsync(AccountUser) is { Role: not OfficerRole.Administrator } officer)
        {
            await users.SetLockoutEndDateAsync(officer, suspended ? DateTimeOffset.MaxValue : null);
            await users.ResetAccessFailedCountAsync(officer);
            await users.UpdateSecurityStampAsync(officer);
            LogSuspended(officer.UserName, suspended ? "suspended" : "restored", Officer!.UserName);
            Message = suspended ? Text.OfficerSuspended : Text.OfficerRestored;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await Load();
        return Page();
    }

    private async Task<string?> Create()
    {
        if (string.IsNullOrWhiteSpace(NewUserName) || string.IsNullOrWhiteSpace(DisplayName) || string.IsNullOrEmpty(NewPassword))
        {
            return T(Text.FieldsRequired);
        }

        // Only officers are created here: a second administrator is configuration's decision, not a form's.
        if (string.IsNullOrEmpty(Department) || Catalog.FindDepartment(Department) is null || Role == OfficerRole.Administrator)
        {
            return T(Text.UnknownDepartment);
        }

        var office = string.IsNullOrWhiteSpace(Office) ? null : Office.Trim();
        if (office is not null && !postings.IsPostable(office))
        {
            return T(Text.UnknownOffice);
        }

        var officer = new OfficerUser
        {
            UserName = NewUserName.Trim(),
            DisplayName = DisplayName.Trim(),
            Role = Role,
            DepartmentId = Department,
            OfficeId = office,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = Officer!.UserName,
        };
        var created = await users.CreateAsync(officer, NewPassword);
        return created.Succeeded ? null
            : created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)) ? T(Text.NameTaken)
            : string.Join(" ", created.Errors.Select(e => e.Description));
    }

    private async Task Load()
    {
        Officers = await grains.GetGrain<IOfficerRosterGrain>(IOfficerRosterGrain.Key).List();
        // Read from each account rather than copied to the roster, so the roster never disagrees with the sign-in
        // itself; a department's officers are tens to hundreds, read in parallel.
        var accounts = await Task.WhenAll(Officers.Select(o => grains.GetGrain<IOfficerAccountGrain>(OfficerUser.Normalize(o.UserName)).Get()));
        _twoStep = [.. accounts.Where(a => a is { TwoFactorEnabled: true }).Select(a => OfficerUser.Normalize(a!.UserName))];
        _suspended = [.. accounts.Where(a => a?.LockoutEnd == DateTimeOffset.MaxValue).Select(a => OfficerUser.Normalize(a!.UserName))];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer console: two-step sign-in of {Officer} reset by {Administrator}")]
    private partial void LogTwoStepReset(string officer, string administrator);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer console: {Officer} {Change} by {Administrator}")]
    private partial void LogSuspended(string officer, string change, string administrator);
}
