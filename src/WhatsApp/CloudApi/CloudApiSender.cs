using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ManaMitra.WhatsApp.Webhooks;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ManaMitra.WhatsApp.CloudApi;

/// <summary>
/// Sends message bodies to Meta's Cloud API: <c>POST {base}/{version}/{phone-number-id}/messages</c> with the
/// bearer token. It classifies Meta's answer by <see cref="CloudApiErrors"/> so the outbox knows whether to move on,
/// retry or give up.
/// </summary>
public sealed class CloudApiSender(HttpClient http, IOptions<WhatsAppOptions> options) : IWhatsAppSender
{
    public async Task<SendResult> SendAsync(string recipient, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUri(settings))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new SendResult.Transient($"connection failed: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult.Transient("timed out");
        }
        catch (TimeoutRejectedException)
        {
            return new SendResult.Transient("timed out");
        }
        catch (BrokenCircuitException e)
        {
            // The Cloud API has been failing: wait out the break instead of adding to the storm.
            return new SendResult.Transient("circuit open", e.RetryAfter);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return Classify(response, text);
        }
    }

    private static Uri MessagesUri(WhatsAppOptions settings) =>
        new($"{settings.GraphApiBaseUrl.TrimEnd('/')}/{settings.ApiVersion}/{settings.PhoneNumberId}/messages");

    private static SendResult Classify(HttpResponseMessage response, string text)
    {
        if (response.IsSuccessStatusCode)
        {
            return AcceptedId(text) is { } id
                ? new SendResult.Accepted(id)
                : new SendResult.Transient($"HTTP {(int)response.StatusCode} without a message id", HttpStatus: (int)response.StatusCode);
        }

        var (code, message) = MetaError(text);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        if (CloudApiErrors.IsTransient((int)response.StatusCode, code))
        {
            return new SendResult.Transient($"HTTP {(int)response.StatusCode} code {code}: {message}", retryAfter, (int)response.StatusCode, code);
        }

        return new SendResult.Rejected(code, $"HTTP {(int)response.StatusCode}: {message}", (int)response.StatusCode);
    }

    // A mark-as-read answers {"success":true} with no message id; it is accepted all the same.
    private static string? AcceptedId(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
                && messages[0].TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }

            return root.TryGetProperty("success", out var ok) && ok.ValueKind == JsonValueKind.True ? "" : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (int Code, string Message) MetaError(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
                var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                return (code, message);
            }
        }
        catch (JsonException)
        {
            // Not Meta's error shape (a proxy's HTML page, say): the status code alone decides.
        }

        return (0, text.Length > 200 ? text[..200] : text);
    }
}
