using ManaMitra.Testing;
using ManaMitra.WhatsApp.CloudApi;
using ManaMitra.WhatsApp.Media;
using Microsoft.Extensions.Options;

namespace ManaMitra.Tests.Http;

/// <summary>
/// The Cloud API's two-step media download against the fake at its HTTP boundary: each way it can fail becomes the
/// refusal the citizen's message is written from, and a refused file is never downloaded whole.
/// </summary>
public sealed class CloudApiMediaTests : IAsyncLifetime
{
    private const string Token = "EAAG-media-token";
    private static readonly MediaLimits Photos = new(1024, ["image/jpeg", "image/png"]);
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8];

    private FakeCloudApi _cloud = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeCloudApi.StartAsync(new FakeCloudApiOptions { AccessToken = Token });
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task A_photo_is_fetched_with_the_bearer_token_byte_for_byte()
    {
        _cloud.Media.Add("1003383421387256", Jpeg, "image/jpeg");

        var download = await Media().DownloadAsync("1003383421387256", Photos, CancellationToken.None);

        var fetched = Assert.IsType<MediaDownload.Fetched>(download);
        Assert.Equal(Jpeg, fetched.Content);
        Assert.Equal("image/jpeg", fetched.MediaType);
    }

    [Fact]
    public async Task An_unknown_media_id_and_an_expired_url_are_missing()
    {
        _cloud.Media.Add("expired", Jpeg, "image/jpeg", downloadable: false);

        Assert.IsType<MediaDownload.Missing>(await Media().DownloadAsync("never-sent", Photos, CancellationToken.None));
        Assert.IsType<MediaDownload.Missing>(await Media().DownloadAsync("expired", Photos, CancellationToken.None));
    }

    [Fact]
    public async Task A_file_over_the_limit_or_of_another_type_is_refused_before_it_is_downloaded()
    {
        _cloud.Media.Add("large", new byte[2048], "image/jpeg");
        _cloud.Media.Add("voice", Jpeg, "audio/ogg; codecs=opus");

        var large = Assert.IsType<MediaDownload.TooLarge>(await Media().DownloadAsync("large", Photos, CancellationToken.None));
        var voice = Assert.IsType<MediaDownload.WrongType>(await Media().DownloadAsync("voice", Photos, CancellationToken.None));

        Assert.Equal(2048, large.Bytes);
        Assert.Equal("audio/ogg; codecs=opus", voice.MediaType);
        Assert.Empty(_cloud.Media.Downloads);
    }

    [Fact]
    public async Task A_file_larger_than_Meta_said_stops_at_the_limit()
    {
        _cloud.Media.Add("understated", new byte[4096], "image/png", statedBytes: 100);

        var download = await Media().DownloadAsync("understated", Photos, CancellationToken.None);

        Assert.True(Assert.IsType<MediaDownload.TooLarge>(download).Bytes > Photos.MaxBytes);
    }

    [Fact]
    public async Task A_refused_token_or_an_unreachable_api_is_unavailable_not_missing()
    {
        _cloud.Media.Add("1003383421387256", Jpeg, "image/jpeg");

        var refused = await Media(token: "wrong").DownloadAsync("1003383421387256", Photos, CancellationToken.None);
        var unreachable = await Media(baseUrl: $"http://127.0.0.1:{FreePort.Next()}").DownloadAsync("1003383421387256", Photos, CancellationToken.None);

        Assert.IsType<MediaDownload.Unavailable>(refused);
        Assert.IsType<MediaDownload.Unavailable>(unreachable);
    }

    [Fact]
    public async Task An_answer_that_is_not_Metas_JSON_is_unavailable_not_an_error()
    {
        using var proxy = new HttpClient(new ErrorPage());

        var download = await Media(http: proxy).DownloadAsync("1003383421387256", Photos, CancellationToken.None);

        Assert.IsType<MediaDownload.Unavailable>(download);
    }

    private CloudApiMedia Media(string token = Token, string? baseUrl = null, HttpClient? http = null) => new(http ?? _http, Options.Create(new WhatsAppOptions
    {
        AccessToken = token,
        GraphApiBaseUrl = baseUrl ?? _cloud.BaseUrl,
        ApiVersion = "v21.0",
        PhoneNumberId = MetaWebhooks.PhoneNumberId,
    }));

    /// <summary>What a misbehaving proxy in front of the Graph API answers: 200 with an HTML page.</summary>
    private sealed class ErrorPage : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("<html><body>Gateway hiccup</body></html>") });
    }
}
