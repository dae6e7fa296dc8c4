using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>
/// Two-step sign-in: an authenticator app's code after the password. With <c>ManaMitra__Officers__RequireTwoFactor</c>
/// an officer signed in with the password alone is sent to enrol, and can open no other console page until they have.
/// </summary>
public sealed class TwoStepSignIn : IPageFilter
{
    /// <summary>Off by default so a sandbox signs in with a password; production sets it (docs/PRODUCTION.md).</summary>
    public const string RequiredSetting = "ManaMitra:Officers:RequireTwoFactor";

    /// <summary>Where an officer enrols an authenticator app.</summary>
    public const string EnrolPath = $"{OfficerConsoleExtensions.Path}/authenticator";

    // Identity marks a sign-in that passed the second step with this claim ("amr": authentication methods, RFC 8176).
    private const string MethodsClaim = "amr";
    private const string MultiFactor = "mfa";

    public static Claim MultiFactorClaim => new(MethodsClaim, MultiFactor);

    public static bool PassedSecondStep(ClaimsPrincipal user) => user.HasClaim(MethodsClaim, MultiFactor);

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && !PassedSecondStep(user))
        {
            context.Result = new RedirectResult(EnrolPath);
        }
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
