using ManaMitra.Catalog;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// An officer enrols an authenticator app: the page shows a key and its QR code, and two-step sign-in is switched on
/// only once a code from the app has matched, so no one is locked out by a mistyped key.
/// </summary>
public sealed class AuthenticatorModel(ServiceCatalog catalog, UserManager<OfficerUser> users, SignInManager<OfficerUser> signIns, IConfiguration configuration)
    : ConsolePage(catalog)
{
    [BindProperty]
    public string? Code { get; set; }

    // Identity's own suggestion: enough for a lost phone and a few mistakes, few enough to write down.
    private const int RecoveryCodeCount = 10;

    public bool Enabled { get; private set; }

    public bool Required => configuration.GetValue<bool>(TwoStepSignIn.RequiredSetting);

    /// <summary>The key as the officer types it into the app; null once enrolled, when it is shown no more.</summary>
    public string? Key { get; private set; }

    public LocalizedText? Error { get; private set; }

    /// <summary>Shown once, right after enrolment: only their hashes are kept.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await Show(user);
        return Page();
    }

    /// <summary>The QR code of the key being enrolled, served from the console so the content security policy stays 'self'.</summary>
    public async Task<IActionResult> OnGetQrAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not { TwoFactorEnabled: false, AuthenticatorKey: { } key })
        {
            return NotFound();
        }

        NotStored();
        return File(AuthenticatorEnrolment.QrPng(AuthenticatorEnrolment.Uri(user.UserName, key)), "image/png");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (!user.TwoFactorEnabled && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            // The code just matched: this session has passed both steps, as a sign-in with the code would have.
            await signIns.SignInWithClaimsAsync(user, isPersistent: false, [TwoStepSignIn.MultiFactorClaim]);
        }
        else if (!user.TwoFactorEnabled)
        {
            Error = Text.CodeWrong;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await Show(user);
        return Page();
    }

    private async Task Show(OfficerUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            return;
        }

        if (user.AuthenticatorKey is null)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // Resetting the key changed the security stamp, which would end this session at its next check.
            await signIns.RefreshSignInAsync(user);
        }

        Key = AuthenticatorEnrolment.Readable(user.AuthenticatorKey!);
        NotStored();
    }

    // The page and the picture carry the secret: no cache keeps them.
    private void NotStored() => Response.Headers.CacheControl = "no-store";
}
