using ManaMitra.Catalog;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>Signing out is a form post (with its antiforgery token), so no link on another site can sign an officer out.</summary>
public sealed class LogoutModel(ServiceCatalog catalog, SignInManager<OfficerUser> signIns) : ConsolePage(catalog)
{
    public IActionResult OnGet() => Redirect(OfficerConsoleExtensions.Path);

    public async Task<IActionResult> OnPostAsync()
    {
        await signIns.SignOutAsync();
        return Redirect($"{OfficerConsoleExtensions.Path}/login");
    }
}
