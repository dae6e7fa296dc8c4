using ManaMitra.Grains.Documents;

namespace ManaMitra.WebhookFrontend.Verification;

/// <summary>The base URL citizens reach this system at, for QR codes and links.</summary>
public static class PublicBase
{
    /// <summary><c>ManaMitra:PublicBaseUrl</c>, or the request's own scheme, host and path base when it is empty.</summary>
    public static string Of(HttpRequest request, IConfiguration configuration) =>
        configuration[PublicBaseUrl.Setting] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
