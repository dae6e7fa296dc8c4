using System.Globalization;
using System.Net;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Languages;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>
/// The page a phone camera opens from a document's QR code: Telugu and English, no script, inline styles, one big
/// verdict first, so it reads on the cheapest phone's browser over a slow connection.
/// </summary>
public static class VerificationPage
{
    private static readonly TimeSpan IndiaStandardTime = TimeSpan.FromHours(5.5);

    public static string Render(VerificationResult result, ServiceCatalog catalog)
    {
        var (colour, te, en) = result.Status switch
        {
            VerificationResult.Valid => ("#1b7a35", "✓ చెల్లుబాటు అయ్యే పత్రం", "✓ VALID document"),
            VerificationResult.Revoked => ("#b3261e", "✗ ఈ పత్రం రద్దు చేయబడింది", "✗ REVOKED document"),
            _ => ("#5f6368", "✗ చెల్లని పత్రం", "✗ INVALID document"),
        };
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="te"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>పత్రం ధృవీకరణ · Document verification</title>
            <style>
            body{margin:0;font-family:"Noto Sans Telugu","Noto Sans",sans-serif;color:#1a1a1a;background:#f6f7f9;font-size:17px;line-height:1.45}
            .banner{color:#fff;padding:22px 16px;text-align:center}
            .banner b{display:block;font-size:26px}.banner span{display:block;font-size:20px;margin-top:4px}
            main{padding:12px 16px;max-width:640px;margin:auto}
            dl{background:#fff;border-radius:8px;padding:8px 14px;margin:12px 0}
            dt{color:#555f6b;font-size:14px;margin-top:10px}dd{margin:2px 0 8px;font-weight:bold;word-break:break-word}
            p{margin:10px 0}small{color:#555f6b}
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"""<div class="banner" style="background:{colour}"><b>{E(te)}</b><span>{E(en)}</span></div><main>""");
        if (result.Status == VerificationResult.Invalid)
        {
            var (whyTe, whyEn) = Explain(result.Reason);
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(whyTe)}</p><p>{E(whyEn)}</p><p><small>{E(result.Reason ?? "")}</small></p>");
        }

        if (result.Status == VerificationResult.Revoked)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p>రద్దుకు కారణం / Reason: <b>{E(result.Reason ?? "")}</b></p><p>రద్దు తేదీ / Revoked on: <b>{Date(result.RevokedAt)}</b></p>");
        }

        if (result.Claims is { } claims)
        {
            var department = catalog.FindDepartment(claims.Issuer)?.Name ?? new LocalizedText(claims.Issuer, claims.Issuer);
            var document = result.Record?.Document;
            html.Append("<dl>");
            Item(html, "పత్రం", "Document", document is null ? claims.Kind : $"{document.TitleTe} · {document.TitleEn}");
            Item(html, "పత్రం సంఖ్య", "Document No.", claims.Id);
            Item(html, "పేరు", "Name", claims.HolderName);
            Item(html, "జారీ చేసిన శాఖ", "Issued by", $"{department.Te} · {department.En}");
            Item(html, "జారీ తేదీ", "Date of issue", Date(claims.IssuedAt));
            for (var i = 0; i < claims.Fields.Count; i++)
            {
                var field = claims.Fields[i];
                // Telugu labels are not signed (they would lengthen the QR code); the registry's copy supplies them.
                var labelTe = document?.Fields.ElementAtOrDefault(i) is { } stored && stored.LabelEn == field.Label ? stored.LabelTe : null;
                Item(html, labelTe, field.Label, field.Value);
            }

            html.Append("</dl><p><small>డిజిటల్ సంతకం సరిపోలింది. · The digital signature matches.</small></p>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static (string Te, string En) Explain(string? reason) => reason switch
    {
        "unknown-document" => ("ఈ సంఖ్యతో ఏ పత్రమూ జారీ కాలేదు.", "No document was issued under this number."),
        "missing-token" => ("QR కోడ్‌లోని సంతకం ఈ లింక్‌లో లేదు. QR కోడ్‌ను మళ్లీ స్కాన్ చేయండి.", "This link lacks the signature from the QR code. Scan the QR code again."),
        _ => ("ఈ పత్రంపై సంతకం సరిపోలలేదు: పత్రం మార్చబడి ఉండవచ్చు.", "The signature on this document does not match: it may have been altered."),
    };

    private static void Item(StringBuilder html, string? labelTe, string labelEn, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{(labelTe is null ? "" : E(labelTe) + " / ")}{E(labelEn)}</dt><dd>{E(value)}</dd>");

    private static string Date(DateTimeOffset? at) =>
        at?.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    // WebUtility leaves Telugu as it is (HtmlEncoder would turn every letter into an entity and triple the page).
    private static string E(string text) => WebUtility.HtmlEncode(text);
}
