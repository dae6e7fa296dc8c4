using Microsoft.Playwright;

namespace ManaMitra.Tests.Officers;

/// <summary>
/// The administrator's access audit in Debian's Chromium, on the embedded process's in-memory log: an officer's reads
/// are listed for that officer alone, and downloaded as CSV.
/// </summary>
[Collection(nameof(OfficerConsoleCollection))]
public sealed class AccessAuditBrowserTests(OfficerConsoleSite site)
{
    [Fact]
    public async Task The_administrator_lists_what_an_officer_opened_and_downloads_it_as_csv()
    {
        var opened = await site.SubmitRevenueApplication();
        var notOpened = await site.SubmitRevenueApplication();
        var user = await site.CreateOfficer("revenue");
        var officer = await site.SignIn(user);
        await officer.GotoAsync($"/officers/application/{opened}");
        await Assertions.Expect(officer.Locator("#answers")).ToBeVisibleAsync();
        var colleague = await site.SignIn(await site.CreateOfficer("revenue"));
        await colleague.GotoAsync($"/officers/application/{notOpened}");
        await Assertions.Expect(colleague.Locator("#answers")).ToBeVisibleAsync();

        var admin = await site.SignIn(OfficerConsoleSite.AdminUser, OfficerConsoleSite.AdminPassword);
        await admin.ClickAsync("header nav a[href='/officers/access-audit']");
        await admin.FillAsync("#actor", user);
        await admin.ClickAsync("#audit button.primary");

        var rows = admin.Locator("#touches tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-reference", opened);
        await Assertions.Expect(rows.First).ToContainTextAsync("application.viewed");
        await Assertions.Expect(admin.Locator("#summary")).ToHaveTextAsync("1 record(s) of 1 citizen(s).");
        var citizen = (await site.Application(opened)).Submission.CitizenId;
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.ClickAsync("#csv"));
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal("citizen_key,reference,kind,key,count,first,last,clients", csv[0]);
        Assert.StartsWith($"{citizen},{opened},application.viewed,,1,", Assert.Single(csv[1..]), StringComparison.Ordinal);
    }
}
