using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Languages;
using ManaMitra.OfficerConsole.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ManaMitra.OfficerConsole.Pages;

/// <summary>
/// What every console page shares: the reader's language (chosen with <c>?lang=</c>, then kept in a cookie), the
/// console's words in it, catalog names, and the signed-in officer.
/// </summary>
public abstract class ConsolePage(ServiceCatalog catalog) : PageModel
{
    private const string LanguageCookie = "ManaMitra.Officers.Language";
    private const string LanguageQuery = "lang";

    // Officials read times in India's time, whatever the server's zone.
    private static readonly TimeSpan IndiaStandardTime = TimeSpan.FromHours(5.5);

    protected ServiceCatalog Catalog => catalog;

    public string Language { get; private set; } = catalog.Texts.FallbackLanguage;

    public ConsoleText Text => catalog.Texts.Console;

    /// <summary>The language the switch in the header offers.</summary>
    public string OtherLanguage => catalog.Texts.Languages.Select(l => l.Code).FirstOrDefault(c => c != Language) ?? Language;

    public SignedInOfficer? Officer => SignedInOfficer.From(User);

    public string T(LocalizedText text) => text.In(Language);

    public string DepartmentName(string? id) => id is not null && catalog.FindDepartment(id) is { } department ? T(department.Name) : id ?? string.Empty;

    public string ServiceName(string id) => catalog.FindService(id) is { } found ? T(found.Service.Name) : id;

    public string StageName(ApplicationStage stage) => T(stage.Name(catalog.Texts.Departments));

    public static string When(DateTimeOffset instant) =>
        instant.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset instant) =>
        instant.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>An instant as a <c>datetime-local</c> field shows it: India's time, to the minute.</summary>
    public static string LocalInput(DateTimeOffset instant) =>
        instant.ToOffset(IndiaStandardTime).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What a <c>datetime-local</c> field sent, read as India's time; null when it is not a time.</summary>
    public static DateTimeOffset? FromLocalInput(string? text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, IndiaStandardTime)
            : null;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var asked = Request.Query[LanguageQuery].ToString();
        if (catalog.Texts.Find(asked) is not null)
        {
            Language = asked;
            Response.Cookies.Append(LanguageCookie, asked, new CookieOptions
            {
                Path = OfficerConsoleExtensions.Path, HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(365),
            });
        }
        else if (catalog.Texts.Find(Request.Cookies[LanguageCookie]) is not null)
        {
            Language = Request.Cookies[LanguageCookie]!;
        }
    }
}
