using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Documents;
using ManaMitra.Interfaces.Documents;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ManaMitra.Tests.Documents;

/// <summary>
/// "My data" as a signed PDF on the real app (#18): the tap under the summary brings a document message whose link
/// returns a PDF printing the facts, whose QR code's token verifies against the published keys, and which "my
/// documents" lists, so erasure reaches it.
/// </summary>
public sealed class DataStatementDocumentTests
{
    private static readonly PrivacyText Privacy = ShippedLanguages.Texts.Privacy;

    [Theory]
    [InlineData(ShippedLanguages.English, "my data", "919000005551")]
    [InlineData(ShippedLanguages.Telugu, "నా సమాచారం", "919000005552")]
    public async Task The_pdf_button_sends_a_registered_signed_statement_of_what_is_held(string language, string words, string citizen)
    {
        await using var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>());
        var chat = new SandboxChat(frontend);
        await chat.Says(citizen, text: "hi");
        await chat.Says(citizen, replyId: ChoiceIds.ForLanguage(language));
        await chat.Says(citizen, replyId: TestConversations.AgreeAndApply("income-certificate"));
        await chat.Says(citizen, text: words);
        var offer = Last(await chat.Sent(citizen)).GetProperty("interactive").GetProperty("action").GetProperty("buttons")[0].GetProperty("reply");
        Assert.Equal(ChoiceIds.DataStatement, offer.GetProperty("id").GetString());

        await chat.Says(citizen, replyId: ChoiceIds.DataStatement);

        var message = Last(await chat.Sent(citizen));
        Assert.Equal("document", message.GetProperty("type").GetString());
        var link = new Uri(message.GetProperty("document").GetProperty("link").GetString()!);
        var id = link.Segments[^1];
        Assert.Matches("^DATA-[0-9A-F]{20}$", id);
        Assert.Equal($"{Privacy.StatementTitle.In(language)} · {id}", message.GetProperty("document").GetProperty("caption").GetString());
        var download = await frontend.Http.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var pdf = await download.Content.ReadAsByteArrayAsync();

        // Folded as a reader copies it: the English font prints "fi" as one ligature glyph.
        var text = PrintedDocuments.Text(pdf).Normalize(NormalizationForm.FormKC);
        Assert.All(
            new[] { id, ShippedLanguages.Texts.Documents.Platform.En, Privacy.StatementTitle.En, TestConversations.NoticeVersion, Privacy.StatementGiven.En, IncomeCertificate.En }
                .Concat(new[] { Privacy.StatementLanguage, Privacy.StatementConsent, Privacy.StatementConsentOn, Privacy.StatementNotice, Privacy.StatementDocuments, Privacy.StatementApplications, Privacy.StatementForm, Privacy.StatementErasedOn }.Select(l => l.En)),
            fact => Assert.Contains(fact, text, StringComparison.Ordinal));

        var scanned = new Uri(Scan(pdf, 300) ?? Scan(pdf, 450) ?? throw new InvalidOperationException("the QR code did not scan"));
        Assert.Equal($"/verify/{id}", scanned.AbsolutePath);
        var keys = JsonWebKeySet.Parse(await frontend.Http.GetStringAsync("/verify/keys"));
        var claims = Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(scanned.Query["?t=".Length..], keys)).Claims;
        Assert.Equal((id, PrivacyScreens.StatementKind, ServiceCatalog.PlatformIssuer, ""), (claims.Id, claims.Kind, claims.IssuerDepartment, claims.HolderName));
        Assert.Contains(new ClaimField(Privacy.StatementNotice.En, TestConversations.NoticeVersion), claims.Fields);
        using var online = new HttpRequestMessage(HttpMethod.Get, scanned.PathAndQuery);
        online.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var verdict = JsonDocument.Parse(await (await frontend.Http.SendAsync(online)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("valid", verdict.GetProperty("status").GetString());
        // The page names the issuer as the PDF does, not by its id.
        Assert.Contains(WebUtility.HtmlEncode(ShippedLanguages.Texts.Documents.Platform.En), await frontend.Http.GetStringAsync(scanned.PathAndQuery), StringComparison.Ordinal);

        await chat.Says(citizen, replyId: ChoiceIds.MyDocuments);
        var rows = Last(await chat.Sent(citizen)).GetProperty("interactive").GetProperty("action").GetProperty("sections")[0].GetProperty("rows");
        Assert.Equal(ChoiceIds.Document(id), rows[0].GetProperty("id").GetString());

        // Listed, it is reached by erasure like any document of the conversation: its facts leave the registry.
        await chat.Says(citizen, text: "delete my data");
        await chat.Says(citizen, replyId: ChoiceIds.EraseConfirmed);
        await chat.Sent(citizen);
        Assert.NotNull((await frontend.Services.GetRequiredService<IGrainFactory>().GetGrain<ICertificateGrain>(id).Get())!.ErasedAt);
        Assert.Equal(HttpStatusCode.Gone, (await frontend.Http.GetAsync(link.PathAndQuery)).StatusCode);
    }

    private static LocalizedText IncomeCertificate =>
        CatalogLoader.Load(CatalogLoader.DefaultDirectory).FindService("income-certificate")!.Value.Service.Name;

    // The last message the citizen sees: a read receipt, which follows the replies to a message, is not one.
    private static JsonElement Last(IReadOnlyList<string> bodies) =>
        bodies.Select(body => JsonDocument.Parse(body).RootElement).Last(body => !body.TryGetProperty("status", out _));

    private static string? Scan(byte[] pdf, int dpi)
    {
        using var page = PrintedDocuments.Rasterize(pdf, dpi);
        return PrintedDocuments.ReadQr(page);
    }
}
