using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Observability;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ManaMitra.Tests.Observability;

/// <summary>The live page in Debian's Chromium at a phone's width: it draws what the events carry, in both languages.</summary>
public sealed class DashboardBrowserTests
{
    [Fact]
    public async Task The_page_shows_service_runs_live_in_English_and_Telugu()
    {
        await using var dashboard = await LiveDashboard.OpenAsync();
        var (frontend, page) = (dashboard.Frontend, dashboard.Page);
        var catalog = frontend.Services.GetRequiredService<ServiceCatalog>();
        var department = catalog.Departments[0];
        var service = department.Services[0];

        var metrics = frontend.Services.GetRequiredService<ManaMitraMetrics>();
        for (var i = 0; i < 4; i++)
        {
            metrics.ServiceServed(department.Id, service.Id, i == 0 ? OutcomeStatus.Declined : OutcomeStatus.Completed, TimeSpan.FromMilliseconds(50));
        }

        var row = page.Locator("#services tr", new PageLocatorOptions { HasText = service.Name.En });
        await Assertions.Expect(row).ToContainTextAsync(department.Name.En);
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("4");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("3");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#status")).Not.ToHaveClassAsync("offline");

        await page.Locator("#language").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ప్రత్యక్ష సేవల పంపిణీ");
        await Assertions.Expect(page.Locator("#services tr", new PageLocatorOptions { HasText = service.Name.Te })).ToContainTextAsync(department.Name.Te);
    }

    [Fact]
    public async Task The_page_shows_payments_per_department_in_English_and_Telugu()
    {
        await using var dashboard = await LiveDashboard.OpenAsync();
        var (frontend, page) = (dashboard.Frontend, dashboard.Page);
        var department = frontend.Services.GetRequiredService<ServiceCatalog>().FindService("electricity-bill")!.Value.Department;

        var payments = frontend.Services.GetRequiredService<PaymentMetrics>();
        foreach (var happened in new[] { PaymentEvent.Created, PaymentEvent.Created, PaymentEvent.Created, PaymentEvent.Captured, PaymentEvent.Failed })
        {
            payments.Payment(department.Id, "electricity-bill", happened, 1250.5m);
        }

        payments.Settled(department.Id, PaymentEvent.Captured, SettlementSource.Reconciliation, TimeSpan.FromSeconds(185));

        var row = page.Locator("#payments tr", new PageLocatorOptions { HasText = department.Name.En });
        var cells = row.Locator("td");
        await Assertions.Expect(cells).ToHaveTextAsync([department.Name.En, "3", "1", "1", "0", "₹1,250.50", "1 (3 min 5 s)"]);
        await Assertions.Expect(page.Locator("#payments-title")).ToHaveTextAsync("Payments");

        await page.Locator("#language").ClickAsync();

        await Assertions.Expect(page.Locator("#payments-title")).ToHaveTextAsync("చెల్లింపులు");
        await Assertions.Expect(page.Locator("#payments tr", new PageLocatorOptions { HasText = department.Name.Te }).Locator("td").Nth(1)).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task The_page_lists_searches_that_found_nothing_for_catalog_editors_in_English_and_Telugu()
    {
        await using var dashboard = await LiveDashboard.OpenAsync();
        var (frontend, page) = (dashboard.Frontend, dashboard.Page);
        await Assertions.Expect(page.Locator("#unmatched")).ToContainTextAsync("Every search found something");

        var chat = new SandboxChat(frontend);
        await chat.Greets("919000001818");
        await chat.Says("919000001818", text: "kabaddi 98765 43210");
        await chat.Says("919000001818", text: "Kabaddi  98765-43210");
        await chat.Says("919000001818", text: "bus ticket");

        var row = page.Locator("#unmatched tr", new PageLocatorOptions { HasText = "kabaddi #" });
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#unmatched-share")).ToHaveTextAsync("2 of 3 typed searches found nothing.");
        await Assertions.Expect(page.Locator("#unmatched")).Not.ToContainTextAsync("98765");

        await page.Locator("#language").ClickAsync();

        await Assertions.Expect(page.Locator("#unmatched-title")).ToHaveTextAsync("ఏమీ దొరకని శోధనలు");
        await Assertions.Expect(page.Locator("#unmatched-share")).ToContainTextAsync("ఏమీ దొరకలేదు");
    }

    /// <summary>The frontend reporting every 200 ms, and its dashboard open in Chromium at a phone's width.</summary>
    private sealed class LiveDashboard(IPlaywright playwright, IBrowser browser, RunningFrontend frontend, IPage page) : IAsyncDisposable
    {
        public RunningFrontend Frontend { get; } = frontend;

        public IPage Page { get; } = page;

        public static async Task<LiveDashboard> OpenAsync()
        {
            Assertions.SetDefaultExpectTimeout(20_000);
            var playwright = await Playwright.CreateAsync();
            var browser = await Chromium.LaunchAsync(playwright);
            var frontend = await RunningFrontend.StartAsync(new Dictionary<string, string>
            {
                ["contentRoot"] = FrontendSource.Directory(),
                ["ManaMitra:Dashboard:ReportInterval"] = "00:00:00.2",
                ["ManaMitra:Dashboard:PushInterval"] = "00:00:00.2",
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await page.GotoAsync(new Uri(frontend.Http.BaseAddress!, "/dashboard").ToString());
            return new LiveDashboard(playwright, browser, frontend, page);
        }

        public async ValueTask DisposeAsync()
        {
            await Frontend.DisposeAsync();
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
