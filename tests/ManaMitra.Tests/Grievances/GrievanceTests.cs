using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Departments.Handlers;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Grievances;

/// <summary>
/// Grievances on the real app with a compressed SLA day (one second): lodged through the service, queued for the
/// department, warned and escalated up the chain by the reminder when nobody answers, resolved by an official
/// through the officers' API, the citizen told at each step.
/// </summary>
public sealed class GrievanceTests(GrievanceTests.Frontend frontend) : IClassFixture<GrievanceTests.Frontend>
{
    private const string MunicipalKey = "test-municipal-key";
    private const string Municipal = "municipal-administration";

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly Service StreetLight = Catalog.FindService("streetlight-complaint")!.Value.Service;

    private static int _citizens;

    private IGrainFactory Grains => frontend.Running.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task A_street_light_complaint_is_lodged_with_its_department_and_its_clock_running()
    {
        var citizen = NextCitizen();

        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        var grievance = (await Grains.GetGrain<IGrievanceGrain>(outcome.Reference!).View())!;
        Assert.Equal(GrievanceStatus.Open, grievance.Status);
        // The sample answers share a location in Vijayawada: its ward answers first, the department at the state last.
        Assert.StartsWith("ntr/vijayawada/", grievance.Office.Id, StringComparison.Ordinal);
        Assert.Equal(Municipal, grievance.Submission.Chain[^1].Id);
        Assert.Equal(Chats.KeyOf(citizen), grievance.Submission.CitizenId);
        Assert.Contains(grievance.Submission.Details, l => l.Label.En == "Problem");
        Assert.Contains(grievance.Submission.Details, l => l.Value == SampleAnswers.For(StreetLight, citizen)["details"]);
        Assert.Equal(grievance.Submission.LodgedAt + TimeSpan.FromSeconds(StreetLight.SlaDays), grievance.DueBy);
        var listed = await List(Municipal, "all", MunicipalKey);
        Assert.Contains(listed.EnumerateArray(), g => g.GetProperty("reference").GetString() == outcome.Reference);
    }

    [Fact]
    public async Task A_complaint_shared_from_inside_a_ward_reaches_that_ward_and_escalates_through_its_city_and_district()
    {
        var citizen = NextCitizen();
        var answers = SampleAnswers.For(StreetLight, citizen);
        // Governorpet, Vijayawada (the sandbox's ward boundary), as the form keeps a shared location: latitude,longitude.
        answers["location"] = "16.512000,80.625000";

        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen, answers: answers));

        var grievance = (await Grains.GetGrain<IGrievanceGrain>(outcome.Reference!).View())!;
        Assert.Equal(["ntr/vijayawada/governorpet", "ntr/vijayawada", "ntr", Municipal], grievance.Submission.Chain.Select(o => o.Id));
        Assert.Contains(outcome.Fields, f => f.Label.En == "Office" && f.Value.StartsWith("Governorpet Ward Secretariat", StringComparison.Ordinal));
        var listed = await List(Municipal, "open", MunicipalKey);
        Assert.Contains(listed.EnumerateArray(), g => g.GetProperty("reference").GetString() == outcome.Reference && g.GetProperty("office").GetString() == "ntr/vijayawada/governorpet");
    }

    [Fact]
    public async Task A_PIN_typed_for_the_location_reaches_the_office_serving_it()
    {
        var citizen = NextCitizen();
        var answers = SampleAnswers.For(StreetLight, citizen);
        answers["location"] = "522002";

        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen, answers: answers));

        var grievance = (await Grains.GetGrain<IGrievanceGrain>(outcome.Reference!).View())!;
        Assert.Equal(["guntur/guntur/arundelpet", "guntur/guntur", "guntur", Municipal], grievance.Submission.Chain.Select(o => o.Id));
    }

    [Fact]
    public async Task The_general_grievance_form_hands_it_to_the_department_the_citizen_chose()
    {
        var citizen = NextCitizen();
        var (cell, general) = Catalog.FindService("raise-grievance")!.Value;
        var answers = SampleAnswers.For(general, citizen);
        answers[RaiseGrievanceHandler.DepartmentInput] = "revenue";

        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(cell.Id).Run(SampleAnswers.RequestFrom(general, citizen, answers: answers));

        var grievance = (await Grains.GetGrain<IGrievanceGrain>(outcome.Reference!).View())!;
        Assert.Equal("revenue", grievance.Submission.DepartmentId);
        Assert.Equal("revenue", grievance.Submission.Chain[^1].Id);
        var listed = await List("revenue", "all", "test-revenue-key");
        Assert.Contains(listed.EnumerateArray(), g => g.GetProperty("reference").GetString() == outcome.Reference);
    }

    [Fact]
    public async Task Unanswered_it_is_warned_then_escalated_up_the_chain_and_the_citizen_is_told()
    {
        var citizen = NextCitizen();
        await frontend.Chat.Greets(citizen);
        var reference = $"GRV-TEST-{Interlocked.Increment(ref _citizens):D6}";
        var grain = Grains.GetGrain<IGrievanceGrain>(reference);
        var before = await Scrape();

        await grain.Lodge(Submission(reference, Chats.KeyOf(citizen), slaDays: 2, "ward-12", "vijayawada-urban", "ntr"));

        var atDistrict = await Eventually.Until(() => grain.View(), v => v!.Level == 2, TimeSpan.FromSeconds(30));
        Assert.Equal("ntr", atDistrict!.Office.Id);
        var kinds = atDistrict.History.Select(s => (s.Kind, s.OfficeId)).ToList();
        Assert.Contains((GrievanceStepKind.Warned, "ward-12"), kinds);
        Assert.Contains((GrievanceStepKind.Escalated, "vijayawada-urban"), kinds);
        Assert.Contains((GrievanceStepKind.Escalated, "ntr"), kinds);
        var told = await Eventually.Until(() => frontend.Chat.Sent(citizen), s => s.Count(m => m.Contains("was not answered in time", StringComparison.Ordinal)) == 2);
        Assert.Contains(told, m => m.Contains("It is now with NTR district", StringComparison.Ordinal));
        var escalated = await List(Municipal, "escalated", MunicipalKey);
        Assert.Contains(escalated.EnumerateArray(), g => g.GetProperty("reference").GetString() == reference && g.GetProperty("level").GetInt32() == 2);
        var after = await Scrape();
        double Delta(string name, params (string, string)[] labels) => after.Value(name, [("department", Municipal), .. labels]) - before.Value(name, [("department", Municipal), .. labels]);
        Assert.True(Delta("manamitra_grievances_total", ("event", "escalated")) >= 2);
        Assert.True(Delta("manamitra_grievances_total", ("event", "warned")) >= 1);
        Assert.True(Delta("manamitra_grievances_total", ("event", "lodged")) >= 1);
        Assert.True(Delta("manamitra_grievance_reminder_lag_seconds_count") >= 3);
    }

    private async Task<ManaMitra.Tests.Observability.PrometheusText> Scrape()
    {
        var response = await frontend.Running.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ManaMitra.Tests.Observability.PrometheusText(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_official_comments_and_resolves_through_the_api_and_the_citizen_hears_the_note()
    {
        var citizen = NextCitizen();
        await frontend.Chat.Greets(citizen);
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen));
        var reference = outcome.Reference!;

        var comment = await Post(reference, """{"action":"comment","note":"Lineman assigned"}""", MunicipalKey);
        var resolve = await Post(reference, """{"action":"resolve","note":"Lamp replaced on pole 14"}""", MunicipalKey);
        var again = await Post(reference, """{"action":"resolve","note":"twice"}""", MunicipalKey);

        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        Assert.Equal("resolved", (await resolve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertProblem(again, HttpStatusCode.Conflict);
        var view = (await Grains.GetGrain<IGrievanceGrain>(reference).View())!;
        Assert.Equal([GrievanceStepKind.Lodged, GrievanceStepKind.Comment, GrievanceStepKind.Resolved], view.History.Select(s => s.Kind));
        Assert.Contains(await Eventually.Until(() => frontend.Chat.Sent(citizen), s => s.Any(m => m.Contains("is resolved", StringComparison.Ordinal))),
            m => m.Contains("Lamp replaced on pole 14", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_grievance_routed_to_the_wrong_ward_is_transferred_to_another_district_and_escalates_through_its_chain()
    {
        var citizen = NextCitizen();
        await frontend.Chat.Greets(citizen);
        var answers = SampleAnswers.For(StreetLight, citizen);
        answers["location"] = "16.512000,80.625000";
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen, answers: answers));
        var reference = outcome.Reference!;

        var moved = await Post(reference, """{"action":"transfer","note":"The pole is in Guntur","office":"guntur/guntur/arundelpet"}""", MunicipalKey);
        // Read at once: with a one-second SLA day the new office's two days run out soon after.
        var view = (await Grains.GetGrain<IGrievanceGrain>(reference).View())!;
        var again = await Post(reference, """{"action":"transfer","note":"twice","office":"guntur/guntur/arundelpet"}""", MunicipalKey);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("guntur/guntur/arundelpet", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("office").GetString());
        await AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Equal(["guntur/guntur/arundelpet", "guntur/guntur", "guntur", Municipal], view.Submission.Chain.Select(o => o.Id));
        Assert.Equal(0, view.Level);
        var step = view.History.Single(s => s.Kind == GrievanceStepKind.Transferred);
        Assert.Equal("guntur/guntur/arundelpet", step.OfficeId);
        Assert.Equal("ntr/vijayawada/governorpet: The pole is in Guntur", step.Note);
        Assert.Contains(await Eventually.Until(() => frontend.Chat.Sent(citizen), s => s.Any(m => m.Contains("was sent to", StringComparison.Ordinal))),
            m => m.Contains("Arundelpet Ward Secretariat", StringComparison.Ordinal));
        var inGuntur = await Frontend.Get(frontend, $"/api/officers/grievances?department={Municipal}&status=open&office=guntur", MunicipalKey);
        var inNtr = await Frontend.Get(frontend, $"/api/officers/grievances?department={Municipal}&status=open&office=ntr", MunicipalKey);
        Assert.Contains((await inGuntur.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grievances").EnumerateArray(), g => g.GetProperty("reference").GetString() == reference);
        Assert.DoesNotContain((await inNtr.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grievances").EnumerateArray(), g => g.GetProperty("reference").GetString() == reference);
    }

    [Fact]
    public async Task An_officials_question_reaches_the_citizen_whose_answer_comes_back_to_the_grievance()
    {
        var citizen = NextCitizen();
        await frontend.Chat.Greets(citizen);
        var reference = $"GRV-TEST-{Interlocked.Increment(ref _citizens):D6}";
        var grain = Grains.GetGrain<IGrievanceGrain>(reference);
        await grain.Lodge(Submission(reference, Chats.KeyOf(citizen), slaDays: 30, "ward-12", "vijayawada-urban"));

        var asked = await Post(reference, """{"action":"ask","note":"Which pole number is it?"}""", MunicipalKey);
        var question = await Eventually.Until(() => frontend.Chat.Sent(citizen), s => s.Any(m => m.Contains("Which pole number is it?", StringComparison.Ordinal)));
        var tracked = await Track(citizen, reference);
        var stranger = NextCitizen();
        await frontend.Chat.Greets(stranger);
        await frontend.Chat.Says(stranger, replyId: ChoiceIds.AnswerGrievance(reference));
        await frontend.Chat.Says(stranger, text: "Pole 99");
        await frontend.Chat.Says(citizen, replyId: ChoiceIds.AnswerGrievance(reference));
        await frontend.Chat.Says(citizen, text: "Pole 14, opposite the temple");
        await frontend.Chat.Says(citizen, replyId: ChoiceIds.AnswerGrievance(reference));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains(question, m => m.Contains(ChoiceIds.AnswerGrievance(reference), StringComparison.Ordinal));
        Assert.True(tracked.GrievanceQuestion);
        Assert.Contains("Which pole number is it?", tracked.Message.En, StringComparison.Ordinal);
        Assert.Contains(await frontend.Chat.Sent(stranger), m => m.Contains($"could not find {reference}", StringComparison.OrdinalIgnoreCase));
        var sent = await frontend.Chat.Sent(citizen);
        Assert.Contains(sent, m => m.Contains("Type your answer in one message", StringComparison.Ordinal));
        Assert.Contains(sent, m => m.Contains($"your answer is added to grievance {reference}", StringComparison.Ordinal));
        Assert.Contains(sent, m => m.Contains($"No question is waiting for your answer on grievance {reference}", StringComparison.Ordinal));
        var view = (await grain.View())!;
        Assert.Null(view.Question);
        Assert.Equal([GrievanceStepKind.Lodged, GrievanceStepKind.Asked, GrievanceStepKind.Answered], view.History.Select(s => s.Kind));
        Assert.Equal(("citizen", "Pole 14, opposite the temple"), (view.History[^1].By, view.History[^1].Note));
        var detail = await Frontend.Get(frontend, $"/api/officers/grievances/{reference}", MunicipalKey);
        var history = (await detail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("answered", history[^1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Where_is_my_grievance_answers_its_owner_by_number_however_typed_and_nobody_else()
    {
        var citizen = NextCitizen();
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen));
        var typed = outcome.Reference!.ToLowerInvariant().Replace('-', ' ');

        var open = await Track(citizen, typed);
        await Post(outcome.Reference!, """{"action":"resolve","note":"Lamp replaced"}""", MunicipalKey);
        var resolved = await Track(citizen, outcome.Reference!);
        var stranger = await Track(NextCitizen(), outcome.Reference!);

        var office = (await Grains.GetGrain<IGrievanceGrain>(outcome.Reference!).View())!.Office.Name.En;
        Assert.Contains($"with {office}, to be answered by", open.Message.En, StringComparison.Ordinal);
        Assert.Contains(open.Fields, f => f.Label.En == "Problem");
        Assert.Contains(": Lamp replaced", resolved.Message.En, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Declined, stranger.Status);
    }

    [Fact]
    public async Task A_resolution_asks_for_a_rating_and_a_reopen_goes_one_office_up_only_for_its_own_citizen()
    {
        var citizen = NextCitizen();
        await frontend.Chat.Greets(citizen);
        var reference = $"GRV-TEST-{Interlocked.Increment(ref _citizens):D6}";
        var grain = Grains.GetGrain<IGrievanceGrain>(reference);
        await grain.Lodge(Submission(reference, Chats.KeyOf(citizen), slaDays: 30, "ward-12", "vijayawada-urban"));
        Assert.Equal(HttpStatusCode.OK, (await Post(reference, """{"action":"resolve","note":"Lamp replaced"}""", MunicipalKey)).StatusCode);
        await Eventually.Until(() => frontend.Chat.Sent(citizen), s => s.Any(m => m.Contains($"reopen:{reference}", StringComparison.Ordinal)));

        await frontend.Chat.Says(citizen, replyId: $"rate:{reference}:4");
        var rated = (await grain.View())!.Rating;
        var stranger = NextCitizen();
        await frontend.Chat.Greets(stranger);
        await frontend.Chat.Says(stranger, replyId: $"reopen:{reference}");
        var afterStranger = (await grain.View())!.Status;
        await frontend.Chat.Says(citizen, replyId: $"reopen:{reference}");

        Assert.Equal(4, rated);
        Assert.Equal(GrievanceStatus.Resolved, afterStranger);
        Assert.Contains(await frontend.Chat.Sent(stranger), m => m.Contains($"could not find {reference}", StringComparison.OrdinalIgnoreCase));
        var reopened = (await grain.View())!;
        Assert.Equal(GrievanceStatus.Open, reopened.Status);
        Assert.Equal("vijayawada-urban", reopened.Office.Id);
        Assert.Equal(GrievanceStepKind.Reopened, reopened.History[^1].Kind);
        var sent = await frontend.Chat.Sent(citizen);
        Assert.Contains(sent, m => m.Contains("rating of 4 out of 5", StringComparison.Ordinal));
        Assert.Contains(sent, m => m.Contains("is open again and now with vijayawada-urban", StringComparison.Ordinal));
        await frontend.Chat.Says(citizen, replyId: $"rate:{reference}:5");
        Assert.Contains(await frontend.Chat.Sent(citizen), m => m.Contains("is not resolved yet", StringComparison.Ordinal));
    }

    private Task<ServiceOutcome> Track(string citizen, string typed)
    {
        var (department, tracker) = Catalog.FindService("grievance-status")!.Value;
        return Grains.GetGrain<IDepartmentServiceGrain>(department.Id)
            .Run(SampleAnswers.RequestFrom(tracker, citizen, answers: new Dictionary<string, string> { ["grievance-number"] = typed }));
    }

    [Fact]
    public async Task Bad_keys_bodies_and_actions_are_refused_and_change_nothing()
    {
        var citizen = NextCitizen();
        var outcome = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, citizen));
        var reference = outcome.Reference!;

        await AssertProblem(await Post(reference, """{"action":"resolve","note":"x"}""", key: null), HttpStatusCode.Unauthorized);
        await AssertProblem(await Post(reference, """{"action":"resolve","note":"x"}""", "test-revenue-key"), HttpStatusCode.Forbidden);
        await AssertProblem(await Post(reference, "{not json", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(reference, """{"action":"close","note":"x"}""", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(reference, """{"action":"resolve"}""", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(reference, """{"action":"transfer","note":"x","office":"ntr/atlantis"}""", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(reference, """{"action":"transfer","note":"x"}""", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(reference, """{"action":"ask","note":" "}""", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Post("GRV-2026-999999", """{"action":"resolve","note":"x"}""", MunicipalKey), HttpStatusCode.NotFound);
        await AssertProblem(await Frontend.Get(frontend, "/api/officers/grievances?department=municipal-administration&status=late", MunicipalKey), HttpStatusCode.BadRequest);
        await AssertProblem(await Frontend.Get(frontend, "/api/officers/grievances?department=revenue", MunicipalKey), HttpStatusCode.Forbidden);
        var view = (await Grains.GetGrain<IGrievanceGrain>(reference).View())!;
        Assert.Equal(GrievanceStatus.Open, view.Status);
        Assert.Single(view.History);
    }

    private static GrievanceSubmission Submission(string reference, string citizen, int slaDays, params string[] chain) => new()
    {
        Reference = reference,
        CitizenId = citizen,
        DepartmentId = Municipal,
        ServiceId = StreetLight.Id,
        ServiceName = StreetLight.Name,
        Details = [new GrievanceLine(new LocalizedText(new Dictionary<string, string> { ["en"] = "Issue", ["te"] = "సమస్య" }), "Street light not working")],
        Chain = [.. chain.Select(id => new GrievanceOffice(id, new LocalizedText(new Dictionary<string, string>
        {
            ["en"] = id == "ntr" ? "NTR district" : id,
            ["te"] = id == "ntr" ? "ఎన్టీఆర్ జిల్లా" : id,
        })))],
        LodgedAt = DateTimeOffset.UtcNow,
        SlaDays = slaDays,
    };

    [Fact]
    public async Task A_resolved_grievance_past_its_retention_is_erased_with_its_lines_and_an_open_one_stays()
    {
        var (opener, resolver) = (NextCitizen(), NextCitizen());
        var open = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, opener));
        var lodged = await Grains.GetGrain<IDepartmentServiceGrain>(Municipal).Run(SampleAnswers.RequestFrom(StreetLight, resolver));
        var grievance = Grains.GetGrain<IGrievanceGrain>(lodged.Reference!);
        Assert.Equal(GrievanceActResult.Done, await grievance.Act(new GrievanceAction(GrievanceActionKind.Resolve, "Lamp replaced", "AE ward 12", Municipal)));
        // What the sweep asks once the retention has run: nothing may have happened since this instant.
        var retentionOver = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);

        var resolvedSince = await grievance.Expire(DateTimeOffset.UtcNow - TimeSpan.FromDays(1));
        var stillOpen = await Grains.GetGrain<IGrievanceGrain>(open.Reference!).Expire(retentionOver);
        var expired = await grievance.Expire(retentionOver);

        Assert.False(resolvedSince);
        Assert.False(stillOpen);
        Assert.True(expired);
        Assert.Null(await grievance.View());
        Assert.NotNull(await Grains.GetGrain<IGrievanceGrain>(open.Reference!).View());
        var listed = (await List(Municipal, "all", MunicipalKey)).EnumerateArray().Select(g => g.GetProperty("reference").GetString()).ToList();
        Assert.DoesNotContain(lodged.Reference, listed);
        Assert.Contains(open.Reference, listed);
        Assert.Empty(await Grains.GetGrain<ICitizenRecordsGrain>(Chats.KeyOf(resolver)).All());
        Assert.False(await grievance.Expire(retentionOver));
    }

    private static string NextCitizen() => $"91955{Interlocked.Increment(ref _citizens):D7}";

    private async Task<JsonElement> List(string department, string status, string key)
    {
        var response = await Frontend.Get(frontend, $"/api/officers/grievances?department={department}&status={status}", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grievances");
    }

    private Task<HttpResponseMessage> Post(string reference, string body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/officers/grievances/{reference}/actions")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return frontend.Running.Http.SendAsync(request);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public sealed class Frontend : IAsyncLifetime
    {
        private RunningFrontend? _running;

        public RunningFrontend Running => _running ?? throw new InvalidOperationException("not started");

        /// <summary>The citizen's side of the chat, on this app.</summary>
        public SandboxChat Chat => new(Running);

        // One SLA day is a second: a two-day office window runs out within a test.
        public async Task InitializeAsync()
        {
            _running = await RunningFrontend.StartAsync(new Dictionary<string, string>
            {
                ["ManaMitra:Grievances:DayLength"] = "00:00:01",
                ["ManaMitra:Officers:ApiKeys:municipal-administration"] = MunicipalKey,
                ["ManaMitra:Officers:ApiKeys:revenue"] = "test-revenue-key",
            });
        }

        public async Task DisposeAsync() => await Running.DisposeAsync();

        public static Task<HttpResponseMessage> Get(Frontend frontend, string path, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Api-Key", key);
            return frontend.Running.Http.SendAsync(request);
        }
    }
}
