using System.Security.Claims;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ManaMitra.OfficerConsole.Accounts;

/// <summary>The officer a console request comes from, as the sign-in cookie's claims carry them.</summary>
/// <param name="OfficeId">Where the officer is posted (<see cref="OfficerAccount.OfficeId"/>); null for the whole department.</param>
public sealed record SignedInOfficer(string UserName, string DisplayName, OfficerRole Role, string? DepartmentId, string? OfficeId)
{
    private const string DisplayNameClaim = "manamitra:display-name";
    private const string DepartmentClaim = "manamitra:department";
    private const string OfficeClaim = "manamitra:office";

    /// <summary>
    /// The stage this officer decides: an officer the applications under review, an appellate officer — the level
    /// above — the appeals against officers' rejections.
    /// </summary>
    public ApplicationStage Decides => Role == OfficerRole.Appellate ? ApplicationStage.UnderAppeal : ApplicationStage.UnderReview;

    /// <summary>How a decision's history line names its maker.</summary>
    public string Attribution => $"{DisplayName} ({UserName}), officer console";

    public static SignedInOfficer? From(ClaimsPrincipal principal)
    {
        var userName = principal.FindFirstValue(ClaimTypes.Name);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        return userName is null || !Enum.TryParse<OfficerRole>(role, out var parsed)
            ? null
            : new SignedInOfficer(userName, principal.FindFirstValue(DisplayNameClaim) ?? userName, parsed,
                principal.FindFirstValue(DepartmentClaim), principal.FindFirstValue(OfficeClaim));
    }

    /// <summary>Puts the role, department and full name into the sign-in cookie, so pages need no account lookup.</summary>
    public sealed class ClaimsFactory(UserManager<OfficerUser> users, IOptions<IdentityOptions> options)
        : UserClaimsPrincipalFactory<OfficerUser>(users, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OfficerUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
            if (user.DepartmentId is not null)
            {
                identity.AddClaim(new Claim(DepartmentClaim, user.DepartmentId));
            }

            if (user.OfficeId is not null)
            {
                identity.AddClaim(new Claim(OfficeClaim, user.OfficeId));
            }

            return identity;
        }
    }
}
