using ManaMitra.Catalog;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The second step of signing in, after the right password: the authenticator app's current code. A wrong code counts
/// toward the account's lockout as a wrong password does.
/// </summary>
public sealed class CodeModel(ServiceCatalog catalog, SignInManager<OfficerUser> signIns, UserManager<OfficerUser> users) : ConsolePage(catalog)
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public LocalizedText? Error { get; private set; }

    // Without a password step in the last minutes there is no one to ask a code of.
    public async Task<IActionResult> OnGetAsync() =>
        await signIns.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login", new { returnUrl = ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIns.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login", new { returnUrl = ReturnUrl });
        }

        // Apps show the code as "123 456"; people type it so.
        var code = new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        var result = await signIns.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.Destination(Url, ReturnUrl));
        }

        Error = result.IsLockedOut ? Text.LockedOut : Text.CodeWrong;
        return Page();
    }

    /// <summary>
    /// A recovery code instead of the app's: it signs in once, then is spent. Identity neither checks the lockout
    /// here nor counts a wrong recovery code, so the page does both: no way around a locked account.
    /// </summary>
    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        if (await signIns.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("Login", new { returnUrl = ReturnUrl });
        }

        if (await users.IsLockedOutAsync(user))
        {
            Error = Text.LockedOut;
            return Page();
        }

        var result = await signIns.TwoFactorRecoveryCodeSignInAsync((RecoveryCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.Destination(Url, ReturnUrl));
        }

        await users.AccessFailedAsync(user);
        Error = await users.IsLockedOutAsync(user) ? Text.LockedOut : Text.RecoveryCodeWrong;
        return Page();
    }
}
