using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Grievances;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Http;

/// <summary>
/// The simulator's files: uploaded to <c>/sandbox/media</c> and sent by id, each as the kind of message WhatsApp
/// would carry it in, kept as a grievance's evidence or refused with the reason as with the Cloud API.
/// </summary>
public sealed partial class SandboxMediaTests : IAsyncLifetime
{
    private static int _citizens;

    private RunningFrontend _frontend = null!;

    public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());

    public async Task DisposeAsync() => await _frontend.DisposeAsync();

    [Fact]
    public async Task A_voice_recording_uploaded_in_the_simulator_is_a_complaints_evidence()
    {
        var citizen = NextCitizen();
        byte[] recording = [.. "OggS"u8, 0x00, 0x02, 7, 7, 7];
        await ComplaintUpToTheFile(citizen);

        await Send(new { citizenId = citizen, mediaId = await Upload(recording, "audio/ogg") });
        await Send(new { citizenId = citizen, replyId = FormIds.Confirm });

        var reference = GrievanceNumber().Match(string.Join('\n', await Chat.Sent(citizen))).Value;
        var grievance = (await _frontend.Services.GetRequiredService<IGrainFactory>().GetGrain<IGrievanceGrain>(reference).View())!;
        var evidence = Assert.Single(grievance.Submission.Evidence);
        Assert.Equal(("audio/ogg", (long)recording.Length), (evidence.MediaType, evidence.Bytes));
    }

    [Fact]
    public async Task A_file_of_a_type_evidence_is_not_is_refused_with_its_type_and_the_question_asked_again()
    {
        var citizen = NextCitizen();
        await ComplaintUpToTheFile(citizen);

        // A video: WhatsApp sends it, a complaint's evidence does not keep one.
        await Send(new { citizenId = citizen, mediaId = await Upload([0, 0, 0, 0x18, .. "ftypmp42"u8], "video/mp4") });
        await Send(new { citizenId = citizen, replyId = FormIds.Confirm });

        var sent = await Chat.Sent(citizen);
        Assert.Contains(sent, m => m.Contains("That file is video/mp4", StringComparison.Ordinal));
        Assert.DoesNotMatch(GrievanceNumber(), string.Join('\n', sent));
    }

    [Theory]
    [InlineData("application/zip")]
    [InlineData("image/gif")]
    [InlineData("audio/wav")]
    [InlineData("text/html")]
    public async Task A_type_WhatsApp_does_not_send_is_refused_as_unsupported(string type)
    {
        using var body = new ByteArrayContent([1, 2, 3]);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);

        var response = await _frontend.Http.PostAsync("/sandbox/media", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{type} is not a type WhatsApp accepts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image/jpeg")]
    [InlineData("IMAGE/PNG")]
    [InlineData("audio/ogg; codecs=opus")]
    [InlineData("audio/mpeg")]
    [InlineData("audio/mp4")]
    [InlineData("video/mp4")]
    [InlineData("application/pdf")]
    public async Task A_type_WhatsApp_sends_is_taken(string type) => await Upload([1, 2, 3], type);

    [Fact]
    public async Task An_upload_without_a_type_or_a_body_is_refused()
    {
        using var untyped = new ByteArrayContent([1, 2, 3]);
        var response = await _frontend.Http.PostAsync("/sandbox/media", untyped);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private SandboxChat Chat => new(_frontend);

    private async Task ComplaintUpToTheFile(string citizen)
    {
        await Chat.Greets(citizen);
        await Chat.Says(citizen, replyId: TestConversations.AgreeAndApply("streetlight-complaint"));
        await Chat.Says(citizen, replyId: FormIds.Pick("issue", "not-working"));
        await Chat.Says(citizen, text: "Dark for a week");
        await Send(new { citizenId = citizen, latitude = 16.5178, longitude = 80.6197 });
    }

    private async Task<string> Upload(byte[] content, string type)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
        var response = await _frontend.Http.PostAsync("/sandbox/media", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task Send(object message) =>
        Assert.Equal(HttpStatusCode.OK, (await _frontend.Http.PostAsJsonAsync("/sandbox/messages", message)).StatusCode);

    private static string NextCitizen() => $"91977{Interlocked.Increment(ref _citizens):D7}";

    [GeneratedRegex(@"GRV-\d{4}-\d{6}")]
    private static partial Regex GrievanceNumber();
}
