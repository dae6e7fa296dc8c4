using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ManaMitra.Interfaces.Officers;
using ManaMitra.OfficerConsole;
using ManaMitra.OfficerConsole.Accounts;
using ManaMitra.Tests.Documents;
using ManaMitra.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// Two-step sign-in over HTTP, as a browser posts the console's forms: an officer enrols an authenticator app from the
/// QR code, then signing in needs its code; wrong codes count toward the lockout; an officer without it signs in as before.
/// Codes are computed by the test's own RFC 6238 (<see cref="Totp"/>).
/// </summary>
public sealed class TwoStepSignInTests(TwoStepSignInTests.Site site) : IClassFixture<TwoStepSignInTests.Site>
{
    [Fact]
    public void The_tests_codes_are_RFC_6238s_own_test_vectors()
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal("94287082", Totp.Code(key, 59 / 30, digits: 8));
        Assert.Equal("07081804", Totp.Code(key, 1111111109 / 30, digits: 8));
        Assert.Equal("89005924", Totp.Code(key, 1234567890 / 30, digits: 8));
        Assert.Equal("65353130", Totp.Code(key, 20000000000 / 30, digits: 8));
    }

    [Fact]
    public async Task An_officer_enrols_from_the_QR_code_and_then_signing_in_needs_the_apps_code()
    {
        var user = await site.CreateOfficer();
        using var browser = FormPosts.Client(site.Frontend);
        Assert.Equal("/officers", (await site.SignInWithPassword(browser, user)).Headers.Location?.OriginalString);

        var page = await browser.GetAsync("/officers/authenticator");
        var key = Site.EnrolmentKey(await page.Content.ReadAsStringAsync());
        var qr = await browser.GetAsync("/officers/authenticator?handler=qr");
        using var picture = SKBitmap.Decode(await qr.Content.ReadAsByteArrayAsync());
        var uri = new Uri(PrintedDocuments.ReadQr(picture)!);

        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.True(qr.Headers.CacheControl?.NoStore);
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Equal($"/ManaMitra:{user}", Uri.UnescapeDataString(uri.AbsolutePath));
        Assert.Contains($"secret={key}&", uri.Query, StringComparison.Ordinal);

        // A wrong code switches nothing on: a mistyped key must not lock its officer out.
        var wrong = await site.Post(browser, "/officers/authenticator", ("code", Totp.WrongCode(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.False((await site.Account(user)).TwoFactorEnabled);

        var enrolled = await site.Post(browser, "/officers/authenticator", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var enrolledPage = await enrolled.Content.ReadAsStringAsync();
        Assert.Contains("id=\"two-step-on\"", enrolledPage, StringComparison.Ordinal);
        Assert.Equal(10, Site.RecoveryCodes(enrolledPage).Count);
        Assert.True((await site.Account(user)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/officers/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Post(browser, "/officers/logout")).StatusCode);

        using var again = FormPosts.Client(site.Frontend);
        var password = await site.SignInWithPassword(again, user);
        Assert.StartsWith("/officers/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        // The password alone is no session.
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/officers/dashboard")).StatusCode);

        var signedIn = await site.Post(again, "/officers/code", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));

        Assert.Equal("/officers", signedIn.Headers.Location?.OriginalString);
        var dashboard = await again.GetAsync("/officers/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Test Officer", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_shown_at_enrolment_signs_in_once_without_the_app()
    {
        var user = await site.CreateOfficer();
        using var browser = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(browser, user);
        var key = Site.EnrolmentKey(await browser.GetStringAsync("/officers/authenticator"));
        var enrolled = await site.Post(browser, "/officers/authenticator", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var recovery = Site.RecoveryCodes(await enrolled.Content.ReadAsStringAsync())[0];

        using var first = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(first, user);
        var used = await site.Post(first, "/officers/code?handler=recovery", ("recoveryCode", recovery));
        using var second = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(second, user);
        var again = await site.Post(second, "/officers/code?handler=recovery", ("recoveryCode", recovery));

        Assert.Equal("/officers", used.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/officers/dashboard")).StatusCode);
        Assert.Contains("has been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(9, (await site.Account(user)).RecoveryCodeHashes.Count);
        // A spent or wrong recovery code counts toward the lockout as a wrong app code does.
        Assert.Equal(1, (await site.Account(user)).AccessFailedCount);
    }

    [Fact]
    public async Task Wrong_codes_count_toward_the_lockout_and_then_the_right_code_is_refused_too()
    {
        var user = await site.CreateOfficer();
        var key = await site.Enrol(user);
        using var browser = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(browser, user);

        var first = await site.Post(browser, "/officers/code", ("code", Totp.WrongCode(key, DateTimeOffset.UtcNow)));

        Assert.Contains("not right", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await site.Account(user)).AccessFailedCount);
        for (var attempt = 2; attempt <= OfficerConsoleExtensions.MaxFailedSignIns; attempt++)
        {
            await site.Post(browser, "/officers/code", ("code", Totp.WrongCode(key, DateTimeOffset.UtcNow)));
        }

        var right = await site.Post(browser, "/officers/code", ("code", Totp.Code(key, DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull((await site.Account(user)).LockoutEnd);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/officers/dashboard")).StatusCode);
    }

    [Fact]
    public async Task An_officer_without_two_step_signs_in_with_the_password_and_the_accounts_page_says_who_has_it()
    {
        var without = await site.CreateOfficer();
        var with = await site.CreateOfficer();
        await site.Enrol(with);
        using var officer = FormPosts.Client(site.Frontend);
        using var admin = FormPosts.Client(site.Frontend);

        var signedIn = await site.SignInWithPassword(officer, without);
        await site.SignInWithPassword(admin, Site.AdminUser, Site.AdminPassword);
        var accounts = await admin.GetStringAsync("/officers/accounts");

        Assert.Equal("/officers", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/officers/dashboard")).StatusCode);
        Assert.Equal("Off", TwoStepCell(accounts, without));
        Assert.Equal("On", TwoStepCell(accounts, with));
    }

    [Fact]
    public async Task The_administrator_resets_a_lost_phones_two_step_and_its_codes_no_longer_matter()
    {
        var user = await site.CreateOfficer();
        var oldKey = await site.Enrol(user);
        using var admin = FormPosts.Client(site.Frontend);
        await site.SignInWithPassword(admin, Site.AdminUser, Site.AdminPassword);

        var reset = await admin.PostAsync("/officers/accounts?handler=resettwostep",
            FormPosts.Form(("resetUser", user), (FormPosts.TokenField, await FormPosts.Token(admin, "/officers/accounts"))));

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal("Off", TwoStepCell(await reset.Content.ReadAsStringAsync(), user));
        var account = await site.Account(user);
        Assert.False(account.TwoFactorEnabled);
        Assert.NotEqual(oldKey, account.AuthenticatorKey);
        Assert.Empty(account.RecoveryCodeHashes);
        using var officer = FormPosts.Client(site.Frontend);
        Assert.Equal("/officers", (await site.SignInWithPassword(officer, user)).Headers.Location?.OriginalString);
    }

    private static string TwoStepCell(string accounts, string user) =>
        Regex.Match(accounts, $"<tr><td>{Regex.Escape(user)}</td>.*?<td class=\"two-step\">\\s*(On|Off)", RegexOptions.Singleline).Groups[1].Value;

    /// <summary>The frontend in Production mode with an administrator; officers are created per test.</summary>
    public class Site : IAsyncLifetime
    {
        public const string AdminUser = "two-step-admin";
        public const string AdminPassword = "admin passphrase for two-step tests";
        public const string Password = "officer passphrase for two-step tests";

        private static int _officers;

        private RunningFrontend? _frontend;

        public RunningFrontend Frontend => _frontend ?? throw new InvalidOperationException("not started");

        protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

        public async Task InitializeAsync() => _frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>(Settings)
        {
            ["ManaMitra:Officers:Admin:User"] = AdminUser,
            ["ManaMitra:Officers:Admin:Password"] = AdminPassword,
            // The tests sign in many times from one address; the limit itself is SignInLimitTests'.
            ["ManaMitra:Officers:SignInsPerMinute"] = "10000",
        });

        public async Task DisposeAsync()
        {
            if (_frontend is not null)
            {
                await _frontend.DisposeAsync();
            }
        }

        public async Task<string> CreateOfficer()
        {
            var user = $"two-step.{Interlocked.Increment(ref _officers).ToString(CultureInfo.InvariantCulture)}";
            using var scope = Frontend.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerUser>>();
            var created = await users.CreateAsync(
                new OfficerUser { UserName = user, DisplayName = "Test Officer", Role = OfficerRole.Officer, DepartmentId = "revenue", CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow },
                Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            return user;
        }

        /// <summary>Switches two-step sign-in on for <paramref name="user"/> as enrolment leaves it, for tests about signing in.</summary>
        public async Task<string> Enrol(string user)
        {
            using var scope = Frontend.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerUser>>();
            var officer = (await users.FindByNameAsync(user))!;
            await users.ResetAuthenticatorKeyAsync(officer);
            await users.SetTwoFactorEnabledAsync(officer, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(officer, 10);
            return officer.AuthenticatorKey!;
        }

        /// <summary>The key the enrolment page shows, without the spaces that group it for reading.</summary>
        public static string EnrolmentKey(string page) =>
            Regex.Match(page, "<code id=\"key\">([A-Z2-7 ]+)</code>").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);

        /// <summary>The recovery codes the page lists once, after enrolment.</summary>
        public static IReadOnlyList<string> RecoveryCodes(string page) =>
            [.. Regex.Matches(page.Split("id=\"recovery-codes\"").ElementAtOrDefault(1) ?? string.Empty, "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value)];

        public async Task<OfficerAccount> Account(string user) =>
            (await Frontend.Services.GetRequiredService<IGrainFactory>().GetGrain<IOfficerAccountGrain>(OfficerUser.Normalize(user)).Get())!;

        public async Task<HttpResponseMessage> SignInWithPassword(HttpClient browser, string user, string password = Password)
        {
            var response = await Post(browser, "/officers/login", ("userName", user), ("password", password));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return response;
        }

        /// <summary>A form posted from <paramref name="path"/> with the antiforgery token that page gave.</summary>
        public async Task<HttpResponseMessage> Post(HttpClient browser, string path, params (string Name, string Value)[] fields)
        {
            // The page the form is on: the logout form is on every page; a handler's form on its page.
        var token = await FormPosts.Token(browser, path == "/officers/logout" ? "/officers/dashboard" : path.Split('?')[0]);
            return await browser.PostAsync(path, FormPosts.Form([.. fields, (FormPosts.TokenField, token)]));
        }
    }
}
