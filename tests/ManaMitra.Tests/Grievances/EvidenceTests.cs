using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Grievances;

/// <summary>
/// A street-light complaint as a citizen sends it on WhatsApp — signed webhooks with a shared location and a photo or
/// a voice note — against the Cloud API's media endpoints: a file WhatsApp no longer has, one too large, one of a type
/// evidence is not, each refused with its reason and the rest of the form kept; the file that arrives reaches the
/// ward's officer.
/// </summary>
public sealed partial class EvidenceTests(EvidenceTests.Cloud cloud) : IClassFixture<EvidenceTests.Cloud>
{
    private const string MunicipalKey = "test-municipal-key";
    private const string RevenueKey = "test-revenue-key";

    // Governorpet ward, Vijayawada: inside the sandbox ward's boundary.
    private const double Latitude = 16.512;
    private const double Longitude = 80.625;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0xFF, 0xD9];

    private static int _citizens;

    [Fact]
    public async Task A_photo_gone_from_WhatsApp_is_asked_again_and_the_one_that_arrives_reaches_the_wards_officer()
    {
        var citizen = NextCitizen();
        var photo = $"media-{citizen}";
        cloud.Api.Media.Add(photo, Jpeg, "image/jpeg");
        await cloud.ComplaintUpToThePhoto(citizen);

        await cloud.Sends(citizen, MetaWebhooks.Photo(citizen, cloud.NextId(), $"expired-{citizen}"));
        var refused = await cloud.Confirms(citizen);
        await cloud.Sends(citizen, MetaWebhooks.Photo(citizen, cloud.NextId(), photo, "Pole 14 near the temple"));
        var lodged = await cloud.Confirms(citizen);

        Assert.Contains(refused, m => m.Contains("We could not get your file from WhatsApp", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("Send a photo of the problem", StringComparison.Ordinal));
        var reference = ReferenceIn(lodged);
        var detail = await cloud.Detail(reference, MunicipalKey);
        Assert.Equal("ntr/vijayawada/governorpet", detail.GetProperty("office").GetString());
        var details = detail.GetProperty("details").EnumerateArray().Select(l => l.GetProperty("value").GetString()).ToList();
        Assert.Contains("Lamp dark for three nights", details);
        Assert.Contains(details, v => v!.Contains("Pole 14 near the temple", StringComparison.Ordinal));
        var evidence = Assert.Single(detail.GetProperty("evidence").EnumerateArray());
        Assert.Equal("image/jpeg", evidence.GetProperty("type").GetString());
        Assert.Equal("Pole 14 near the temple", evidence.GetProperty("caption").GetString());
        await AssertOfficerReads(evidence, "image/jpeg", Jpeg);
    }

    [Fact]
    public async Task A_voice_note_is_evidence_the_officer_can_play()
    {
        var citizen = NextCitizen();
        var voice = $"voice-{citizen}";
        byte[] opus = [.. "OggS"u8, 0x00, 0x02, .. new byte[40]];
        cloud.Api.Media.Add(voice, opus, "audio/ogg; codecs=opus");
        await cloud.ComplaintUpToThePhoto(citizen);

        await cloud.Sends(citizen, MetaWebhooks.VoiceNote(citizen, cloud.NextId(), voice));
        var reference = ReferenceIn(await cloud.Confirms(citizen));

        var evidence = Assert.Single((await cloud.Detail(reference, MunicipalKey)).GetProperty("evidence").EnumerateArray());
        Assert.StartsWith("audio/ogg", evidence.GetProperty("type").GetString(), StringComparison.Ordinal);
        await AssertOfficerReads(evidence, "audio/ogg", opus);
    }

    [Fact]
    public async Task Another_departments_officer_sees_neither_the_grievance_nor_its_photo()
    {
        var citizen = NextCitizen();
        var reference = await LodgedWithPhoto(citizen);

        var detail = await cloud.Get($"/api/officers/grievances/{reference}", RevenueKey);
        var file = await cloud.Get($"/api/officers/grievances/{reference}/evidence/0", RevenueKey);
        var nobody = await cloud.Get($"/api/officers/grievances/{reference}/evidence/0", key: null);
        var beyond = await cloud.Get($"/api/officers/grievances/{reference}/evidence/1", MunicipalKey);

        Assert.Equal(HttpStatusCode.Forbidden, detail.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, file.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        Assert.All([detail, file, nobody, beyond], r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task A_lodged_complaint_is_under_my_applications_and_its_number_typed_anywhere_says_where_it_is()
    {
        var citizen = NextCitizen();
        var reference = await LodgedWithPhoto(citizen);

        var listed = await cloud.Answers(citizen, MetaWebhooks.Choice(citizen, cloud.NextId(), ChoiceIds.MyApplications));
        var typed = await cloud.Answers(citizen, MetaWebhooks.Text(citizen, cloud.NextId(), reference.ToLowerInvariant().Replace('-', ' ')));

        var row = Assert.Single(listed).Split("\"rows\"")[1];
        Assert.Contains($"\"id\":\"{ChoiceIds.Application(reference)}\"", row, StringComparison.Ordinal);
        Assert.Contains("Open, with Governorpet Ward Secretariat", row, StringComparison.Ordinal);
        Assert.Contains(typed, m => m.Contains("with Governorpet Ward Secretariat, to be answered by", StringComparison.Ordinal));
    }

    public static TheoryData<string, long?, string> Refusals => new()
    {
        // Meta states the size before the download: a file over the limit is never fetched.
        { "image/jpeg", 6L * 1024 * 1024, "Your file is 6 MB; the largest we take is 5 MB" },
        { "application/zip", null, "That file is application/zip; we take a photo (JPEG or PNG), a voice note or a PDF document" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_file_refused_for_its_size_or_type_is_never_downloaded_and_the_rest_of_the_form_is_kept(string type, long? statedBytes, string reason)
    {
        var citizen = NextCitizen();
        var refusedId = $"refused-{citizen}";
        var photo = $"media-{citizen}";
        cloud.Api.Media.Add(refusedId, Jpeg, type, statedBytes);
        cloud.Api.Media.Add(photo, Jpeg, "image/jpeg");
        await cloud.ComplaintUpToThePhoto(citizen);

        await cloud.Sends(citizen, MetaWebhooks.Photo(citizen, cloud.NextId(), refusedId));
        var refused = await cloud.Confirms(citizen);
        await cloud.Sends(citizen, MetaWebhooks.Photo(citizen, cloud.NextId(), photo));
        var reference = ReferenceIn(await cloud.Confirms(citizen));

        Assert.Contains(refused, m => m.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(refusedId, cloud.Api.Media.Downloads);
        var detail = await cloud.Detail(reference, MunicipalKey);
        Assert.Contains(detail.GetProperty("details").EnumerateArray(), l => l.GetProperty("value").GetString() == "Lamp dark for three nights");
        Assert.Single(detail.GetProperty("evidence").EnumerateArray());
    }

    /// <summary>A complaint sent with a photo and confirmed, as a citizen does it; its number.</summary>
    private async Task<string> LodgedWithPhoto(string citizen)
    {
        var photo = $"media-{citizen}";
        cloud.Api.Media.Add(photo, Jpeg, "image/jpeg");
        await cloud.ComplaintUpToThePhoto(citizen);
        await cloud.Sends(citizen, MetaWebhooks.Photo(citizen, cloud.NextId(), photo));
        return ReferenceIn(await cloud.Confirms(citizen));
    }

    /// <summary>The ward's officer reads the file behind the detail's link, as the citizen sent it.</summary>
    private async Task AssertOfficerReads(JsonElement evidence, string mediaType, byte[] content)
    {
        var file = await cloud.Get(evidence.GetProperty("href").GetString()!, MunicipalKey);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(mediaType, file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(content, await file.Content.ReadAsByteArrayAsync());
    }

    private static string ReferenceIn(IReadOnlyList<string> sent) =>
        sent.Select(m => GrievanceReference().Match(m)).First(m => m.Success).Value;

    private static string NextCitizen() => $"91966{Interlocked.Increment(ref _citizens):D7}";

    [GeneratedRegex(@"GRV-\d{4}-\d{6}")]
    private static partial Regex GrievanceReference();

    /// <summary>The app in Cloud API mode against a fake Cloud API that serves the citizens' files.</summary>
    public sealed class Cloud : IAsyncLifetime
    {
        private const string Token = "EAAG-evidence-token";

        private RunningFrontend? _running;
        private FakeCloudApi? _api;
        private int _messages;

        public FakeCloudApi Api => _api ?? throw new InvalidOperationException("not started");

        private RunningFrontend Running => _running ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync()
        {
            _api = await FakeCloudApi.StartAsync(new FakeCloudApiOptions { AccessToken = Token });
            _running = await RunningFrontend.StartAsync(new Dictionary<string, string>
            {
                ["WhatsApp:AccessToken"] = Token,
                ["WhatsApp:PhoneNumberId"] = MetaWebhooks.PhoneNumberId,
                ["WhatsApp:GraphApiBaseUrl"] = _api.BaseUrl,
                ["WhatsApp:ApiVersion"] = "v21.0",
                ["ManaMitra:Officers:ApiKeys:municipal-administration"] = MunicipalKey,
                ["ManaMitra:Officers:ApiKeys:revenue"] = RevenueKey,
            });
        }

        public async Task DisposeAsync()
        {
            await Running.DisposeAsync();
            await Api.DisposeAsync();
        }

        public string NextId() => $"wamid.evidence.{Interlocked.Increment(ref _messages)}";

        /// <summary>Greets in English, picks the complaint and answers every question before the photo.</summary>
        public async Task ComplaintUpToThePhoto(string citizen)
        {
            await Sends(citizen, MetaWebhooks.Text(citizen, NextId(), "Hi"));
            await Sends(citizen, MetaWebhooks.Choice(citizen, NextId(), ChoiceIds.ForLanguage("en")));
            await Sends(citizen, MetaWebhooks.Choice(citizen, NextId(), TestConversations.AgreeAndApply("streetlight-complaint")));
            await Sends(citizen, MetaWebhooks.Choice(citizen, NextId(), FormIds.Pick("issue", "not-working")));
            await Sends(citizen, MetaWebhooks.Text(citizen, NextId(), "Lamp dark for three nights"));
            await Sends(citizen, MetaWebhooks.Location(citizen, NextId(), Latitude, Longitude));
        }

        public async Task Sends(string citizen, string webhook)
        {
            var response = await Running.PostSignedAsync(webhook);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        /// <summary>Taps "Confirm" and returns what the citizen was sent in answer.</summary>
        public Task<IReadOnlyList<string>> Confirms(string citizen) =>
            Answers(citizen, MetaWebhooks.Choice(citizen, NextId(), FormIds.Confirm));

        /// <summary>Sends the webhook and returns what the citizen was sent in answer.</summary>
        public async Task<IReadOnlyList<string>> Answers(string citizen, string webhook)
        {
            var before = (await SentTo(citizen)).Count;
            await Sends(citizen, webhook);
            return [.. (await SentTo(citizen)).Skip(before)];
        }

        public async Task<JsonElement> Detail(string reference, string key)
        {
            var response = await Get($"/api/officers/grievances/{reference}", key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        public Task<HttpResponseMessage> Get(string path, string? key)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            return Running.Http.SendAsync(request);
        }

        /// <summary>The messages (not read receipts) the Cloud API was asked to send the citizen, once their outbox is empty.</summary>
        private async Task<List<string>> SentTo(string citizen)
        {
            await Outboxes.Drained(Running.Services.GetRequiredService<IGrainFactory>().ChatOf(citizen));
            return [.. Api.Requests.Where(r => r.To == citizen && !r.IsReadReceipt).Select(r => r.Body.GetRawText())];
        }
    }
}
