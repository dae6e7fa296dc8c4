using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Interfaces.Officers;
using ManaMitra.OfficerConsole.Accounts;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Observability;
using ManaMitra.Tests.Simulator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// The real frontend in Production mode with a configured administrator, a revenue officer, a revenue appellate
/// officer, an energy officer and municipal officers posted at a Vijayawada ward, at NTR district and at a Guntur
/// ward; plus Debian's Chromium to sign them in.
/// </summary>
public sealed class OfficerConsoleSite : IAsyncLifetime
{
    public const string AdminUser = "state-admin";
    public const string AdminPassword = "admin passphrase for tests";
    public const string Password = "officer passphrase for tests";
    public const string RevenueOfficer = "revenue.inspector";
    public const string EnergyOfficer = "energy.engineer";
    public const string RevenueAppellate = "revenue.rdo";
    public const string GovernorpetOfficer = "ward.governorpet";
    public const string NtrOfficer = "district.ntr";
    public const string ArundelpetOfficer = "ward.arundelpet";
    public const string Governorpet = "ntr/vijayawada/governorpet";

    private static int _citizens;
    private static int _officers;

    private RunningFrontend? _frontend;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RunningFrontend Frontend => _frontend ?? throw new InvalidOperationException("not started");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public ServiceCatalog Catalog => Frontend.Services.GetRequiredService<ServiceCatalog>();

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["contentRoot"] = FrontendSource.Directory(),
            ["ManaMitra:Officers:Admin:User"] = AdminUser,
            ["ManaMitra:Officers:Admin:Password"] = AdminPassword,
            // Every test signs in from this one address; the limit itself is SignInLimitTests'.
            ["ManaMitra:Officers:SignInsPerMinute"] = "10000",
        });
        await CreateOfficer(RevenueOfficer, "Lakshmi Devi", "revenue");
        await CreateOfficer(EnergyOfficer, "Suresh Babu", "energy");
        await CreateOfficer(RevenueAppellate, "Padma Rani", "revenue", OfficerRole.Appellate);
        await CreateOfficer(GovernorpetOfficer, "Ravi Kumar", Municipal, office: Governorpet);
        await CreateOfficer(NtrOfficer, "Anitha Reddy", Municipal, office: "ntr");
        await CreateOfficer(ArundelpetOfficer, "Srinivas Rao", Municipal, office: "guntur/guntur/arundelpet");
    }

    /// <summary>A new browser session (its own cookies) signed in as <paramref name="user"/>.</summary>
    public async Task<IPage> SignIn(string user, string password = Password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Frontend.Http.BaseAddress!.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/officers/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button.primary");
        return page;
    }

    /// <summary>An occupancy-rights application (revenue, no fee) as a citizen's chat submits it.</summary>
    public async Task<string> SubmitRevenueApplication()
    {
        var (department, service) = Catalog.FindService("occupancy-rights-certificate")!.Value;
        var citizen = $"91944{Interlocked.Increment(ref _citizens):D7}";
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen));
        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        return outcome.Reference!;
    }

    /// <summary>The applicant appeals a rejection, as the chat's Appeal button records it.</summary>
    public async Task Appeal(string reference, string reason)
    {
        var application = await Application(reference);
        Assert.Equal(CitizenReplyResult.Done, await Grains.GetGrain<IApplicationGrain>(reference).Appeal(new CitizenReply(application.Submission.CitizenId, reason)));
    }

    /// <summary>A form posted as this page's browser would post it, for the tests that forge one.</summary>
    public static IFormData FormData(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        return form;
    }

    /// <summary>A street-light complaint shared from Vijayawada railway station (Governorpet ward), with the sample photo.</summary>
    public async Task<string> LodgeStreetLightComplaint()
    {
        var (department, service) = Catalog.FindService("streetlight-complaint")!.Value;
        var citizen = $"91944{Interlocked.Increment(ref _citizens):D7}";
        var answers = SampleAnswers.For(service, citizen);
        answers["location"] = "16.517800,80.619700";
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen, answers: answers));
        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        return outcome.Reference!;
    }

    /// <summary>Resolved by the department's system, then rated by its citizen from the chat's list.</summary>
    public async Task ResolveAndRate(string reference, int stars)
    {
        var grievance = Grains.GetGrain<IGrievanceGrain>(reference);
        var citizen = (await grievance.View())!.Submission.CitizenId;
        Assert.Equal(GrievanceActResult.Done, await grievance.Act(new GrievanceAction(GrievanceActionKind.Resolve, "Lamp replaced", "test", Municipal)));
        Assert.Equal(GrievanceActResult.Done, await grievance.Rate(citizen, stars));
    }

    public async Task<GrievanceView> Grievance(string reference) => (await Grains.GetGrain<IGrievanceGrain>(reference).View())!;

    public async Task<ApplicationView> Application(string reference) => (await Grains.GetGrain<IApplicationGrain>(reference).View())!;

    public Task<IReadOnlyList<string>> KeyRing() => Grains.GetGrain<IConsoleKeyRingGrain>(IConsoleKeyRingGrain.Key).Keys();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_frontend is not null)
        {
            await _frontend.DisposeAsync();
        }
    }

    private IGrainFactory Grains => Frontend.Services.GetRequiredService<IGrainFactory>();

    /// <summary>A revenue officer of its own, for a test that locks the account.</summary>
    public async Task<string> CreateOfficer(string department)
    {
        var user = $"officer.{Interlocked.Increment(ref _officers)}";
        await CreateOfficer(user, "Test Officer", department);
        return user;
    }

    private const string Municipal = "municipal-administration";

    private async Task CreateOfficer(string user, string name, string department, OfficerRole role = OfficerRole.Officer, string? office = null)
    {
        using var scope = Frontend.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerUser>>();
        var created = await users.CreateAsync(
            new OfficerUser { UserName = user, DisplayName = name, Role = role, DepartmentId = department, OfficeId = office, CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow },
            Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}
