using System.Net;
using ManaMitra.Interfaces.Grievances;
using Microsoft.Playwright;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// Grievances in the officer console, in Debian's Chromium: a complaint shared from inside a Vijayawada ward is in
/// that ward's queue and its district's, never in a Guntur ward's — neither listed, nor opened, nor its photo, nor
/// resolved by a forged form — and the ward's officer sees the photo and resolves it with a note.
/// </summary>
[Collection(nameof(OfficerConsoleCollection))]
public sealed class OfficerGrievanceConsoleTests(OfficerConsoleSite site)
{
    [Fact]
    public async Task A_ward_complaint_is_in_the_wards_and_the_districts_queue_and_not_in_another_wards()
    {
        var reference = await site.LodgeStreetLightComplaint();

        var ward = await Queue(OfficerConsoleSite.GovernorpetOfficer);
        var district = await Queue(OfficerConsoleSite.NtrOfficer);
        var elsewhere = await Queue(OfficerConsoleSite.ArundelpetOfficer);

        await Assertions.Expect(ward.Locator("#posting")).ToContainTextAsync("Governorpet");
        await Assertions.Expect(Row(ward, reference)).ToContainTextAsync("Vijayawada Municipal Corporation › Governorpet Ward Secretariat");
        await Assertions.Expect(Row(district, reference)).ToBeVisibleAsync();
        await Assertions.Expect(elsewhere.Locator("#posting")).ToContainTextAsync("Arundelpet");
        await Assertions.Expect(Row(elsewhere, reference)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Another_wards_officer_can_neither_open_nor_see_the_photo_of_nor_resolve_the_complaint()
    {
        var reference = await site.LodgeStreetLightComplaint();
        var page = await Queue(OfficerConsoleSite.ArundelpetOfficer);

        var opened = await page.GotoAsync($"/officers/grievance/{reference}");
        await Assertions.Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        var photo = await page.APIRequest.GetAsync($"/officers/grievance/{reference}?handler=Evidence&index=0");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var forged = await page.APIRequest.PostAsync($"/officers/grievance/{reference}", new APIRequestContextOptions
        {
            Form = OfficerConsoleSite.FormData(page, ("action", "resolve"), ("note", "Closed from the wrong office"), ("__RequestVerificationToken", token)),
        });

        Assert.Equal((int)HttpStatusCode.NotFound, opened!.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, photo.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, forged.Status);
        var grievance = await site.Grievance(reference);
        Assert.Equal(GrievanceStatus.Open, grievance.Status);
        Assert.Single(grievance.History);
    }

    [Fact]
    public async Task The_wards_officer_sees_the_photo_and_resolves_the_complaint_with_a_note()
    {
        var reference = await site.LodgeStreetLightComplaint();
        var page = await Queue(OfficerConsoleSite.GovernorpetOfficer);
        await Row(page, reference).Locator("a").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("#office")).ToContainTextAsync("Governorpet Ward Secretariat");
        await Assertions.Expect(page.Locator("#chain li")).ToHaveCountAsync((await site.Grievance(reference)).Submission.Chain.Count);
        var image = page.Locator("#evidence img");
        await Assertions.Expect(image).ToHaveCountAsync(1);
        await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the photo did not load");

        await page.CheckAsync("input[value=resolve]");
        await page.ClickAsync("#act button");
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("Write a note");
        Assert.Equal(GrievanceStatus.Open, (await site.Grievance(reference)).Status);
        await page.CheckAsync("input[value=resolve]");
        await page.FillAsync("#note", "Lamp replaced on pole 14");
        await page.ClickAsync("#act button");

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Lamp replaced on pole 14");
        var resolved = (await site.Grievance(reference)).History[^1];
        Assert.Equal(GrievanceStepKind.Resolved, resolved.Kind);
        Assert.Equal(OfficerConsoleSite.Governorpet, resolved.OfficeId);
        Assert.Contains("Ravi Kumar", resolved.By, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_is_assigned_to_an_official_posted_where_it_is_and_the_queue_says_who()
    {
        var reference = await site.LodgeStreetLightComplaint();
        var page = await Queue(OfficerConsoleSite.NtrOfficer);
        await page.GotoAsync($"/officers/grievance/{reference}");
        var choices = await page.Locator("#assignee-choice option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");

        await page.CheckAsync("input[value=assign]");
        await page.SelectOptionAsync("#assignee-choice", OfficerConsoleSite.GovernorpetOfficer);
        await page.ClickAsync("#act button");

        Assert.Contains(OfficerConsoleSite.GovernorpetOfficer, choices);
        Assert.Contains(OfficerConsoleSite.NtrOfficer, choices);
        Assert.DoesNotContain(OfficerConsoleSite.ArundelpetOfficer, choices);
        await Assertions.Expect(page.Locator(".message")).ToContainTextAsync("Assigned");
        await Assertions.Expect(page.Locator("#assignee")).ToHaveTextAsync("Ravi Kumar (ward.governorpet)");
        var grievance = await site.Grievance(reference);
        Assert.Equal((GrievanceStepKind.Assigned, "Ravi Kumar (ward.governorpet)"), (grievance.History[^1].Kind, grievance.History[^1].Note));
        var ward = await Queue(OfficerConsoleSite.GovernorpetOfficer);
        await Assertions.Expect(Row(ward, reference)).ToContainTextAsync("Ravi Kumar (ward.governorpet)");
    }

    [Fact]
    public async Task A_complaint_transferred_to_another_ward_leaves_this_wards_queue_for_that_wards()
    {
        var reference = await site.LodgeStreetLightComplaint();
        var page = await Queue(OfficerConsoleSite.GovernorpetOfficer);
        await page.GotoAsync($"/officers/grievance/{reference}");

        await page.CheckAsync("input[value=transfer]");
        await page.SelectOptionAsync("#transfer-office", "guntur/guntur/arundelpet");
        await page.FillAsync("#note", "The pole stands in Arundelpet");
        await page.ClickAsync("#act button");

        await Assertions.Expect(page.Locator(".message")).ToContainTextAsync("Transferred");
        var grievance = await site.Grievance(reference);
        Assert.Equal("guntur/guntur/arundelpet", grievance.Office.Id);
        Assert.Contains("Ravi Kumar", grievance.History[^1].By, StringComparison.Ordinal);
        var there = await Queue(OfficerConsoleSite.ArundelpetOfficer);
        await Assertions.Expect(Row(there, reference)).ToBeVisibleAsync();
        var here = await Queue(OfficerConsoleSite.GovernorpetOfficer);
        await Assertions.Expect(here.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(Row(here, reference)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_dashboard_counts_the_departments_grievances_by_district_with_the_citizens_ratings()
    {
        await site.LodgeStreetLightComplaint();
        var rated = await site.LodgeStreetLightComplaint();
        // The only rating in this site's municipal department: the average is exactly it.
        await site.ResolveAndRate(rated, 4);
        var page = await site.SignIn(OfficerConsoleSite.NtrOfficer);
        await Assertions.Expect(page.Locator("#officer")).ToBeVisibleAsync();

        await page.GotoAsync("/officers/dashboard");

        var section = page.Locator("section[data-department='municipal-administration']");
        Assert.True(Count(await section.Locator("[data-figure=grievances-open] strong").TextContentAsync()) >= 1);
        Assert.True(Count(await section.Locator("[data-figure=grievances-resolved] strong").TextContentAsync()) >= 1);
        await Assertions.Expect(section.Locator("[data-figure=average-rating] strong")).ToHaveTextAsync("4.0 / 5");
        await Assertions.Expect(section.Locator("[data-figure=median-time-to-resolve] strong")).ToContainTextAsync("hours");
        var ntr = section.Locator("tr[data-district='ntr']");
        await Assertions.Expect(ntr).ToContainTextAsync("NTR District");
        Assert.True(Count(await ntr.Locator("td").Nth(1).TextContentAsync()) >= 1);
    }

    [Fact]
    public async Task The_administrator_posts_an_officer_at_an_office_from_the_list_and_nowhere_else()
    {
        var page = await site.SignIn(OfficerConsoleSite.AdminUser, OfficerConsoleSite.AdminPassword);
        await page.GotoAsync("/officers/accounts");
        var user = $"ward.{Guid.NewGuid():N}"[..16];
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

        var invented = await page.APIRequest.PostAsync("/officers/accounts", new APIRequestContextOptions
        {
            Form = OfficerConsoleSite.FormData(page, ("newUserName", user), ("displayName", "Nowhere Officer"), ("department", "municipal-administration"),
                ("office", "ntr/atlantis"), ("role", "Officer"), ("newPassword", OfficerConsoleSite.Password), ("__RequestVerificationToken", token)),
        });
        await page.FillAsync("#newUserName", user);
        await page.FillAsync("#displayName", "Kiran Teja");
        await page.SelectOptionAsync("#department", "municipal-administration");
        await page.SelectOptionAsync("#office", "tirupati/tirupati/alipiri");
        await page.FillAsync("#newPassword", OfficerConsoleSite.Password);
        await page.ClickAsync("#create button");

        Assert.Equal((int)HttpStatusCode.BadRequest, invented.Status);
        Assert.Contains("Choose an office from the list", await invented.TextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".message")).ToContainTextAsync("Officer created");
        await Assertions.Expect(page.Locator("#officers tr").Filter(new() { HasText = user })).ToContainTextAsync("Tirupati Municipal Corporation › Alipiri Ward Secretariat");
        var officer = await Queue(user);
        await Assertions.Expect(officer.Locator("#posting")).ToContainTextAsync("Alipiri");
    }

    /// <summary>Signs <paramref name="user"/> in and opens their grievance queue, every grievance they answer for.</summary>
    private async Task<IPage> Queue(string user)
    {
        var page = await site.SignIn(user);
        await Assertions.Expect(page.Locator("#officer")).ToBeVisibleAsync();
        await page.GotoAsync("/officers/grievances?view=all");
        return page;
    }

    private static int Count(string? text) => int.Parse(text!.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static ILocator Row(IPage page, string reference) => page.Locator($"#grievances tr[data-reference='{reference}']");
}
