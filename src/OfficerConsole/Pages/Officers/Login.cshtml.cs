using ManaMitra.Catalog;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// Sign-in with a user name and password; repeated failures lock the account for a while. An account with two-step
/// sign-in goes on to the code page (<see cref="CodeModel"/>).
/// </summary>
public sealed class LoginModel(ServiceCatalog catalog, SignInManager<OfficerUser> signIns) : ConsolePage(catalog)
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public LocalizedText? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = Text.SignInFailed;
            return Page();
        }

        var result = await signIns.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Destination(Url, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("Code", new { returnUrl = ReturnUrl });
        }

        Error = result.IsLockedOut ? Text.LockedOut : Text.SignInFailed;
        return Page();
    }

    /// <summary>Only a page of this site: a crafted returnUrl must not send an officer elsewhere after signing in.</summary>
    public static string Destination(IUrlHelper url, string? returnUrl) =>
        url.IsLocalUrl(returnUrl) ? returnUrl! : OfficerConsoleExtensions.Path;
}
