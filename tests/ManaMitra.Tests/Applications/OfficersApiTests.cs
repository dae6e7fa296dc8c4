using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Applications;

/// <summary>
/// The officers' API over HTTP on the real app, as <c>../shared/DESIGN.md</c> fixes it: a department system lists its
/// queue and decides; a missing or unknown key is 401, another department's key 403, a bad body 400, an unknown
/// reference 404, a second decision 409 — each a problem+json answer that leaves the application as it was.
/// </summary>
public sealed class OfficersApiTests(OfficersApiTests.Frontend frontend) : IClassFixture<OfficersApiTests.Frontend>
{
    private const string RevenueKey = "revenue-system-key";
    private const string EnergyKey = "energy-system-key";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    private static int _citizens;

    [Fact]
    public async Task The_pending_list_holds_a_new_application_with_its_due_date()
    {
        var reference = await Submit();

        var list = await Send(HttpMethod.Get, "/api/officers/applications?department=revenue&status=pending", RevenueKey);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var lines = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applications").EnumerateArray().ToList();
        var line = Assert.Single(lines, l => l.GetProperty("reference").GetString() == reference);
        Assert.Equal("revenue", line.GetProperty("department").GetString());
        Assert.Equal("occupancy-rights-certificate", line.GetProperty("service").GetString());
        Assert.Equal("under-review", line.GetProperty("status").GetString());
        Assert.True(line.GetProperty("dueBy").GetDateTimeOffset() > line.GetProperty("submittedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_decided_application_leaves_the_pending_list_for_the_decided_one()
    {
        var reference = await Submit();

        var decided = await Decide(reference, RevenueKey, """{"decision":"reject","note":"Survey number is not assigned land."}""");
        var pending = await References("pending");
        var done = await References("decided");

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.DoesNotContain(reference, pending);
        Assert.Contains(reference, done);
        var view = (await Application(reference).View())!;
        Assert.Equal(ApplicationStage.Rejected, view.Stage);
        Assert.Equal("Survey number is not assigned land.", view.History[^1].Note);
        Assert.Contains("revenue", view.History[^1].By, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_issues_and_a_second_decision_is_a_conflict()
    {
        var reference = await Submit();

        var approved = await Decide(reference, RevenueKey, """{"decision":"approve"}""");
        var again = await Decide(reference, RevenueKey, """{"decision":"reject","note":"Changed my mind."}""");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Equal(ApplicationStage.Approved, (await Application(reference).View())!.Stage);
    }

    [Fact]
    public async Task An_appeal_is_pending_as_under_appeal_and_cannot_be_returned_or_decided_by_the_system_that_rejected_it()
    {
        var (reference, citizen) = await Submitted();
        await Decide(reference, RevenueKey, """{"decision":"reject","note":"Survey number is not assigned land."}""");
        Assert.Equal(CitizenReplyResult.Done, await Application(reference).Appeal(new CitizenReply(citizen, "The land was assigned in 1998.")));

        var line = (await Lines("pending")).Single(l => l.GetProperty("reference").GetString() == reference);
        var returned = await Decide(reference, RevenueKey, """{"decision":"return","note":"Attach the 1998 order."}""");
        var sameSystem = await Decide(reference, RevenueKey, """{"decision":"approve"}""");

        Assert.Equal("under-appeal", line.GetProperty("status").GetString());
        await AssertProblem(returned, HttpStatusCode.Conflict);
        await AssertProblem(sameSystem, HttpStatusCode.Conflict);
        Assert.Equal(ApplicationStage.UnderAppeal, (await Application(reference).View())!.Stage);
    }

    [Fact]
    public async Task An_appeal_of_an_officials_rejection_is_decided_through_the_API_and_attributed_to_the_department_system()
    {
        var (reference, citizen) = await Submitted();
        await Application(reference).Decide(new OfficerDecision(Verdict.Rejected, "Survey number is not assigned land.", "tahsildar.vijayawada"));
        await Application(reference).Appeal(new CitizenReply(citizen, "The land was assigned in 1998."));

        var approved = await Decide(reference, RevenueKey, """{"decision":"approve"}""");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var view = (await Application(reference).View())!;
        Assert.Equal(ApplicationStage.Approved, view.Stage);
        Assert.Contains("revenue", view.History[^1].By, StringComparison.Ordinal);
        Assert.Contains(reference, await References("decided"));
    }

    public static TheoryData<string?, HttpStatusCode> Keys => new()
    {
        { null, HttpStatusCode.Unauthorized },
        { "not-a-key", HttpStatusCode.Unauthorized },
        { EnergyKey, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Deciding_without_the_departments_key_changes_nothing(string? key, HttpStatusCode expected)
    {
        var reference = await Submit();

        var response = await Decide(reference, key, """{"decision":"approve"}""");

        await AssertProblem(response, expected);
        Assert.Equal(ApplicationStage.UnderReview, (await Application(reference).View())!.Stage);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Listing_without_the_departments_key_is_refused(string? key, HttpStatusCode expected)
    {
        var response = await Send(HttpMethod.Get, "/api/officers/applications?department=revenue&status=all", key);

        await AssertProblem(response, expected);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("""{"decision":"grant"}""")]
    [InlineData("""{"decision":"Approve"}""")]
    [InlineData("""{"note":"no decision"}""")]
    [InlineData("""{"decision":"reject"}""")]
    [InlineData("""{"decision":"return","note":"   "}""")]
    [InlineData("""{"decision":7}""")]
    public async Task A_bad_body_is_a_400_and_changes_nothing(string body)
    {
        var reference = await Submit();

        var response = await Decide(reference, RevenueKey, body);

        await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(ApplicationStage.UnderReview, (await Application(reference).View())!.Stage);
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused()
    {
        var reference = await Submit();
        var note = new string('x', 501);

        var response = await Decide(reference, RevenueKey, JsonSerializer.Serialize(new { decision = "reject", note }));

        await AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_reference_is_a_404()
    {
        var response = await Decide("REV-ORC-2026-999998", RevenueKey, """{"decision":"approve"}""");

        await AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/officers/applications?status=pending")]
    [InlineData("/api/officers/applications?department=nowhere")]
    [InlineData("/api/officers/applications?department=revenue&status=open")]
    public async Task A_bad_query_is_a_400(string path)
    {
        await AssertProblem(await Send(HttpMethod.Get, path, RevenueKey), HttpStatusCode.BadRequest);
    }

    private async Task<string> Submit() => (await Submitted()).Reference;

    private async Task<(string Reference, string Citizen)> Submitted()
    {
        var (department, service) = Catalog.FindService("occupancy-rights-certificate")!.Value;
        var citizen = $"91955{Interlocked.Increment(ref _citizens):D7}";
        var grains = frontend.Running.Services.GetRequiredService<IGrainFactory>();
        var outcome = await grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen));
        Assert.Equal(OutcomeStatus.Submitted, outcome.Status);
        return (outcome.Reference!, citizen);
    }

    private IApplicationGrain Application(string reference) =>
        frontend.Running.Services.GetRequiredService<IGrainFactory>().GetGrain<IApplicationGrain>(reference);

    private async Task<List<string>> References(string status) => [.. (await Lines(status)).Select(l => l.GetProperty("reference").GetString()!)];

    private async Task<List<JsonElement>> Lines(string status)
    {
        var list = await Send(HttpMethod.Get, $"/api/officers/applications?department=revenue&status={status}", RevenueKey);
        return [.. (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applications").EnumerateArray()];
    }

    private Task<HttpResponseMessage> Decide(string reference, string? key, string body) =>
        Send(HttpMethod.Post, $"/api/officers/applications/{reference}/decision", key, new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await frontend.Running.Http.SendAsync(request);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    /// <summary>One app for the class, with the revenue and energy departments' systems given keys.</summary>
    public sealed class Frontend : IAsyncLifetime
    {
        private RunningFrontend? _running;

        public RunningFrontend Running => _running ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync() => _running = await RunningFrontend.StartAsync(new Dictionary<string, string>
        {
            ["ManaMitra:Officers:ApiKeys:revenue"] = RevenueKey,
            ["ManaMitra:Officers:ApiKeys:energy"] = EnergyKey,
        });

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }
}
