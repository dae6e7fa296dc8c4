using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Sms;

/// <summary>
/// Fast2SMS's DLT (manual) API, spoken exactly: <c>POST {BaseUrl}/dev/bulkV2</c> with the API key in the
/// <c>authorization</c> header and <c>{"route":"dlt_manual","sender_id","message","template_id","entity_id","flash","numbers"}</c>,
/// the message being the registered template's text with the code in it; it answers <c>{"return":true,"request_id":…}</c>
/// when it took the message, <c>{"return":false,"status_code":…,"message":…}</c> when not. Other Indian gateways
/// (MSG91, Kaleyra, Airtel IQ, C-DAC's Mobile Seva) take the same four DLT facts in other shapes: another adapter of
/// <see cref="ISmsGateway"/> each.
/// </summary>
public sealed partial class Fast2SmsGateway(HttpClient http, IOptions<SmsOptions> options, ILogger<Fast2SmsGateway> logger) : ISmsGateway
{
    public const string Path = "/dev/bulkV2";

    private readonly SmsOptions _options = options.Value;

    public async Task<bool> SendCodeAsync(string mobile, string code, CancellationToken cancellationToken)
    {
        var body = new Fast2SmsRequest
        {
            SenderId = _options.SenderId,
            Message = _options.Message.Replace(SmsOptions.CodeVariable, code, StringComparison.Ordinal),
            TemplateId = _options.TemplateId,
            EntityId = string.IsNullOrWhiteSpace(_options.EntityId) ? null : _options.EntityId,
            Numbers = mobile,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.BaseUrl.TrimEnd('/') + Path)
        {
            Content = JsonContent.Create(body, Fast2SmsJson.Default.Fast2SmsRequest),
        };
        request.Headers.TryAddWithoutValidation("authorization", _options.ApiKey);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await Read(response, cancellationToken);
            if (response.IsSuccessStatusCode && answer?.Return == true)
            {
                return true;
            }

            Refused(logger, (int)response.StatusCode, answer?.StatusCode, Describe(answer?.Message));
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, e.GetType().Name);
            return false;
        }
    }

    private static async Task<Fast2SmsResponse?> Read(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(Fast2SmsJson.Default.Fast2SmsResponse, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The gateway's message is a string on refusals and a list of strings on success.
    private static string Describe(JsonElement? message) => message switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString() ?? "",
        { ValueKind: JsonValueKind.Array } list => string.Join("; ", list.EnumerateArray().Select(m => m.ToString())),
        _ => "",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS gateway refused a one-time code: HTTP {Status}, status_code {GatewayStatus}: {Reason}")]
    private static partial void Refused(ILogger logger, int status, int? gatewayStatus, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS gateway unreachable for a one-time code: {Failure}")]
    private static partial void Unreachable(ILogger logger, string failure);
}

/// <summary>The body of a DLT (manual) send, field for field as Fast2SMS names them.</summary>
public sealed class Fast2SmsRequest
{
    [JsonPropertyName("route")]
    public string Route { get; init; } = "dlt_manual";

    [JsonPropertyName("sender_id")]
    public required string SenderId { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("template_id")]
    public required string TemplateId { get; init; }

    [JsonPropertyName("entity_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EntityId { get; init; }

    /// <summary>"0": an ordinary SMS the phone keeps, not a flash message that vanishes once read.</summary>
    [JsonPropertyName("flash")]
    public string Flash { get; init; } = "0";

    /// <summary>Comma-separated 10-digit numbers; a code goes to one.</summary>
    [JsonPropertyName("numbers")]
    public required string Numbers { get; init; }
}

/// <summary>What Fast2SMS answers.</summary>
public sealed class Fast2SmsResponse
{
    [JsonPropertyName("return")]
    public bool Return { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("status_code")]
    public int? StatusCode { get; init; }

    [JsonPropertyName("message")]
    public JsonElement? Message { get; init; }
}

[JsonSerializable(typeof(Fast2SmsRequest))]
[JsonSerializable(typeof(Fast2SmsResponse))]
internal sealed partial class Fast2SmsJson : JsonSerializerContext
{
}
