using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ManaMitra.Tests.Simulator;

/// <summary>
/// A citizen using the sandbox simulator in a real browser against the real app: every step goes page → sandbox
/// endpoint → router → chat grain → renderer → sandbox channel → long poll → page.
/// </summary>
public sealed class SimulatorBrowserTests(SimulatorSite site) : IClassFixture<SimulatorSite>
{
    private const string Te = ShippedLanguages.Telugu;

    private static readonly UiText UiText = ShippedLanguages.Texts.Ui;

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    [Fact]
    public async Task Citizen_goes_from_hi_to_a_service_page_in_Telugu_and_a_reload_keeps_the_chat()
    {
        var page = await OpenAsync(new ViewportSize { Width = 390, Height = 844 });
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Sandbox");

        await SendAsync(page, "hi");
        var welcome = Bot(page, "మీ భాషను ఎంచుకోండి.");
        await Expect(welcome.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true })).ToBeVisibleAsync();
        await Expect(Mine(page, "hi").GetByLabel("read")).ToBeVisibleAsync();
        await welcome.GetByRole(AriaRole.Button, new() { Name = "తెలుగు", Exact = true }).ClickAsync();

        var menu = Bot(page, UiText.MainMenuBody.In(Te));
        await PickAsync(page, menu, UiText.MenuButton.In(Te), RowTitle(UiText.Departments.In(Te)));

        var department = Catalog.Departments[0];
        var departments = Bot(page, UiText.DepartmentsBody.Format(Te, 1, Paging.PageCount(Catalog.Departments.Count)));
        await PickAsync(page, departments, UiText.ChooseButton.In(Te), RowTitle(department.Name.In(Te)));

        var service = department.Services[0];
        var servicesBody = UiText.DepartmentBody.Format(Te, department.Name.In(Te), 1, Paging.PageCount(department.Services.Count));
        await PickAsync(page, Bot(page, servicesBody), UiText.ChooseButton.In(Te), RowTitle(service.Name.In(Te)));

        // The service page opens with *name*: WhatsApp bold, drawn as <strong>.
        var detail = Bot(page, service.Description.In(Te));
        await Expect(detail.Locator("strong")).ToHaveTextAsync(service.Name.In(Te));
        await Expect(detail.GetByRole(AriaRole.Button, new() { Name = UiText.MainMenu.In(Te), Exact = true })).ToBeVisibleAsync();
        await detail.GetByRole(AriaRole.Button, new() { Name = UiText.Back.In(Te), Exact = true }).ClickAsync();
        await Expect(BotAll(page, servicesBody)).ToHaveCountAsync(2);

        // After a reload the chat is redrawn once (no replayed duplicates) and polling carries on.
        await page.ReloadAsync();
        await Expect(detail.Locator("strong")).ToHaveTextAsync(service.Name.In(Te));
        await SendAsync(page, "menu");
        await Expect(BotAll(page, UiText.MainMenuBody.In(Te))).ToHaveCountAsync(2);
        await Expect(BotAll(page, servicesBody)).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Typed_markup_is_shown_as_text_while_WhatsApp_styles_apply()
    {
        var page = await OpenAsync(new ViewportSize { Width = 1280, Height = 800 });

        await SendAsync(page, "<i>not italic</i> *bold* _slanted_ ~gone~");

        var bubble = page.Locator(".msg.me").Last;
        await Expect(bubble).ToContainTextAsync("<i>not italic</i>");
        await Expect(bubble.Locator("i")).ToHaveCountAsync(0);
        await Expect(bubble.Locator("strong")).ToHaveTextAsync("bold");
        await Expect(bubble.Locator("em")).ToHaveTextAsync("slanted");
        await Expect(bubble.Locator("s")).ToHaveTextAsync("gone");
        await Expect(Bot(page, "మీ భాషను ఎంచుకోండి.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_street_light_complaint_with_a_shared_place_and_a_photo_from_the_attach_menu_reaches_that_ward()
    {
        var page = await OpenAsync(new ViewportSize { Width = 390, Height = 844 });
        await SendAsync(page, "hi");
        await Bot(page, "మీ భాషను ఎంచుకోండి.").GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();
        await Expect(Bot(page, UiText.MainMenuBody.En)).ToBeVisibleAsync();

        await SendAsync(page, "streetlight");
        await PickAsync(page, Bot(page, "Services matching"), UiText.ChooseButton.En, "Streetlight Complaint");
        await Bot(page, "Streetlight off, on by day").GetByRole(AriaRole.Button, new() { Name = "Raise it", Exact = true }).ClickAsync();
        await Bot(page, "Do you agree to us using your information").GetByRole(AriaRole.Button, new() { Name = "I agree", Exact = true }).ClickAsync();
        await Bot(page, "What is the problem?").GetByRole(AriaRole.Button, new() { Name = "Light not working", Exact = true }).ClickAsync();
        await Expect(Bot(page, "Describe the problem")).ToBeVisibleAsync();
        await SendAsync(page, "Dark for three nights");
        await Expect(Bot(page, "Share the location")).ToBeVisibleAsync();

        await Attach(page, "📍 Vijayawada railway station");
        await Expect(Bot(page, "Send a photo of the problem")).ToBeVisibleAsync();
        await page.GetByLabel("Message").FillAsync("Pole near platform 1");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => Attach(page, "📷 Photo or file"));
        await chooser.SetFilesAsync(new FilePayload { Name = "lamp.png", MimeType = "image/png", Buffer = OnePixelPng });
        await Expect(Mine(page, "📷 Photo Pole near platform 1")).ToBeVisibleAsync();
        var summary = Bot(page, "Dark for three nights");
        await Expect(summary).ToContainTextAsync("File received");
        await summary.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true }).ClickAsync();

        await Expect(Bot(page, "Governorpet Ward Secretariat")).ToContainTextAsync("GRV-");
    }

    // The smallest valid PNG: one opaque white pixel.
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    /// <summary>Opens the 📎 menu and taps <paramref name="row"/>.</summary>
    private static async Task Attach(IPage page, string row)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach a photo or a location" }).ClickAsync();
        var sheet = page.GetByRole(AriaRole.Dialog);
        await sheet.GetByText(row, new() { Exact = true }).ClickAsync();
        await Expect(sheet).ToBeHiddenAsync();
    }

    /// <summary>A fresh browser context: its own localStorage, so its own random citizen and an empty chat.</summary>
    private async Task<IPage> OpenAsync(ViewportSize viewport)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = viewport, BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        await page.GetByLabel("Message").FillAsync(text);
        await page.GetByLabel("Message").PressAsync("Enter");
    }

    /// <summary>Opens the list under <paramref name="message"/> and taps the row titled <paramref name="row"/>.</summary>
    private static async Task PickAsync(IPage page, ILocator message, string listButton, string row)
    {
        await message.GetByRole(AriaRole.Button, new() { Name = listButton, Exact = true }).ClickAsync();
        var sheet = page.GetByRole(AriaRole.Dialog);
        await Expect(sheet.GetByRole(AriaRole.Heading)).ToHaveTextAsync(listButton);
        await sheet.GetByText(row, new() { Exact = true }).ClickAsync();
        await Expect(sheet).ToBeHiddenAsync();
        await Expect(Mine(page, row)).ToBeVisibleAsync();
    }

    /// <summary>What a catalog name looks like as a list row: the renderer shortens titles to WhatsApp's limit.</summary>
    private static string RowTitle(string name) => WhatsAppText.Fit(name, WhatsAppLimits.RowTitle);

    private static ILocator BotAll(IPage page, string text) => page.Locator(".msg.bot").Filter(new() { HasText = text });

    private static ILocator Bot(IPage page, string text) => BotAll(page, text).Last;

    private static ILocator Mine(IPage page, string text) => page.Locator(".msg.me").Filter(new() { HasText = text }).Last;
}
