using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using ManaMitra.WhatsApp.CloudApi;
using Microsoft.Extensions.Options;

namespace ManaMitra.WhatsApp.Media;

/// <summary>
/// Meta's two-step media download: <c>GET {base}/{version}/{media-id}</c> answers the file's type, size, SHA-256 and a
/// URL that lives five minutes; <c>GET {url}</c>, with the same bearer token, answers the bytes.
/// </summary>
public sealed class CloudApiMedia(HttpClient http, IOptions<WhatsAppOptions> options) : IWhatsAppMedia
{
    public async Task<MediaDownload> DownloadAsync(string mediaId, MediaLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            var (description, failed) = await Describe(mediaId, cancellationToken);
            if (description is null)
            {
                return failed!;
            }

            if (!limits.Allows(description.MediaType))
            {
                return new MediaDownload.WrongType(description.MediaType);
            }

            if (description.Bytes > limits.MaxBytes)
            {
                return new MediaDownload.TooLarge(description.Bytes);
            }

            return await Fetch(description, limits, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new MediaDownload.Unavailable($"connection failed: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new MediaDownload.Unavailable("timed out");
        }
        catch (JsonException)
        {
            // A proxy's error page or a cut-off answer where Meta's JSON should be: a later try may get the real one.
            return new MediaDownload.Unavailable("the media answer was not JSON");
        }
    }

    private async Task<(MediaDescription? Found, MediaDownload? Failed)> Describe(string mediaId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = Authorized(new Uri($"{settings.GraphApiBaseUrl.TrimEnd('/')}/{settings.ApiVersion}/{Uri.EscapeDataString(mediaId)}"));
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, Failure(response.StatusCode, text));
        }

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        if (Text(root, "url") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var location) || Text(root, "mime_type") is not { } type)
        {
            return (null, new MediaDownload.Unavailable("the media answer had no url or mime_type"));
        }

        return (new MediaDescription(location, type, Size(root), Text(root, "sha256")), null);
    }

    private async Task<MediaDownload> Fetch(MediaDescription description, MediaLimits limits, CancellationToken cancellationToken)
    {
        using var request = Authorized(description.Url);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return Failure(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }

        // Meta's stated size may be missing or wrong: read at most one byte past the limit, whatever it said.
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            content.Write(buffer, 0, read);
            if (content.Length > limits.MaxBytes)
            {
                return new MediaDownload.TooLarge(content.Length);
            }
        }

        var bytes = content.ToArray();
        if (description.Sha256 is { Length: 64 } expected && !Convert.ToHexStringLower(SHA256.HashData(bytes)).Equals(expected, StringComparison.OrdinalIgnoreCase))
        {
            return new MediaDownload.Unavailable("the downloaded file does not match its SHA-256");
        }

        return new MediaDownload.Fetched(bytes, description.MediaType);
    }

    // Meta answers an unknown or expired id with 404, or 400 and error 100 ("Object with ID … does not exist").
    private static MediaDownload Failure(HttpStatusCode status, string text) =>
        status == HttpStatusCode.NotFound || (status == HttpStatusCode.BadRequest && ErrorCode(text) == 100)
            ? new MediaDownload.Missing($"HTTP {(int)status}")
            : new MediaDownload.Unavailable($"HTTP {(int)status}");

    private static int? ErrorCode(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private HttpRequestMessage Authorized(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.AccessToken);
        return request;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Meta documents file_size as a string of digits; some answers carry a number.
    private static long Size(JsonElement root) => root.TryGetProperty("file_size", out var size) switch
    {
        true when size.ValueKind == JsonValueKind.Number && size.TryGetInt64(out var n) => n,
        true when size.ValueKind == JsonValueKind.String && long.TryParse(size.GetString(), out var n) => n,
        _ => 0,
    };

    private sealed record MediaDescription(Uri Url, string MediaType, long Bytes, string? Sha256);
}
