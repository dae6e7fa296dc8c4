using System.Globalization;
using System.Net;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Languages;
using ManaMitra.WebhookFrontend.Endpoints;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>
/// The page a phone camera opens from a document's QR code: in the documents' two languages (Telugu and English),
/// no script, one small stylesheet (the verdict's colour is its class), one big verdict first, so it reads on the
/// cheapest phone's browser over a slow connection. Its words are the language files' <c>verification.*</c>.
/// </summary>
public static class VerificationPage
{
    private static readonly TimeSpan IndiaStandardTime = TimeSpan.FromHours(5.5);

    public static string Render(VerificationResult result, ServiceCatalog catalog)
    {
        var texts = catalog.Texts;
        var says = texts.Verification;
        var (first, second) = (texts.DocumentLanguages[0], texts.DocumentLanguages[1]);
        var verdict = result.Status switch
        {
            VerificationResult.Valid => says.Valid,
            VerificationResult.Revoked => says.Revoked,
            _ => says.Invalid,
        };
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(texts.Bilingual(says.PageTitle, " · "))}</title>
            """);
        html.Append(CultureInfo.InvariantCulture, $"""<link rel="stylesheet" href="{PageStyles.StyleSheet}"></head><body>""");
        html.Append(CultureInfo.InvariantCulture, $"""<div class="banner {result.Status}"><b>{E(verdict.In(first))}</b><span>{E(verdict.In(second))}</span></div><main>""");
        if (result.Status == VerificationResult.Invalid)
        {
            var why = Explain(says, result.Reason);
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(why.In(first))}</p><p>{E(why.In(second))}</p><p><small>{E(result.Reason ?? "")}</small></p>");
        }

        if (result.Status == VerificationResult.Revoked)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p>{E(texts.Bilingual(says.RevocationReason, " / "))}: <b>{E(result.Reason ?? "")}</b></p><p>{E(texts.Bilingual(says.RevokedOn, " / "))}: <b>{Date(result.RevokedAt)}</b></p>");
        }

        if (result.Claims is { } claims)
        {
            var department = catalog.IssuerName(claims.Issuer);
            var document = result.Record?.Document;
            var words = texts.Documents;
            html.Append("<dl>");
            Item(html, texts.Bilingual(says.Document, " / "), document is null ? claims.Kind : texts.Bilingual(document.Title, " · "));
            Item(html, texts.Bilingual(words.DocumentNumber, " / "), claims.Id);
            if (claims.HolderName.Length > 0)
            {
                Item(html, texts.Bilingual(words.Name, " / "), claims.HolderName);
            }

            Item(html, texts.Bilingual(says.IssuedBy, " / "), texts.Bilingual(department, " · "));
            Item(html, texts.Bilingual(words.DateOfIssue, " / "), Date(claims.IssuedAt));
            for (var i = 0; i < claims.Fields.Count; i++)
            {
                var field = claims.Fields[i];
                // Only the fallback language's label is signed (every other would lengthen the QR code); the registry's
                // copy supplies the label in the documents' languages.
                var label = document?.Fields.ElementAtOrDefault(i) is { } stored && stored.Label.Fallback == field.Label
                    ? texts.Bilingual(stored.Label, " / ")
                    : field.Label;
                Item(html, label, field.Value);
            }

            html.Append(CultureInfo.InvariantCulture, $"</dl><p><small>{E(texts.Bilingual(says.SignatureMatches, " · "))}</small></p>");
            if (result.Record?.ErasedAt is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><small>{E(texts.Bilingual(says.DetailsErased, " · "))}</small></p>");
            }

        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static LocalizedText Explain(VerificationText says, string? reason) => reason switch
    {
        "unknown-document" => says.UnknownDocument,
        "missing-token" => says.MissingToken,
        _ => says.SignatureMismatch,
    };

    private static void Item(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{E(label)}</dt><dd>{E(value)}</dd>");

    private static string Date(DateTimeOffset? at) =>
        at?.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    // WebUtility leaves Telugu as it is (HtmlEncoder would turn every letter into an entity and triple the page).
    private static string E(string text) => WebUtility.HtmlEncode(text);
}
