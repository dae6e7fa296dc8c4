using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Grains.Payments;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using Microsoft.AspNetCore.Antiforgery;

namespace ManaMitra.WebhookFrontend.Endpoints;

/// <summary>
/// The sandbox payment gateway's web side, mapped in sandbox and Development only: <c>GET /pay/{order}</c>, the page
/// a citizen's "Pay" button opens (amount, payee, "Pay with UPI" / "Fail", in the documents' two languages, no
/// script), and <c>POST /sandbox/gateway/{order}/pay</c> with <c>{"outcome":"success"|"failure"}</c> (JSON, or the
/// page's form with its antiforgery token), which completes the order and then sends the gateway's signed callback to
/// <see cref="PaymentCallbackEndpoints.Path"/> over HTTP, exactly as a real gateway would. <c>GET
/// /sandbox/review-and-pay/{reference}</c> stands in for WhatsApp's in-app checkout of an <c>order_details</c> bill.
/// </summary>
public static class SandboxGatewayEndpoints
{
    public static void MapSandboxGateway(this IEndpointRouteBuilder app)
    {
        app.MapGet("/pay/{order}", Page);
        app.MapPost("/sandbox/gateway/{order}/pay", Pay);
        app.MapGet("/sandbox/review-and-pay/{reference}", ReviewAndPay);
    }

    /// <summary>
    /// What "Review and pay" on WhatsApp's own bill (<c>order_details</c>) opens in the simulator: the payment's
    /// current order at this gateway, found by our reference, the bill's <c>reference_id</c>.
    /// </summary>
    private static async Task<IResult> ReviewAndPay(string reference, HttpRequest request, IGrainFactory grains) =>
        await grains.GetGrain<IPaymentGrain>(reference).View() is { GatewayOrderId: { } order }
            ? Results.Redirect($"{request.PathBase}/pay/{Uri.EscapeDataString(order)}")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown payment", detail: $"No payment has the reference {reference}.");

    private static IResult Page(string order, HttpContext context, IAntiforgery antiforgery, SandboxGateway gateway, ServiceCatalog catalog, TimeProvider time)
    {
        var found = gateway.Find(order);
        var html = Render(found, antiforgery.GetAndStoreTokens(context), catalog.Texts, time.GetUtcNow());
        return Results.Content(html, "text/html; charset=utf-8", statusCode: found is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private static async Task<IResult> Pay(
        string order, HttpContext context, IAntiforgery antiforgery, SandboxGateway gateway, GatewaySecret secret, TimeProvider time, IHttpClientFactory clients)
    {
        var request = context.Request;
        string? outcome;
        if (request.HasFormContentType)
        {
            // A form another site makes a browser post here carries no token from our page.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad form", detail: "The form carries no valid antiforgery token: pay from the page.");
            }

            outcome = (await request.ReadFormAsync(context.RequestAborted))["outcome"].ToString();
        }
        else if (request.HasJsonContentType())
        {
            // JSON only by its content type: a page elsewhere can post JSON-shaped text/plain without a preflight.
            outcome = await JsonOutcome(request);
        }
        else
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported body", detail: "Send application/json, or the page's form.");
        }

        GatewayOutcome? chosen = outcome switch { "success" => GatewayOutcome.Captured, "failure" => GatewayOutcome.Failed, _ => null };
        if (chosen is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad outcome", detail: "Send {\"outcome\":\"success\"} or {\"outcome\":\"failure\"}.");
        }

        if (gateway.Find(order) is not { } found)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown order", detail: $"The sandbox gateway has no order {order}.");
        }

        if (gateway.Complete(found, chosen.Value) is not { } payment)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Order closed", detail: "The order is paid, failed or expired already.");
        }

        // The gateway's own callback, signed and sent over HTTP to this host, as a real gateway sends it.
        var body = GatewayCallback.Write(found.Request.Reference, payment, time.GetUtcNow());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        content.Headers.Add(GatewayCallback.SignatureHeader, GatewayCallback.Sign(body, secret.Key));
        using var sent = await clients.CreateClient().PostAsync(
            $"{request.Scheme}://{request.Host}{request.PathBase}{PaymentCallbackEndpoints.Path}", content, context.RequestAborted);
        return request.HasFormContentType
            ? Results.Redirect($"{request.PathBase}/pay/{Uri.EscapeDataString(order)}", permanent: false, preserveMethod: false)
            : Results.Ok(new { order, outcome, payment = payment.PaymentId, callback = (int)sent.StatusCode });
    }

    private static async Task<string?> JsonOutcome(HttpRequest request)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("outcome", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Render(SandboxOrder? order, AntiforgeryTokenSet tokens, Texts texts, DateTimeOffset now)
    {
        var says = texts.PaymentPage;
        var html = new StringBuilder();
        var title = E(texts.Bilingual(says.Title, " · "));
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{texts.DocumentLanguages[0]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            """);
        html.Append(CultureInfo.InvariantCulture, $"""<link rel="stylesheet" href="{PageStyles.StyleSheet}"></head><body><main class="payment">""");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{title}</h1><p><small>{E(texts.Bilingual(says.Sandbox, " "))}</small></p>");
        if (order is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(texts.Bilingual(says.Unknown, " / "))}</p>");
        }
        else
        {
            var request = order.Request;
            html.Append(CultureInfo.InvariantCulture, $"""
                <dl><dt>{E(texts.Bilingual(says.Amount, " / "))}</dt><dd>{E(Rupees.Format(request.AmountPaise / 100m))}</dd>
                <dt>{E(texts.Bilingual(says.Payee, " / "))}</dt><dd>{E(texts.Bilingual(request.Payee, " / "))}</dd>
                <dt>{E(texts.Bilingual(says.Purpose, " / "))}</dt><dd>{E(texts.Bilingual(request.Purpose, " / "))}</dd>
                <dt>{E(texts.Bilingual(says.Reference, " / "))}</dt><dd>{E(request.Reference)}</dd></dl>
                """);
            var state = order.Payment switch
            {
                { Outcome: GatewayOutcome.Captured } => says.Captured,
                { Outcome: GatewayOutcome.Failed } => says.Failed,
                _ when now >= request.ExpiresAt => says.Expired,
                _ => null,
            };
            html.Append(state is { } told
                ? $"<p><b>{E(texts.Bilingual(told, " / "))}</b></p>"
                : $"""
                  <form method="post" action="/sandbox/gateway/{E(order.Id)}/pay">
                  <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken ?? "")}">
                  <button class="pay" name="outcome" value="success">{E(texts.Bilingual(says.Pay, " / "))}</button>
                  <button class="fail" name="outcome" value="failure">{E(texts.Bilingual(says.Fail, " / "))}</button>
                  </form>
                  """);
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
