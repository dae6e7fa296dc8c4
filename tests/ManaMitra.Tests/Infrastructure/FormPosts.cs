using System.Net;
using System.Text.RegularExpressions;

namespace ManaMitra.Tests.Infrastructure;

/// <summary>
/// Forms posted as a browser posts them, without a browser: a client that keeps cookies (the antiforgery token's
/// pair) and does not follow redirects, and the token read from the page's HTML.
/// </summary>
public static partial class FormPosts
{
    public const string TokenField = "__RequestVerificationToken";

    public static HttpClient Client(RunningFrontend frontend) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = frontend.Http.BaseAddress };

    /// <summary>The antiforgery token of the page at <paramref name="path"/>, opened by <paramref name="client"/>.</summary>
    public static async Task<string> Token(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var found = TokenInput().Match(html);
        return found.Success ? WebUtility.HtmlDecode(found.Groups[1].Value) : throw new InvalidOperationException($"{path} has no {TokenField}");
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TokenInput();
}
