using System.Net;
using ManaMitra.OfficerConsole.Accounts;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// With <c>ManaMitra__Officers__RequireTwoFactor</c>, an officer who signs in with a password alone is sent to enrol
/// and can open nothing else until a code has confirmed it; after that, sign-in with the code opens the console.
/// </summary>
public sealed class RequiredTwoStepSignInTests(RequiredTwoStepSignInTests.RequiredSite site) : IClassFixture<RequiredTwoStepSignInTests.RequiredSite>
{
    [Fact]
    public async Task An_officer_without_two_step_can_only_enrol_and_once_enrolled_uses_the_console()
    {
        var user = await site.CreateOfficer();
        using var browser = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(browser, user);

        var dashboard = await browser.GetAsync("/officers/dashboard");
        var queue = await browser.GetAsync("/officers");
        var enrol = await browser.GetStringAsync("/officers/authenticator");

        Assert.Equal(TwoStepSignIn.EnrolPath, dashboard.Headers.Location?.OriginalString);
        Assert.Equal(TwoStepSignIn.EnrolPath, queue.Headers.Location?.OriginalString);
        Assert.Contains("needs two-step sign-in", enrol, StringComparison.Ordinal);

        var key = TwoStepSignInTests.Site.EnrolmentKey(enrol);
        await site.Post(browser, "/officers/authenticator", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/officers/dashboard")).StatusCode);

        using var again = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(again, user);
        await site.Post(again, "/officers/code", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/officers")).StatusCode);
    }

    public sealed class RequiredSite : TwoStepSignInTests.Site
    {
        protected override IReadOnlyDictionary<string, string> Settings =>
            new Dictionary<string, string> { [TwoStepSignIn.RequiredSetting] = "true" };
    }
}
