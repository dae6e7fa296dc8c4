using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ManaMitra.Testing;

/// <summary>
/// The files citizens "sent", as the Cloud API's media endpoints serve them: <c>GET /{version}/{media-id}</c> answers
/// the file's URL, type, size and SHA-256 as Meta does; <c>GET {url}</c> answers the bytes. Both want the bearer token
/// when the fake has one.
/// </summary>
public sealed class FakeMedia
{
    private const string DownloadPath = "/whatsapp_business/attachments/";

    private readonly ConcurrentDictionary<string, StoredMedia> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _downloads = new();
    private readonly string? _expectedAuthorization;
    private readonly Func<string> _baseUrl;

    internal FakeMedia(string? expectedAuthorization, Func<string> baseUrl)
    {
        _expectedAuthorization = expectedAuthorization;
        _baseUrl = baseUrl;
    }

    /// <summary>Media ids whose bytes were downloaded, in order: a refused file must not be among them.</summary>
    public IReadOnlyCollection<string> Downloads => _downloads;

    /// <param name="statedBytes">The size Meta states, when it should differ from the content's (a wrong or missing size).</param>
    /// <param name="downloadable">False: the URL answers 404, as an expired one does.</param>
    public void Add(string mediaId, byte[] content, string mimeType, long? statedBytes = null, bool downloadable = true) =>
        _files[mediaId] = new StoredMedia(content, mimeType, statedBytes ?? content.LongLength, downloadable);

    internal void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(DownloadPath, Download);
        app.MapGet("/{version}/{mediaId}", Describe);
    }

    private IResult Describe(string mediaId, HttpContext context)
    {
        if (Refused(context) is { } refused)
        {
            return refused;
        }

        if (!_files.TryGetValue(mediaId, out var file))
        {
            return Results.Json(new
            {
                error = new
                {
                    message = $"Unsupported get request. Object with ID '{mediaId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
                    type = "GraphMethodException",
                    code = 100,
                    error_subcode = 33,
                    fbtrace_id = "AbCdEf",
                },
            }, statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(new
        {
            messaging_product = "whatsapp",
            url = $"{_baseUrl().TrimEnd('/')}{DownloadPath}?mid={Uri.EscapeDataString(mediaId)}&ext=1765000000&hash=fake",
            mime_type = file.MimeType,
            sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
            file_size = file.StatedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            id = mediaId,
        });
    }

    private IResult Download(string mid, HttpContext context)
    {
        if (Refused(context) is { } refused)
        {
            return refused;
        }

        if (!_files.TryGetValue(mid, out var file) || !file.Downloadable)
        {
            return Results.NotFound();
        }

        _downloads.Enqueue(mid);
        return Results.Bytes(file.Content, file.MimeType);
    }

    private IResult? Refused(HttpContext context) =>
        _expectedAuthorization is not null && context.Request.Headers.Authorization != _expectedAuthorization
            ? Results.Json(new { error = new { message = "Invalid OAuth access token.", type = "OAuthException", code = 190 } }, statusCode: StatusCodes.Status401Unauthorized)
            : null;

    private sealed record StoredMedia(byte[] Content, string MimeType, long StatedBytes, bool Downloadable);
}
