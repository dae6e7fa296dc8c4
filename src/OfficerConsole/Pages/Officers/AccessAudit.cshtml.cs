using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Officers;
using ManaMitra.Languages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace ManaMitra.OfficerConsole.Pages.Officers;

/// <summary>
/// The administrator's breach audit (docs/BREACH.md): an officer or a department's key, a range of time, and whose
/// records it read or acted on — the table, and the same as CSV — as the <c>audit-access</c> silo command lists them.
/// Posted forms (antiforgery) rather than a link: what is being audited stays out of addresses and browser history.
/// </summary>
public sealed class AccessAuditModel(ServiceCatalog catalog, IGrainFactory grains, IConfiguration configuration, TimeProvider time) : ConsolePage(catalog)
{
    /// <summary>The most groups a page or a download carries; beyond it the page says to narrow the range or run the command.</summary>
    public const int Limit = 5000;

    [BindProperty]
    public string? Actor { get; set; }

    /// <summary>India's time, as a <c>datetime-local</c> field sends it.</summary>
    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    /// <summary>The officers and keys the account field suggests; any other actor can be typed.</summary>
    public IReadOnlyList<string> Actors { get; private set; } = [];

    public AccessAudit? Audit { get; private set; }

    public LocalizedText? Error { get; private set; }

    public async Task OnGetAsync()
    {
        // The field holds minutes: the next one, so that the range takes in everything up to now.
        var now = time.GetUtcNow().AddMinutes(1);
        To = LocalInput(now);
        From = LocalInput(now.AddDays(-7));
        await LoadActors();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Run();
        return Page();
    }

    public async Task<IActionResult> OnPostCsvAsync()
    {
        if (await Run() is not { Truncated: false } audit)
        {
            return Page();
        }

        var csv = new StringBuilder().Append(AccessAuditCsv.Header).Append("\r\n");
        foreach (var touch in audit.Touches)
        {
            csv.Append(AccessAuditCsv.Line(touch)).Append("\r\n");
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"access-{FileSafe(Actor!)}-{From}-{To}.csv".Replace(':', '-'));
    }

    private async Task<AccessAudit?> Run()
    {
        await LoadActors();
        var from = FromLocalInput(From);
        var to = FromLocalInput(To);
        if (string.IsNullOrWhiteSpace(Actor) || from is null || to is null || from >= to)
        {
            Error = Text.AuditRangeInvalid;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        Actor = Actor.Trim();
        Audit = await grains.GetGrain<IAccessLogGrain>(0).Audit(new AccessQuery(Actor, from.Value, to.Value), Limit);
        return Audit;
    }

    // The officers on the roster, then every key configured for a department, then the officials' key.
    private async Task LoadActors()
    {
        var officers = await grains.GetGrain<IOfficerRosterGrain>(IOfficerRosterGrain.Key).List();
        Actors =
        [
            .. officers.Where(o => o.Role != OfficerRole.Administrator).Select(o => o.UserName),
            .. configuration.GetSection(OfficerConsoleExtensions.ApiKeysSection).GetChildren().Select(k => AccessActor.ApiKey(k.Key)),
            AccessActor.ApiKey(AccessActor.OfficialsKeyOwner),
        ];
    }

    private static string FileSafe(string actor) => new([.. actor.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]);
}
