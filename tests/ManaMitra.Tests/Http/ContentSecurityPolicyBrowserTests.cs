using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Officers;
using Microsoft.Playwright;

namespace ManaMitra.Tests.Http;

/// <summary>
/// Every kind of page in Debian's Chromium under the content security policy: the browser refuses nothing on any of
/// them, and the stylesheets that replaced inline style apply. The browser's own report of a refusal is what is
/// read, so a control first shows an inline style is refused and reported.
/// </summary>
[Collection(nameof(OfficerConsoleCollection))]
public sealed class ContentSecurityPolicyBrowserTests(OfficerConsoleSite site)
{
    [Fact]
    public async Task No_page_kind_breaks_the_policy_and_each_is_styled_from_its_stylesheet()
    {
        var grievance = await site.LodgeStreetLightComplaint();
        var application = await site.SubmitRevenueApplication();
        var refusals = new List<string>();

        var visitor = Watched(await (await site.Browser.NewContextAsync(new() { BaseURL = Base })).NewPageAsync(), refusals);
        await visitor.GotoAsync("/officers/login");
        await visitor.EvaluateAsync("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">inline</p>')");
        await Assertions.Expect(visitor.Locator("p[style]")).ToHaveCountAsync(1);
        Assert.NotEmpty(await FirstRefusal(refusals));
        lock (refusals)
        {
            refusals.Clear();
        }

        Assert.Equal("rgb(11, 61, 98)", await Style(visitor, "header", "backgroundColor"));
        await visitor.GotoAsync("/verify/NO-SUCH-DOCUMENT?t=not-a-token");
        Assert.Equal("rgb(95, 99, 104)", await Style(visitor, ".banner", "backgroundColor"));
        await visitor.GotoAsync("/pay/no-such-order");
        Assert.Equal("480px", await Style(visitor, "main", "maxWidth"));
        await visitor.GotoAsync("/dashboard/");
        await Assertions.Expect(visitor.Locator("#payments-title")).ToHaveTextAsync("Payments");
        await visitor.GotoAsync("/");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Note)).ToContainTextAsync("Sandbox");

        var officer = Watched(await site.SignIn(OfficerConsoleSite.RevenueOfficer), refusals);
        await officer.GotoAsync($"/officers/application/{application}");
        await Assertions.Expect(officer.Locator("#answers")).ToBeVisibleAsync();
        Assert.Equal("rgb(11, 61, 98)", await Style(officer, "header", "backgroundColor"));

        var ward = Watched(await site.SignIn(OfficerConsoleSite.GovernorpetOfficer), refusals);
        await ward.GotoAsync($"/officers/grievance/{grievance}");
        await Assertions.Expect(ward.Locator("#evidence img")).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal("100%", await Style(ward, "#evidence img", "maxWidth"));
        await ward.GotoAsync("/officers/dashboard");

        var admin = Watched(await site.SignIn(OfficerConsoleSite.AdminUser, OfficerConsoleSite.AdminPassword), refusals);
        await admin.GotoAsync("/officers/accounts");
        await Assertions.Expect(admin.Locator("#officers")).ToBeVisibleAsync();
        // Enrolling only shows a key (two-step sign-in stays off until a code confirms it): the QR code is the console's own image.
        await admin.GotoAsync("/officers/authenticator");
        await Assertions.Expect(admin.Locator("figure.qr img")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await admin.Locator("figure.qr img").EvaluateAsync<int>("image => image.naturalWidth") > 0);
        Assert.Equal("256px", await Style(admin, "figure.qr img", "width"));
        await admin.GotoAsync("/officers/access-audit");
        await admin.FillAsync("#actor", OfficerConsoleSite.RevenueOfficer);
        await admin.ClickAsync("#audit button.primary");
        await Assertions.Expect(admin.Locator("#touches")).ToBeVisibleAsync();
        Assert.Equal("flex", await Style(admin, ".buttons", "display"));

        Assert.Empty(Copy(refusals));
    }

    private string Base => site.Frontend.Http.BaseAddress!.ToString();

    private static IPage Watched(IPage page, List<string> refusals)
    {
        // Chromium reports each refusal on the console ("Refused to apply inline style because it violates the
        // following Content Security Policy directive …").
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (refusals)
                {
                    refusals.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    private static Task<string> Style(IPage page, string selector, string property) =>
        page.Locator(selector).First.EvaluateAsync<string>($"element => getComputedStyle(element).{property}");

    private static Task<List<string>> FirstRefusal(List<string> refusals) =>
        Eventually.Until(() => Task.FromResult(Copy(refusals)), r => r.Count > 0, TimeSpan.FromSeconds(10));

    private static List<string> Copy(List<string> refusals)
    {
        lock (refusals)
        {
            return [.. refusals];
        }
    }
}
