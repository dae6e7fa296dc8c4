using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ManaMitra.Interfaces.Access;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Officers;
using ManaMitra.OfficerConsole.Accounts;
using ManaMitra.OfficerConsole.Pages;
using ManaMitra.Persistence.Access;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Access;

/// <summary>
/// The access log end to end on a real PostgreSQL (docs/BREACH.md): an officer opening an application and a grievance
/// and downloading its photo leaves one row each; <c>audit-access</c>, run as an operator runs it, and the
/// administrator's console page list exactly those for that officer in the range — nothing of another officer, nothing
/// from before it; a department system's reads are logged under its key; and a read that cannot be logged is refused.
/// </summary>
public sealed partial class AccessAuditTests(AccessAuditSite site) : IClassFixture<AccessAuditSite>
{
    [Fact]
    public async Task An_officers_reads_leave_rows_and_audit_access_lists_exactly_them_in_the_range()
    {
        var (officer, expected, start, end) = await OfficerReadsAsync();

        var (code, output) = await AuditAccessAsync("--actor", officer, "--from", Iso(start), "--to", Iso(end));

        Assert.True(code == 0, output);
        Assert.Equal(expected, Rows(output).Select(r => r[..5]).Order(Comparer));
        Assert.All(Rows(output), r => Assert.Equal("127.0.0.1", r[7]));
        Assert.Contains($"audit-access: {officer} touched 2 record(s) of 2 citizen(s), 3 time(s)", output, StringComparison.Ordinal);

        var (jsonCode, json) = await AuditAccessAsync("--actor", officer, "--from", Iso(start), "--to", Iso(end), "--format", "json");
        var touches = JsonDocument.Parse(string.Join('\n', Stdout(json))).RootElement.GetProperty("touches");
        Assert.True(jsonCode == 0, json);
        Assert.Equal(expected.Select(e => e[2]).Order(), touches.EnumerateArray().Select(t => t.GetProperty("kind").GetString()!).Order());
    }

    [Fact]
    public async Task The_administrator_sees_the_same_on_the_console_and_downloads_it_as_the_commands_csv()
    {
        var (officer, expected, start, end) = await OfficerReadsAsync();
        using var admin = await site.SignIn(AccessAuditSite.AdminUser, AccessAuditSite.AdminPassword);
        var token = await FormPosts.Token(admin, "/officers/access-audit");
        (string, string)[] form =
        [
            ("actor", officer), ("from", ConsolePage.LocalInput(start.AddMinutes(-1))), ("to", ConsolePage.LocalInput(end.AddMinutes(2))), (FormPosts.TokenField, token),
        ];

        var page = await admin.PostAsync("/officers/access-audit", FormPosts.Form(form));
        var csv = await admin.PostAsync("/officers/access-audit?handler=Csv", FormPosts.Form(form));
        var forged = await admin.PostAsync("/officers/access-audit", FormPosts.Form(form[..3]));
        var (_, command) = await AuditAccessAsync("--actor", officer, "--from", Iso(start.AddMinutes(-1)), "--to", Iso(end.AddMinutes(2)));

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(expected.Select(e => (e[1], e[2])).Order(), TableRow().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).Order());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CsvLines(command), (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task The_page_is_the_administrators_alone()
    {
        using var officer = await site.SignIn(await site.CreateOfficer());

        var page = await officer.GetAsync("/officers/access-audit");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/officers/dashboard", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_department_systems_reads_are_logged_under_its_key_and_fingerprint()
    {
        var grievance = await site.LodgeStreetLightComplaint();
        var start = DateTimeOffset.UtcNow;
        using var api = new HttpClient { BaseAddress = site.Frontend.Http.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", AccessAuditSite.MunicipalKey);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/officers/grievances/{grievance}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/officers/grievances/{grievance}/evidence/0")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/officers/grievances?department={AccessAuditSite.Municipal}")).StatusCode);

        var touches = await Store.TouchedAsync(new AccessQuery($"apikey:{AccessAuditSite.Municipal}", start, DateTimeOffset.UtcNow.AddSeconds(1))).ToListAsync();
        var citizen = (await site.Grains.GetGrain<IGrievanceGrain>(grievance).View())!.Submission.CitizenId;
        Assert.Equal(
            [(citizen, grievance, "evidence.downloaded", AccessActor.Fingerprint(AccessAuditSite.MunicipalKey)), (citizen, grievance, "grievance.viewed", AccessActor.Fingerprint(AccessAuditSite.MunicipalKey))],
            touches.Select(t => (t.CitizenKey, t.Reference, t.Kind, t.KeyFingerprint)));
    }

    [Fact]
    public async Task A_suspended_officer_cannot_sign_in_and_their_sessions_stamp_is_replaced_until_restored()
    {
        var officer = await site.CreateOfficer();
        var stamp = await StampAsync(officer);
        using var admin = await site.SignIn(AccessAuditSite.AdminUser, AccessAuditSite.AdminPassword);

        var suspended = await admin.PostAsync("/officers/accounts?handler=suspend",
            FormPosts.Form(("accountUser", officer), (FormPosts.TokenField, await FormPosts.Token(admin, "/officers/accounts"))));
        var refused = await SignInAttemptAsync(officer);
        var suspendedStamp = await StampAsync(officer);
        var restored = await admin.PostAsync("/officers/accounts?handler=restore",
            FormPosts.Form(("accountUser", officer), (FormPosts.TokenField, await FormPosts.Token(admin, "/officers/accounts"))));
        var admitted = await SignInAttemptAsync(officer);

        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Matches($"<td>{Regex.Escape(officer)}</td>.*?<td class=\"sign-in\">\\s*Suspended", await suspended.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This account is locked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Open sessions are checked against the stamp (every SessionCheck) and end when it no longer matches.
        Assert.NotEqual(stamp, suspendedStamp);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
    }

    [Fact]
    public async Task Wrong_arguments_exit_1_and_no_database_exits_2()
    {
        var (noRange, usage) = await AuditAccessAsync("--actor", "someone", "--from", "2026-03-14T00:00:00Z");
        var (backwards, _) = await AuditAccessAsync("--actor", "someone", "--from", "2026-03-14T00:00:00Z", "--to", "2026-03-13T00:00:00Z");
        await using var unconfigured = Testing.HostProcess.Start("audit-access", HostAssemblies.Silo, new Dictionary<string, string>(),
            "audit-access", "--actor", "someone", "--from", "2026-03-13T00:00:00Z", "--to", "2026-03-14T00:00:00Z");
        var noDatabase = await unconfigured.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(noRange == 1, usage);
        Assert.Contains("usage: audit-access --actor", usage, StringComparison.Ordinal);
        Assert.Equal(1, backwards);
        Assert.True(noDatabase == 2, unconfigured.Output);
        Assert.Contains("ConnectionStrings__ManaMitra is not set", unconfigured.Output, StringComparison.Ordinal);
    }

    private async Task<string?> StampAsync(string officer) =>
        (await site.Grains.GetGrain<IOfficerAccountGrain>(OfficerUser.Normalize(officer)).Get())?.SecurityStamp;

    private async Task<HttpResponseMessage> SignInAttemptAsync(string officer)
    {
        using var client = FormPosts.Client(site.Frontend);
        var token = await FormPosts.Token(client, "/officers/login");
        return await client.PostAsync("/officers/login", FormPosts.Form(("userName", officer), ("password", AccessAuditSite.Password), (FormPosts.TokenField, token)));
    }

    private IAccessLogStore Store => site.Frontend.Services.GetRequiredService<IAccessLogStore>();

    private static IComparer<string[]> Comparer { get; } = Comparer<string[]>.Create((a, b) => string.CompareOrdinal(string.Join('\n', a), string.Join('\n', b)));

    /// <summary>
    /// A new officer opens an application, a grievance and its photo; another officer opens another application; and
    /// the first officer's row from two days ago is there too. Returns what an audit of the first must list:
    /// citizen key, reference, kind, key (none), count.
    /// </summary>
    private async Task<(string Officer, IReadOnlyList<string[]> Expected, DateTimeOffset Start, DateTimeOffset End)> OfficerReadsAsync()
    {
        var officer = await site.CreateOfficer();
        var colleague = await site.CreateOfficer("ntr");
        var application = await site.SubmitTradeLicence();
        var grievance = await site.LodgeStreetLightComplaint();
        var elsewhere = await site.SubmitTradeLicence();
        using var client = await site.SignIn(officer);
        using var other = await site.SignIn(colleague);
        var start = DateTimeOffset.UtcNow;
        await Store.AppendAsync([new AccessRecord(start.AddDays(-2), officer, null, AccessKind.ApplicationViewed, "MUN-EARLIER", "someone", "127.0.0.1")]);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/officers/application/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/officers/grievance/{grievance}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/officers/grievance/{grievance}?handler=Evidence&index=0")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/officers/application/{elsewhere}")).StatusCode);
        var end = DateTimeOffset.UtcNow.AddSeconds(1);

        var applicant = (await site.Grains.GetGrain<IApplicationGrain>(application).View())!.Submission.CitizenId;
        var complainant = (await site.Grains.GetGrain<IGrievanceGrain>(grievance).View())!.Submission.CitizenId;
        string[][] expected =
        [
            [applicant, application, "application.viewed", "", "1"],
            [complainant, grievance, "evidence.downloaded", "", "1"],
            [complainant, grievance, "grievance.viewed", "", "1"],
        ];
        return (officer, expected.Order(Comparer).ToList(), start, end);
    }

    private async Task<(int Code, string Output)> AuditAccessAsync(params string[] arguments)
    {
        await using var command = Testing.HostProcess.Start("audit-access", HostAssemblies.Silo,
            new Dictionary<string, string> { ["ConnectionStrings__ManaMitra"] = site.ConnectionString }, ["audit-access", .. arguments]);
        var code = await command.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (code, command.Output);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    // The command's output is stdout and stderr as they arrived: its summary, on stderr, is the line that names it.
    private static IEnumerable<string> Stdout(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith("audit-access:", StringComparison.Ordinal));

    private static string[] CsvLines(string output) => [.. Stdout(output).SkipWhile(l => l != AccessAuditCsv.Header)];

    private static IEnumerable<string[]> Rows(string output) => CsvLines(output).Skip(1).Select(l => l.Split(','));

    [GeneratedRegex("<tr data-reference=\"([^\"]+)\" data-kind=\"([^\"]+)\">")]
    private static partial Regex TableRow();
}
