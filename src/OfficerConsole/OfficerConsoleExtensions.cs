using System.Text.Encodings.Web;
using System.Text.Unicode;
using ManaMitra.Interfaces.Officers;
using ManaMitra.OfficerConsole.Access;
using ManaMitra.OfficerConsole.Accounts;
using ManaMitra.WebSignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace ManaMitra.OfficerConsole;

/// <summary>
/// The officer console at <c>/officers</c>: Razor Pages behind ASP.NET Core Identity (PBKDF2 password hashes, a
/// cookie session scoped to the console's path, lockout after repeated failures, antiforgery on every form).
/// </summary>
public static class OfficerConsoleExtensions
{
    public const string Path = "/officers";

    // Where the pages sit in the project; routes are case-insensitive, so this is also /officers.
    private const string Folder = "/Officers";

    /// <summary>The console's stylesheet, a file so that no page needs inline style.</summary>
    public const string StyleSheet = $"{StylesPath}/console.css";

    private const string StylesPath = $"{Path}/styles";

    public const string AdministratorPolicy = "officers-administrator";

    /// <summary>
    /// <c>ManaMitra:Officers:ApiKeys:{department}</c>: the department systems' keys for the officers' API, which the
    /// frontend checks and the access audit offers as <c>apikey:{department}</c>.
    /// </summary>
    public const string ApiKeysSection = "ManaMitra:Officers:ApiKeys";

    public const string DecidingPolicy = "officers-deciding";

    /// <summary>Failed sign-ins in a row before an account is locked, and for how long.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often a session is checked against its account: a suspended officer, or one whose two-step sign-in was
    /// reset, is signed out within this. Identity's default is half an hour, too long for a breach; a check is one read
    /// of the account's grain.
    /// </summary>
    public static readonly TimeSpan SessionCheck = TimeSpan.FromMinutes(1);

    // What an officer without a second factor may still open when one is required: signing in, enrolling, leaving.
    private static readonly HashSet<string> EnrolmentPages =
        [$"{Folder}/Login", $"{Folder}/Code", $"{Folder}/Authenticator", $"{Folder}/Logout"];

    public static IServiceCollection AddOfficerConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<OfficePostings>();
        services.TryAddSingleton<AccessLog>();
        services.AddRazorPages(pages =>
        {
            // Signed in for every page but the sign-in itself; then what each role may do.
            pages.Conventions.AuthorizeFolder(Folder);
            pages.Conventions.AllowAnonymousToPage($"{Folder}/Login");
            pages.Conventions.AllowAnonymousToPage($"{Folder}/Code");
            // The code step is limited like the password: six digits are quicker to guess than a passphrase.
            foreach (var signIn in new[] { "Login", "Code" })
            {
                pages.Conventions.AddPageApplicationModelConvention($"{Folder}/{signIn}",
                    page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInLimit.Policy)));
            }

            if (configuration.GetValue<bool>(TwoStepSignIn.RequiredSetting))
            {
                var filter = new TwoStepSignIn();
                pages.Conventions.AddFolderApplicationModelConvention(Folder, page =>
                {
                    if (!EnrolmentPages.Contains(page.ViewEnginePath))
                    {
                        page.Filters.Add(filter);
                    }
                });
            }

            pages.Conventions.AuthorizePage($"{Folder}/Index", DecidingPolicy);
            pages.Conventions.AuthorizePage($"{Folder}/Application", DecidingPolicy);
            pages.Conventions.AuthorizePage($"{Folder}/Grievances", DecidingPolicy);
            pages.Conventions.AuthorizePage($"{Folder}/Grievance", DecidingPolicy);
            pages.Conventions.AuthorizePage($"{Folder}/Accounts", AdministratorPolicy);
            pages.Conventions.AuthorizePage($"{Folder}/AccessAudit", AdministratorPolicy);
        }).ConfigureApplicationPartManager(IncludeConsolePages);
        services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(nameof(OfficerRole.Administrator)))
            .AddPolicy(DecidingPolicy, p => p.RequireRole(nameof(OfficerRole.Officer), nameof(OfficerRole.Appellate)));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie!.Configure(ApplicationCookie);
            // Between the password and the code: who passed the password, for five minutes (Identity's default).
            cookies.TwoFactorUserIdCookie!.Configure(cookie =>
            {
                cookie.Cookie.Name = "ManaMitra.Officers.SecondStep";
                cookie.Cookie.Path = Path;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        });
        services.AddIdentityCore<OfficerUser>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                identity.Lockout.AllowedForNewUsers = true;
                // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_";
            })
            .AddSignInManager()
            .AddUserStore<OfficerUserStore>()
            // Only the authenticator: the e-mail and phone providers AddDefaultTokenProviders adds need stores officers lack.
            .AddTokenProvider<AuthenticatorTokenProvider<OfficerUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<SignedInOfficer.ClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionCheck);
        // The session cookie's path is "/officers", and browsers compare cookie paths case-sensitively: a form posting
        // to "/Officers" would arrive signed out.
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.TryAddSingleton(TimeProvider.System);
        // Telugu as Telugu in the page source, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHostedService<ConsoleAdministrator>();
        services.AddSignInLimit(configuration, StyleSheet);
        // Cookies and antiforgery tokens are encrypted with keys every frontend of the cluster shares.
        services.AddDataProtection().SetApplicationName("ManaMitra.OfficerConsole");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new ClusterKeyRepository(sp.GetRequiredService<IGrainFactory>())));
        // Data protection reads its key ring while hosted services start, before the silo or the cluster client is up:
        // the read fails, logs an error and is made again on first use anyway. The keys live in the cluster, so they
        // are read on first use only. (The preloading service is internal to ASP.NET Core, hence found by name.)
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(preload);
        }

        return services;
    }

    private static void ApplicationCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "ManaMitra.Officers";
        cookie.Cookie.Path = Path;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.LoginPath = $"{Path}/login";
        cookie.LogoutPath = $"{Path}/logout";
        // An administrator opening the queue, or an officer the accounts page: the page says where to go.
        cookie.AccessDeniedPath = $"{Path}/dashboard";
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
    }

    // MVC finds pages in the entry assembly's references; a host started from elsewhere (a test runner) is not the
    // frontend's entry assembly, so the console names its own assembly — once.
    private static void IncludeConsolePages(ApplicationPartManager parts)
    {
        var assembly = typeof(OfficerConsoleExtensions).Assembly;
        if (parts.ApplicationParts.Any(p => p is AssemblyPart part && part.Assembly == assembly))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            parts.ApplicationParts.Add(part);
        }
    }

    public static void MapOfficerConsole(this WebApplication app)
    {
        // Ahead of authentication: the sign-in page needs its style too. "no-cache" revalidates (a 304 by ETag), so a
        // deployment's new style shows at once.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(OfficerConsoleExtensions).Assembly, "ManaMitra.OfficerConsole.Styles"),
            RequestPath = StylesPath,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
    }
}
