using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Tests.Messaging;

/// <summary>
/// One file of <c>testdata/cloudapi/responses</c>: an answer of the Cloud API (or of a proxy in front of it) as it
/// comes over the wire, and what <see cref="CloudApiSender"/> must make of it. A body that is a JSON string is sent
/// as that text (an HTML page, an empty body); any other JSON value is sent as written.
/// </summary>
/// <param name="Note">What the answer is and what Meta says of its code; shown when the case fails.</param>
internal sealed record CloudApiResponseCase(
    string Note,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement Body,
    CloudApiExpectation Expect)
{
    // Strict, so a misspelt or missing key fails the case instead of silently expecting a default.
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static CloudApiResponseCase Read(string path) =>
        JsonSerializer.Deserialize<CloudApiResponseCase>(File.ReadAllText(path), Strict)
        ?? throw new InvalidDataException($"{path} holds no case.");

    public HttpResponseMessage ToResponse()
    {
        var text = Body.ValueKind == JsonValueKind.String ? Body.GetString()! : Body.GetRawText();
        var response = new HttpResponseMessage((HttpStatusCode)Status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text)) };
        foreach (var (name, value) in Headers)
        {
            // Content-Type belongs to the content, Retry-After to the response; each collection refuses the other's.
            if (!response.Headers.TryAddWithoutValidation(name, value) && !response.Content.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InvalidDataException($"Header {name} fits neither the response nor its content.");
            }
        }

        return response;
    }
}

/// <summary>The <see cref="SendResult"/> a case expects, spelled as the file spells it.</summary>
/// <param name="Result"><c>accepted</c>, <c>transient</c> or <c>rejected</c>.</param>
internal sealed record CloudApiExpectation(
    string Result,
    int HttpStatus = 0,
    int Code = 0,
    string? MessageId = null,
    double? RetryAfterSeconds = null,
    string? Reason = null)
{
    public SendResult ToResult() => Result switch
    {
        "accepted" => new SendResult.Accepted(MessageId ?? throw Missing("messageId")),
        "transient" => new SendResult.Transient(
            Reason ?? throw Missing("reason"), RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, HttpStatus, Code),
        "rejected" => new SendResult.Rejected(Code, Reason ?? throw Missing("reason"), HttpStatus),
        _ => throw new InvalidDataException($"Unknown result \"{Result}\"; expected accepted, transient or rejected."),
    };

    private InvalidDataException Missing(string key) => new($"A {Result} expectation needs \"{key}\".");
}
