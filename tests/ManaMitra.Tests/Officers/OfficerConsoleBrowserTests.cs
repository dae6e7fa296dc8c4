using System.Net;
using System.Text.RegularExpressions;
using ManaMitra.Interfaces.Applications;
using Microsoft.Playwright;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// The officer console in Debian's Chromium, as officials use it: sign in, read the queue, open an application,
/// decide it, approve several at once; an officer of another department can neither see nor decide it.
/// </summary>
[Collection(nameof(OfficerConsoleCollection))]
public sealed partial class OfficerConsoleBrowserTests(OfficerConsoleSite site)
{
    [Fact]
    public async Task A_new_application_is_in_its_departments_queue_with_its_due_date_and_the_answers_masked()
    {
        var reference = await site.SubmitRevenueApplication();
        var application = await site.Application(reference);
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);

        var row = page.Locator($"#queue tr[data-reference='{reference}']");
        await Assertions.Expect(row).ToContainTextAsync("Occupancy Rights");
        await Assertions.Expect(row).ToContainTextAsync(application.Submission.DueBy.ToOffset(TimeSpan.FromHours(5.5)).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await row.Locator("a").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("#answers")).ToContainTextAsync("XXXX XXXX 1234");
        Assert.DoesNotMatch(TwelveDigits(), await page.ContentAsync());
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("citizen");
    }

    [Fact]
    public async Task A_rejection_needs_a_note_and_then_is_recorded_with_the_officer_who_made_it()
    {
        var reference = await site.SubmitRevenueApplication();
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);
        await page.GotoAsync($"/officers/application/{reference}");

        await page.CheckAsync("input[value=reject]");
        await page.ClickAsync("#decide button");
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("Write a note");
        Assert.Equal(ApplicationStage.UnderReview, (await site.Application(reference)).Stage);

        await page.CheckAsync("input[value=reject]");
        await page.FillAsync("#note", "The survey number is government land.");
        await page.ClickAsync("#decide button");

        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync(site.Catalog.Texts.Departments.StageRejected.In("en"));
        var view = await site.Application(reference);
        Assert.Equal(ApplicationStage.Rejected, view.Stage);
        Assert.Equal("The survey number is government land.", view.History[^1].Note);
        Assert.Contains("Lakshmi Devi (revenue.inspector)", view.History[^1].By, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#decide")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_appeal_goes_to_the_appellate_officer_who_approves_or_rejects_it_but_never_returns_it()
    {
        var reference = await site.SubmitRevenueApplication();
        var officer = await site.SignIn(OfficerConsoleSite.RevenueOfficer);
        await officer.GotoAsync($"/officers/application/{reference}");
        await officer.CheckAsync("input[value=reject]");
        await officer.FillAsync("#note", "No record of occupation.");
        await officer.ClickAsync("#decide button");
        await Assertions.Expect(officer.Locator("#decide")).ToHaveCountAsync(0);
        await site.Appeal(reference, "I have tilled this land since 1998; the village register shows it.");

        await officer.GotoAsync("/officers");
        await Assertions.Expect(officer.Locator($"[data-reference='{reference}']")).ToHaveCountAsync(0);
        await officer.GotoAsync($"/officers/application/{reference}");
        await Assertions.Expect(officer.Locator("#decide")).ToHaveCountAsync(0);

        var appellate = await site.SignIn(OfficerConsoleSite.RevenueAppellate);
        await Assertions.Expect(appellate.Locator("h1")).ToHaveTextAsync("Appeals to decide");
        await appellate.Locator($"#queue tr[data-reference='{reference}'] a").ClickAsync();
        await Assertions.Expect(appellate.Locator("#history")).ToContainTextAsync("I have tilled this land since 1998");
        await Assertions.Expect(appellate.Locator("input[value=return]")).ToHaveCountAsync(0);
        await appellate.CheckAsync("input[value=approve]");
        await appellate.ClickAsync("#decide button");

        await Assertions.Expect(appellate.Locator("#stage")).ToHaveTextAsync(site.Catalog.Texts.Departments.StageApproved.In("en"));
        var view = await site.Application(reference);
        Assert.Equal(ApplicationStage.Approved, view.Stage);
        Assert.Contains("Padma Rani (revenue.rdo)", view.History[^1].By, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_approval_approves_every_selected_application()
    {
        var first = await site.SubmitRevenueApplication();
        var second = await site.SubmitRevenueApplication();
        var untouched = await site.SubmitRevenueApplication();
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);

        await page.CheckAsync($"#queue tr[data-reference='{first}'] input[type=checkbox]");
        await page.CheckAsync($"#queue tr[data-reference='{second}'] input[type=checkbox]");
        await page.ClickAsync("form button.primary");

        await Assertions.Expect(page.Locator(".message")).ToContainTextAsync("Approved: 2");
        await Assertions.Expect(page.Locator($"#queue tr[data-reference='{first}']")).ToHaveCountAsync(0);
        Assert.Equal(ApplicationStage.Approved, (await site.Application(first)).Stage);
        Assert.Equal(ApplicationStage.Approved, (await site.Application(second)).Stage);
        Assert.Equal(ApplicationStage.UnderReview, (await site.Application(untouched)).Stage);
    }

    [Fact]
    public async Task An_officer_of_another_department_can_neither_see_nor_decide_an_application()
    {
        var reference = await site.SubmitRevenueApplication();
        var page = await site.SignIn(OfficerConsoleSite.EnergyOfficer);
        await Assertions.Expect(page.Locator("#officer")).ToContainTextAsync("Suresh Babu");
        await Assertions.Expect(page.Locator($"[data-reference='{reference}']")).ToHaveCountAsync(0);

        var opened = await page.GotoAsync($"/officers/application/{reference}");
        Assert.Equal((int)HttpStatusCode.NotFound, opened!.Status);
        await Assertions.Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#answers")).ToHaveCountAsync(0);

        // A forged decision with this officer's own valid antiforgery token, sent as the browser would.
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var forged = await page.APIRequest.PostAsync($"/officers/application/{reference}", new APIRequestContextOptions
        {
            Form = OfficerConsoleSite.FormData(page, ("decision", "approve"), ("note", ""), ("__RequestVerificationToken", token)),
        });
        var bulk = await page.APIRequest.PostAsync("/officers?handler=Approve", new APIRequestContextOptions
        {
            Form = OfficerConsoleSite.FormData(page, ("selected", reference), ("__RequestVerificationToken", token)),
        });

        Assert.Equal((int)HttpStatusCode.NotFound, forged.Status);
        Assert.Equal((int)HttpStatusCode.OK, bulk.Status);
        Assert.Contains("Approved: 0", await bulk.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStage.UnderReview, (await site.Application(reference)).Stage);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var reference = await site.SubmitRevenueApplication();
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);
        await Assertions.Expect(page.Locator("#officer")).ToBeVisibleAsync();

        var posted = await page.APIRequest.PostAsync($"/officers/application/{reference}", new APIRequestContextOptions
        {
            Form = OfficerConsoleSite.FormData(page, ("decision", "approve")),
        });

        Assert.Equal((int)HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal(ApplicationStage.UnderReview, (await site.Application(reference)).Stage);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var user = await site.CreateOfficer("revenue");
        IPage? page = null;
        for (var attempt = 1; attempt < ManaMitra.OfficerConsole.OfficerConsoleExtensions.MaxFailedSignIns; attempt++)
        {
            page = await site.SignIn(user, "not the password at all");
            await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("wrong");
        }

        page = await site.SignIn(user, "not the password at all");
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("locked");

        page = await site.SignIn(user);

        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("locked");
        await Assertions.Expect(page.Locator("#officer")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_administrator_creates_an_officer_who_then_signs_in_to_the_departments_queue()
    {
        var page = await site.SignIn(OfficerConsoleSite.AdminUser, OfficerConsoleSite.AdminPassword);
        await page.GotoAsync("/officers/accounts");
        var user = $"tahsildar.{Guid.NewGuid():N}"[..20];

        await page.FillAsync("#newUserName", user);
        await page.FillAsync("#displayName", "Venkata Rao");
        await page.SelectOptionAsync("#department", "revenue");
        await page.SelectOptionAsync("#role", "Officer");
        await page.FillAsync("#newPassword", OfficerConsoleSite.Password);
        await page.ClickAsync("#create button");

        await Assertions.Expect(page.Locator(".message")).ToContainTextAsync("Officer created");
        await Assertions.Expect(page.Locator("#officers")).ToContainTextAsync(user);
        var officer = await site.SignIn(user);
        await Assertions.Expect(officer.Locator("#officer")).ToContainTextAsync("Venkata Rao · Revenue");
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Applications to decide");
    }

    [Fact]
    public async Task An_officer_cannot_open_the_administrators_page()
    {
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);
        await Assertions.Expect(page.Locator("#officer")).ToBeVisibleAsync();

        await page.GotoAsync("/officers/accounts");

        await Assertions.Expect(page.Locator("#create")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Figures");
    }

    [Fact]
    public async Task The_dashboard_counts_the_departments_applications_and_reads_in_Telugu()
    {
        var reference = await site.SubmitRevenueApplication();
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);
        await page.GotoAsync($"/officers/application/{reference}");
        await page.CheckAsync("input[value=approve]");
        await page.ClickAsync("#decide button");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync(site.Catalog.Texts.Departments.StageApproved.In("en"));

        await page.GotoAsync("/officers/dashboard");

        var revenue = page.Locator("[data-department=revenue]");
        await Assertions.Expect(page.Locator("[data-department]")).ToHaveCountAsync(1);
        Assert.True(Count(await revenue.Locator("[data-figure=approved-today] strong").TextContentAsync()) >= 1);
        Assert.True(Count(await revenue.Locator("[data-figure=received] strong").TextContentAsync()) >= 1);
        await Assertions.Expect(revenue.Locator("[data-figure=median-time-to-decide] strong")).ToContainTextAsync("hours");

        await page.ClickAsync("#language");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("గణాంకాలు");
        await Assertions.Expect(revenue.Locator("[data-figure=approved-today]")).ToContainTextAsync("ఈ రోజు ఆమోదించినవి");
    }

    [Fact]
    public async Task The_session_is_encrypted_with_keys_the_cluster_keeps_for_every_frontend()
    {
        var page = await site.SignIn(OfficerConsoleSite.RevenueOfficer);
        await Assertions.Expect(page.Locator("#officer")).ToBeVisibleAsync();

        var keys = await site.KeyRing();

        var key = Assert.Single(keys);
        Assert.Contains("<key ", key, StringComparison.Ordinal);
    }

    private static int Count(string? text) => int.Parse(text!.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b\d{12}\b")]
    private static partial Regex TwelveDigits();
}

[CollectionDefinition(nameof(OfficerConsoleCollection))]
public sealed class OfficerConsoleCollection : ICollectionFixture<OfficerConsoleSite>;
