using System.Net;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Officers;
using ManaMitra.OfficerConsole.Accounts;
using ManaMitra.Persistence;
using ManaMitra.Testing;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Observability;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Access;

/// <summary>
/// The real frontend in Production mode hosting a silo of a cluster on its own PostgreSQL database, as production runs
/// one: the console's pages and the officers' API write the access log's real table. A state administrator, two
/// municipal department system's key; each test makes the officers it audits, so that no test sees another's reads.
/// </summary>
public sealed class AccessAuditSite : IAsyncLifetime
{
    public const string AdminUser = "state-admin";
    public const string AdminPassword = "admin passphrase for tests";
    public const string Password = "officer passphrase for tests";
    public const string Governorpet = "ntr/vijayawada/governorpet";
    public const string Municipal = "municipal-administration";
    public const string MunicipalKey = "municipal-department-system-key";

    private static int _citizens;
    private static int _officers;

    private ThrowawayPostgres? _postgres;
    private RunningFrontend? _frontend;

    public string ConnectionString { get; private set; } = "";

    public RunningFrontend Frontend => _frontend ?? throw new InvalidOperationException("not started");

    public IGrainFactory Grains => Frontend.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        _postgres = await ThrowawayPostgres.StartAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync();
        await SchemaMigrator.MigrateAsync(ConnectionString, CancellationToken.None);
        _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["contentRoot"] = FrontendSource.Directory(),
            ["ConnectionStrings:ManaMitra"] = ConnectionString,
            ["ManaMitra:Frontend:HostsSilo"] = "true",
            ["Orleans:ClusterId"] = $"access-{Guid.NewGuid():N}",
            ["ManaMitra:Officers:Admin:User"] = AdminUser,
            ["ManaMitra:Officers:Admin:Password"] = AdminPassword,
            ["ManaMitra:Officers:SignInsPerMinute"] = "10000",
            [$"ManaMitra:Officers:ApiKeys:{Municipal}"] = MunicipalKey,
        });
    }

    /// <summary>A browser-like client (cookies, no redirects followed) signed in as <paramref name="user"/>.</summary>
    public async Task<HttpClient> SignIn(string user, string password = Password)
    {
        var client = FormPosts.Client(Frontend);
        var token = await FormPosts.Token(client, "/officers/login");
        var signedIn = await client.PostAsync("/officers/login", FormPosts.Form(("userName", user), ("password", password), (FormPosts.TokenField, token)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>A trade licence (municipal, no fee) as a citizen's chat submits it; it waits for an officer.</summary>
    public async Task<string> SubmitTradeLicence()
    {
        var (department, service) = Catalog.FindService("trade-licence")!.Value;
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, NextCitizen()));
        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        return outcome.Reference!;
    }

    /// <summary>A street-light complaint from Vijayawada railway station (Governorpet ward), with the sample photo.</summary>
    public async Task<string> LodgeStreetLightComplaint()
    {
        var (department, service) = Catalog.FindService("streetlight-complaint")!.Value;
        var citizen = NextCitizen();
        var answers = SampleAnswers.For(service, citizen);
        answers["location"] = "16.517800,80.619700";
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen, answers: answers));
        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        return outcome.Reference!;
    }

    /// <summary>A municipal officer of this test's own, posted at <paramref name="office"/>; returns the user name.</summary>
    public async Task<string> CreateOfficer(string office = Governorpet)
    {
        var user = $"ward.officer.{Interlocked.Increment(ref _officers)}";
        using var scope = Frontend.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerUser>>();
        var created = await users.CreateAsync(
            new OfficerUser { UserName = user, DisplayName = "Test Officer", Role = OfficerRole.Officer, DepartmentId = Municipal, OfficeId = office, CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow },
            Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>PostgreSQL goes away as in an outage: open connections cut, nothing lost.</summary>
    public Task StopDatabaseAsync() => _postgres!.StopAsync();

    public Task StartDatabaseAgainAsync() => _postgres!.StartAgainAsync();

    public async Task DisposeAsync()
    {
        if (_frontend is not null)
        {
            await _frontend.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private ServiceCatalog Catalog => Frontend.Services.GetRequiredService<ServiceCatalog>();

    private static string NextCitizen() => $"91955{Interlocked.Increment(ref _citizens):D7}";
}
