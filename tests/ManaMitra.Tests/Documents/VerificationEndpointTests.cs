using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Access;
using ManaMitra.Persistence.Access;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Documents;

public sealed class VerificationEndpointTests(VerificationApp app) : IClassFixture<VerificationApp>
{
    [Fact]
    public async Task The_jwk_set_is_published_and_verifies_what_the_app_signs()
    {
        var response = await app.Http.GetAsync("/verify/keys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType?.MediaType);
        var keys = JsonWebKeySet.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(VerificationApp.Kid, Assert.Single(keys.Keys).Kid);
        var document = await app.IssueAsync();
        var token = new Uri(app.VerificationUrl(document)).Query["?t=".Length..];
        Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(token, keys));
    }

    [Fact]
    public async Task A_genuine_issued_document_is_valid_with_its_claims()
    {
        var document = await app.IssueAsync();

        var answer = await Json(app.VerificationUrl(document));

        Assert.Equal("valid", answer.GetProperty("status").GetString());
        var claims = answer.GetProperty("claims");
        Assert.Equal(document.Id, claims.GetProperty("id").GetString());
        Assert.Equal("Lakshmi Prasanna Kolli", claims.GetProperty("holderName").GetString());
        Assert.Equal("revenue", claims.GetProperty("issuer").GetString());
        Assert.Contains(claims.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "XXXX XXXX 1234");
    }

    [Fact]
    public async Task The_page_a_phone_opens_says_valid_in_telugu_and_english_without_scripts()
    {
        var document = await app.IssueAsync();

        var response = await app.Http.GetAsync(app.VerificationUrl(document));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("VALID", html);
        Assert.Contains("చెల్లుబాటు అయ్యే పత్రం", html);
        Assert.Contains("Lakshmi Prasanna Kolli", html);
        Assert.Contains("రెవెన్యూ", html);
        Assert.Contains("Revenue", html);
        Assert.Contains("ఆధార్ / Aadhaar", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_tampered_token_is_invalid()
    {
        var document = await app.IssueAsync();
        var url = app.VerificationUrl(document);
        var parts = url[(url.IndexOf("?t=", StringComparison.Ordinal) + 3)..].Split('.');
        var payload = System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]);
        var forged = System.Text.Encoding.UTF8.GetString(payload).Replace("XXXX XXXX 1234", "XXXX XXXX 9999", StringComparison.Ordinal);
        var tampered = $"/verify/{document.Id}?t={parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(forged))}.{parts[2]}";

        var answer = await Json(tampered);
        var html = await app.Http.GetStringAsync(tampered);

        Assert.Equal(("invalid", "bad-signature"), (answer.GetProperty("status").GetString(), answer.GetProperty("reason").GetString()));
        Assert.False(answer.TryGetProperty("claims", out var claims) && claims.ValueKind != JsonValueKind.Null);
        Assert.Contains("INVALID", html);
        Assert.DoesNotContain("9999", html);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_invalid()
    {
        var document = await app.IssueAsync();
        using var sameKid = new DocumentKeys([(VerificationApp.Kid, ECDsa.Create(ECCurve.NamedCurves.nistP256))]);
        using var otherKid = new DocumentKeys([("someone-else", ECDsa.Create(ECCurve.NamedCurves.nistP256))]);
        var claims = DocumentClaims.From(document);

        var impostor = await Json($"/verify/{document.Id}?t={sameKid.Sign(claims)}");
        var stranger = await Json($"/verify/{document.Id}?t={otherKid.Sign(claims)}");

        Assert.Equal(("invalid", "bad-signature"), (impostor.GetProperty("status").GetString(), impostor.GetProperty("reason").GetString()));
        Assert.Equal(("invalid", "unknown-kid"), (stranger.GetProperty("status").GetString(), stranger.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_genuine_token_under_another_documents_address_is_invalid()
    {
        var first = await app.IssueAsync();
        var second = await app.IssueAsync();
        var token = new Uri(app.VerificationUrl(first)).Query["?t=".Length..];

        var answer = await Json($"/verify/{second.Id}?t={token}");

        Assert.Equal(("invalid", "id-mismatch"), (answer.GetProperty("status").GetString(), answer.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_signed_document_the_registry_never_issued_is_invalid()
    {
        var never = SampleDocuments.Certificate("REV-INC-2026-NEVER");
        var token = new Uri(app.VerificationUrl(never)).Query["?t=".Length..];

        var answer = await Json($"/verify/{never.Id}?t={token}");
        var missing = await Json($"/verify/{never.Id}");

        Assert.Equal(("invalid", "unknown-document"), (answer.GetProperty("status").GetString(), answer.GetProperty("reason").GetString()));
        Assert.Equal(("invalid", "missing-token"), (missing.GetProperty("status").GetString(), missing.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Officials_revoke_with_their_key_and_the_document_then_verifies_as_revoked()
    {
        var document = await app.IssueAsync();
        var url = app.VerificationUrl(document);
        var link = app.Services.GetRequiredService<DocumentLinks>().Create(app.BaseUrl, document.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Revoke(document.Id, apiKey: null, "Issued on forged papers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Revoke(document.Id, apiKey: "guess", "Issued on forged papers")).StatusCode);
        Assert.Equal("valid", (await Json(url)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Revoke(document.Id, VerificationApp.OfficialsApiKey, " ")).StatusCode);
        var revoked = await Revoke(document.Id, VerificationApp.OfficialsApiKey, "Issued on forged papers");

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var answer = await Json(url);
        Assert.Equal(("revoked", "Issued on forged papers"), (answer.GetProperty("status").GetString(), answer.GetProperty("reason").GetString()));
        Assert.Equal(document.Id, answer.GetProperty("claims").GetProperty("id").GetString());
        var html = await app.Http.GetStringAsync(url);
        Assert.Contains("REVOKED", html);
        Assert.Contains("Issued on forged papers", html);
        Assert.Equal(HttpStatusCode.Gone, (await app.Http.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Revoke("REV-INC-2026-NOSUCH", VerificationApp.OfficialsApiKey, "typo")).StatusCode);
        // In the access log once, under the officials' key: the refused and unknown attempts read nothing.
        var logged = await app.Services.GetRequiredService<IAccessLogStore>()
            .TouchedAsync(new AccessQuery("apikey:officials", DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1)))
            .Where(t => t.Reference == document.Id).ToListAsync();
        Assert.Equal(("document.revoked", 1L, AccessActor.Fingerprint(VerificationApp.OfficialsApiKey), (string?)null),
            (Assert.Single(logged).Kind, logged[0].Count, logged[0].KeyFingerprint, logged[0].CitizenKey));
    }

    [Fact]
    public async Task A_signed_link_downloads_the_pdf_inline_under_a_telling_name()
    {
        var document = await app.IssueAsync();
        var link = app.Services.GetRequiredService<DocumentLinks>().Create(app.BaseUrl, document.Id);

        var response = await app.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal($"income-certificate-{document.Id}.pdf", disposition.FileName?.Trim('"'));
        var text = PrintedDocuments.Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(document.HolderName, text);
        Assert.Contains(document.Id, text);
    }

    [Fact]
    public async Task Expired_altered_or_unknown_links_get_no_pdf()
    {
        var document = await app.IssueAsync();
        var expired = app.LinksWithLifetime(TimeSpan.FromMinutes(-1)).Create(app.BaseUrl, document.Id);
        var good = app.Services.GetRequiredService<DocumentLinks>().Create(app.BaseUrl, document.Id);
        var forged = good.Replace($"/documents/{document.Id}", "/documents/REV-INC-2026-000001", StringComparison.Ordinal);
        var unknown = app.Services.GetRequiredService<DocumentLinks>().Create(app.BaseUrl, "REV-INC-2026-NOSUCH");

        var gone = await app.Http.GetAsync(expired);

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("expired", await gone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Http.GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Http.GetAsync($"/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync(unknown)).StatusCode);
    }

    [Fact]
    public async Task The_revoke_api_is_described_in_the_openapi_document()
    {
        var openApi = await app.Http.GetStringAsync("/openapi/v1.json");

        using var json = JsonDocument.Parse(openApi);
        var revoke = json.RootElement.GetProperty("paths").GetProperty("/api/documents/{id}/revoke").GetProperty("post");
        Assert.Contains(revoke.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "X-Api-Key" && p.GetProperty("in").GetString() == "header");
        Assert.True(revoke.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(revoke.TryGetProperty("requestBody", out _));
    }

    private Task<JsonElement> Json(string url) => app.VerdictAsync(url);

    private async Task<HttpResponseMessage> Revoke(string id, string? apiKey, string reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/revoke") { Content = JsonContent.Create(new { reason }) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await app.Http.SendAsync(request);
    }
}
