using System.Net;
using System.Text.Json;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Tests.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Documents;

/// <summary>
/// A registry entry after its holder's erasure (#18): it keeps only what verifying a printed copy needs, the copy still
/// verifies from what its QR code carries, and nothing prints the erased details again.
/// </summary>
public sealed class ErasedDocumentTests(VerificationApp app) : IClassFixture<VerificationApp>
{
    [Fact]
    public async Task An_erased_entry_keeps_the_number_kind_title_issuer_date_and_labels_but_no_name_or_value()
    {
        var document = await app.IssueAsync();
        var grain = app.Grains.GetGrain<ICertificateGrain>(document.Id);

        Assert.True(await grain.Erase());
        var erased = (await grain.Get())!;
        Assert.True(await grain.Erase());

        Assert.Equal("", erased.Document.HolderName);
        Assert.All(erased.Document.Fields, f => Assert.Equal("", f.Value));
        Assert.Equal(document.Fields.Select(f => f.Label), erased.Document.Fields.Select(f => f.Label));
        Assert.Equal(
            (document.Id, document.Kind, document.Title, document.DepartmentId, document.ServiceId, document.IssuedAt),
            (erased.Document.Id, erased.Document.Kind, erased.Document.Title, erased.Document.DepartmentId, erased.Document.ServiceId, erased.Document.IssuedAt));
        Assert.Equal(DocumentClaims.From(document).Digest(), erased.ClaimsDigest);
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal(erased.ErasedAt, (await grain.Get())!.ErasedAt);
        Assert.False(await app.Grains.GetGrain<ICertificateGrain>("REV-INC-2026-NEVER-ERASED").Erase());
    }

    [Fact]
    public async Task A_printed_copy_of_an_erased_document_still_verifies_from_its_qr_code()
    {
        var document = await app.IssueAsync();
        var url = app.VerificationUrl(document);
        await app.Grains.GetGrain<ICertificateGrain>(document.Id).Erase();

        var answer = await Json(url);
        var html = await app.Http.GetStringAsync(url);

        Assert.Equal("valid", answer.GetProperty("status").GetString());
        Assert.Equal(document.HolderName, answer.GetProperty("claims").GetProperty("holderName").GetString());
        Assert.Contains("VALID", html);
        Assert.Contains(document.HolderName, html);
        // The labels still come in both languages: the entry kept them.
        Assert.Contains("ఆధార్ / Aadhaar", html);
        // As the page writes it: the apostrophe is an entity.
        Assert.Contains(WebUtility.HtmlEncode(ShippedLanguages.Texts.Verification.DetailsErased.En), html);
        Assert.Contains(ShippedLanguages.Texts.Verification.DetailsErased.Te, html);
    }

    [Fact]
    public async Task An_erased_document_is_no_longer_printed_from_its_link()
    {
        var document = await app.IssueAsync();
        var link = app.Services.GetRequiredService<DocumentLinks>().Create(app.BaseUrl, document.Id);
        await app.Grains.GetGrain<ICertificateGrain>(document.Id).Erase();

        var response = await app.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains(ShippedLanguages.Texts.Verification.DocumentErased.En, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Claims_signed_under_an_issued_number_but_never_issued_are_refused(bool erased)
    {
        // What a stolen signing key could do: sign other claims under a genuine number. The registry's digest says no.
        var document = await app.IssueAsync();
        if (erased)
        {
            await app.Grains.GetGrain<ICertificateGrain>(document.Id).Erase();
        }

        var forged = DocumentClaims.From(document with { HolderName = "Someone Else" });
        var token = app.Services.GetRequiredService<DocumentKeys>().Sign(forged);

        var answer = await Json($"/verify/{document.Id}?t={token}");

        Assert.Equal(("invalid", "claims-mismatch"), (answer.GetProperty("status").GetString(), answer.GetProperty("reason").GetString()));
        Assert.Equal("valid", (await Json(app.VerificationUrl(document))).GetProperty("status").GetString());
    }

    private Task<JsonElement> Json(string url) => app.VerdictAsync(url);
}
