using System.Net;
using ManaMitra.Interfaces.Applications;

namespace ManaMitra.Tests.Access;

/// <summary>
/// No record, no read: while the access log cannot be written, an officer's page is refused, and a department
/// system's read answers 503 problem+json; neither shows the record unlogged.
/// </summary>
public sealed class AccessLogOutageTests : IAsyncLifetime
{
    private readonly AccessAuditSite _site = new();

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Without_the_database_reads_are_refused_and_shown_again_once_it_is_back()
    {
        var officer = await _site.CreateOfficer();
        var application = await _site.SubmitTradeLicence();
        var grievance = await _site.LodgeStreetLightComplaint();
        using var api = new HttpClient { BaseAddress = _site.Frontend.Http.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", AccessAuditSite.MunicipalKey);
        var applicant = (await _site.Grains.GetGrain<IApplicationGrain>(application).View())!.Submission.ApplicantName;
        using var client = await _site.SignIn(officer);
        // The application's grain is active, holding its state: only the log's write needs the database below.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/officers/application/{application}")).StatusCode);

        await _site.StopDatabaseAsync();
        var refused = await client.GetAsync($"/officers/application/{application}");
        var refusedApi = await api.GetAsync($"/api/officers/grievances/{grievance}");
        await _site.StartDatabaseAgainAsync();
        var again = await client.GetAsync($"/officers/application/{application}");

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.DoesNotContain(applicant, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedApi.StatusCode);
        Assert.Equal("application/problem+json", refusedApi.Content.Headers.ContentType?.MediaType);
        var problem = await refusedApi.Content.ReadAsStringAsync();
        Assert.Contains("Access log unavailable", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("\"details\"", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(applicant, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
