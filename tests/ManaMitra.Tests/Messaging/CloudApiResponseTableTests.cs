using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Messaging;

/// <summary>
/// Every Cloud API answer in <c>testdata/cloudapi/responses</c> goes through <see cref="CloudApiSender"/> over a stub
/// handler (no network), courier-style: the file holds the answer as it comes over the wire and what the sender must
/// make of it, and every send must have been the request Meta expects.
/// </summary>
public sealed class CloudApiResponseTableTests
{
    private const string Citizen = "919848012345";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "testdata", "cloudapi", "responses");

    private static readonly WhatsAppOptions Settings = new()
    {
        AccessToken = "EAAG-table-token",
        PhoneNumberId = "106540352242922",
        // With the trailing slash an operator may well type: the URL must still have a single one.
        GraphApiBaseUrl = "https://graph.facebook.com/",
        ApiVersion = "v23.0",
    };

    private static readonly string Body = WhatsAppRenderer.Render(Citizen, new TextReply("Your caste certificate application RV-2024-00042 is approved."));

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_recorded_answer_gives_the_result_its_file_names(string file)
    {
        var answer = CloudApiResponseCase.Read(Path.Combine(Folder, file));
        var handler = new RecordingHandler(answer.ToResponse);
        using var http = new HttpClient(handler);

        var result = await new CloudApiSender(http, Options.Create(Settings)).SendAsync(Citizen, Body, CancellationToken.None);

        var expected = answer.Expect.ToResult();
        Assert.True(expected == result, $"{answer.Note}\nexpected {expected}\nactual   {result}");
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://graph.facebook.com/v23.0/106540352242922/messages", request.Uri);
        Assert.Equal("Bearer EAAG-table-token", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(Body, request.Body);
    }

    [Fact]
    public void Every_code_of_the_error_table_has_a_recorded_answer()
    {
        var answered = Directory.GetFiles(Folder, "*.json").Select(f => CloudApiResponseCase.Read(f).Expect.Code).ToHashSet();
        var named = CloudApiErrors.Throttling.Concat(CloudApiErrors.Retryable).Concat(CloudApiErrors.Permanent);

        Assert.Empty(named.Except(answered));
    }

    /// <summary>What the sender put on the wire, read before the sender disposes the request.</summary>
    private sealed record SentRequest(HttpMethod Method, string Uri, string? Authorization, string? ContentType, string Body);

    /// <summary>Answers every request with a fresh response from the case and keeps what was sent.</summary>
    private sealed class RecordingHandler(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<SentRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(new SentRequest(
                request.Method,
                request.RequestUri?.AbsoluteUri ?? "",
                request.Headers.Authorization?.ToString(),
                request.Content?.Headers.ContentType?.ToString(),
                request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            return answer();
        }
    }
}
