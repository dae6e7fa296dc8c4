using System.Globalization;
using System.Net;
using ManaMitra.Catalog;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Departments;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Payments;

/// <summary>
/// A paid booking end to end on the real app: the slot holds the places chosen while the payment window is open, the
/// sandbox gateway's page takes persons × fare, and only the capture confirms the places and issues the ticket; an
/// unpaid hold gives its places back; money that arrives after they are gone goes back.
/// </summary>
public sealed class BookingPaymentTests(PaymentFrontend frontend) : IClassFixture<PaymentFrontend>
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly Service Darshan = Catalog.FindService("srisailam-darshan")!.Value.Service;

    private static int _citizens;

    [Fact]
    public async Task A_morning_darshan_for_two_charges_two_fares_and_its_ticket_for_two_at_six_comes_only_with_the_payment()
    {
        var citizen = await NewCitizen();
        var answers = Answers(citizen, daysAhead: 30, darshan: "special-300", persons: "2");

        var held = await Book(citizen, answers);
        var slotWhileHeld = await Slot(answers);
        var sentWhileHeld = await frontend.Sent(citizen);
        var paid = await frontend.Pay(PaymentFrontend.OrderOf(held.PaymentLink!), "success");

        Assert.Equal(OutcomeStatus.AwaitingPayment, held.Status);
        Assert.Equal(600m, held.PaymentAmount);
        Assert.Null(held.Document);
        Assert.Equal(new SlotView(SandboxSlotInventory.DarshanPilgrims, Sold: 0, Bookings: 1, Held: 2), slotWhileHeld);
        Assert.DoesNotContain(sentWhileHeld, IsDocument);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var sent = await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(IsDocument));
        var ticket = (await frontend.Payment(held.Reference!).View())!.Receipt!;
        Assert.Equal("srisailam-darshan-ticket", ticket.Document!.Kind);
        Assert.Equal("06:00", Field(ticket, "Time"));
        Assert.Equal("2", Field(ticket, "Seats / persons"));
        Assert.Equal("₹600", Field(ticket, "Fare"));
        Assert.Equal("1, 2", Field(ticket, "Seat / token numbers"));
        Assert.Equal(ticket.Fields, ticket.Document.Fields);
        Assert.Single(sent, m => IsDocument(m) && m.Contains(ticket.Document.Id, StringComparison.Ordinal));
        Assert.Equal(new SlotView(SandboxSlotInventory.DarshanPilgrims, Sold: 2, Bookings: 1), await Slot(answers));
    }

    [Fact]
    public async Task An_unpaid_hold_gives_its_places_back_and_try_again_holds_them_anew()
    {
        var citizen = await NewCitizen();
        var answers = Answers(citizen, daysAhead: 31, darshan: "special-100", persons: "3");
        var held = await Book(citizen, answers);
        Assert.Equal(3, (await Slot(answers)).Held);

        var expired = await Eventually.Until(() => frontend.Payment(held.Reference!).View(), v => v!.Status != PaymentStatus.Pending);

        Assert.Equal(PaymentStatus.Expired, expired!.Status);
        Assert.Equal(new SlotView(SandboxSlotInventory.DarshanPilgrims, Sold: 0, Bookings: 0), await Slot(answers));
        var told = await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(m => m.Contains($"pay:{held.Reference}", StringComparison.Ordinal)));
        Assert.Contains(told, m => m.Contains("places held for you were released", StringComparison.Ordinal));
        Assert.DoesNotContain(told, IsDocument);

        await frontend.Says(citizen, replyId: $"pay:{held.Reference}");

        var again = await Eventually.Until(() => Slot(answers), s => s.Held > 0);
        Assert.Equal(3, again.Held);
        Assert.Equal(PaymentStatus.Pending, (await frontend.Payment(held.Reference!).View())!.Status);
    }

    [Fact]
    public async Task A_payment_that_arrives_after_the_hold_lapsed_and_the_slot_filled_is_refunded_and_issues_no_ticket()
    {
        var citizen = await NewCitizen();
        var answers = Answers(citizen, daysAhead: 32, darshan: "special-300", persons: "2");
        var held = await Book(citizen, answers);
        var order = PaymentFrontend.OrderOf(held.PaymentLink!);
        var payment = frontend.Payment(held.Reference!);
        await Eventually.Until(() => payment.View(), v => v!.Status == PaymentStatus.Expired);
        var slot = frontend.Grains.GetGrain<ISlotGrain>(await SlotKey(answers));
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await slot.Book(new SlotBookingRequest("919900000000", 10, $"counter-{i}", SandboxSlotInventory.DarshanPilgrims))).Booked);
        }

        // The gateway captured it after all (its clock is not ours) and says so.
        var late = await GatewayReports.For(frontend.Grains, held.Reference!, GatewayOutcome.Captured);
        frontend.Gateway.Find(order)!.Payment = late;
        var settled = await payment.Settle(late);

        Assert.Equal(SettleResult.Settled, settled);
        var view = (await payment.View())!;
        Assert.Equal(PaymentStatus.Refunded, view.Status);
        Assert.Null(view.Receipt);
        Assert.True(frontend.Gateway.Find(order)!.Refunded);
        var sent = await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(m => m.Contains("is being refunded", StringComparison.Ordinal)));
        Assert.DoesNotContain(sent, IsDocument);
        Assert.Equal(new SlotView(SandboxSlotInventory.DarshanPilgrims, Sold: 100, Bookings: 10), await Slot(answers));
    }

    [Fact]
    public async Task A_bus_ticket_cancelled_a_day_ahead_quotes_then_refunds_ninety_percent_frees_the_seats_and_revokes_the_ticket()
    {
        var citizen = await NewCitizen();
        var (department, bus) = Catalog.FindService("bus-ticket")!.Value;
        var answers = SampleAnswers.For(bus, citizen);
        answers["from-place"] = "Vijayawada";
        answers["to-place"] = "Tirupati";
        answers["journey-date"] = SampleAnswers.Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        answers["seats"] = "2";
        var held = await frontend.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(bus, citizen, answers: answers));
        var order = PaymentFrontend.OrderOf(held.PaymentLink!);
        Assert.Equal(HttpStatusCode.OK, (await frontend.Pay(order, "success")).StatusCode);
        var cancel = $"cancel:{held.Reference}";
        await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(m => m.Contains(cancel, StringComparison.Ordinal)));
        var ticket = (await frontend.Payment(held.Reference!).View())!.Receipt!.Document!;
        var before = await Track(citizen, held.Reference!);

        await frontend.Says(citizen, replyId: cancel);
        var quoted = await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(m => m.Contains($"cancel-yes:{held.Reference}", StringComparison.Ordinal)));
        var stillBooked = (await frontend.Payment(held.Reference!).View())!.Status;
        await frontend.Says(citizen, replyId: $"cancel-yes:{held.Reference}");
        var told = await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(m => m.Contains("is cancelled", StringComparison.Ordinal)));

        Assert.Contains("confirmed and paid", before.Message.En, StringComparison.Ordinal);
        Assert.True(before.Cancellable);
        var after = await Track(citizen, held.Reference!.ToLowerInvariant());
        Assert.Contains("cancelled by you; ₹450 refunded", after.Message.En, StringComparison.Ordinal);
        Assert.False(after.Cancellable);
        Assert.Contains(quoted, m => m.Contains("₹450 (90% of the ₹500 paid)", StringComparison.Ordinal));
        Assert.Equal(PaymentStatus.Captured, stillBooked);
        Assert.Contains(told, m => m.Contains("₹450 will reach the account you paid from", StringComparison.Ordinal));
        Assert.Equal(PaymentStatus.Refunded, (await frontend.Payment(held.Reference!).View())!.Status);
        Assert.Equal(45_000, frontend.Gateway.Find(order)!.RefundedPaise);
        var slotKey = (await new SandboxSlotInventory().Find(department.Id, bus.Id, [answers["from-place"], answers["to-place"]], DateOnly.Parse(answers["journey-date"], CultureInfo.InvariantCulture), null))!.Key;
        Assert.Equal(0, (await frontend.Grains.GetGrain<ISlotGrain>(slotKey).View()).Sold);
        Assert.NotNull((await frontend.Grains.GetGrain<ManaMitra.Interfaces.Documents.ICertificateGrain>(ticket.Id).Get())!.Revocation);
    }

    [Fact]
    public async Task A_final_ticket_offers_no_cancellation_and_another_citizen_cannot_cancel_a_booking()
    {
        var citizen = await NewCitizen();
        var answers = Answers(citizen, daysAhead: 33, darshan: "special-100", persons: "1");
        var held = await Book(citizen, answers);
        Assert.Equal(HttpStatusCode.OK, (await frontend.Pay(PaymentFrontend.OrderOf(held.PaymentLink!), "success")).StatusCode);
        var sent = await Eventually.Until(() => frontend.Sent(citizen), s => s.Any(IsDocument));
        var stranger = await NewCitizen();

        await frontend.Says(citizen, replyId: $"cancel:{held.Reference}");
        await frontend.Says(stranger, replyId: $"cancel-yes:{held.Reference}");

        Assert.DoesNotContain(sent, m => m.Contains("cancel:", StringComparison.Ordinal));
        Assert.Contains(await frontend.Sent(citizen), m => m.Contains("Tickets for Srisailam Darshan cannot be cancelled", StringComparison.Ordinal));
        Assert.Contains(await frontend.Sent(stranger), m => m.Contains("There is no paid booking to cancel", StringComparison.Ordinal));
        Assert.Equal(OutcomeStatus.Declined, (await Track(stranger, held.Reference!)).Status);
        Assert.False((await Track(citizen, held.Reference!)).Cancellable);
        Assert.Equal(PaymentStatus.Captured, (await frontend.Payment(held.Reference!).View())!.Status);
    }

    /// <summary>The catalog's "cancel a reserved ticket" service, asked for a booking number as typed.</summary>
    private async Task<ServiceOutcome> Track(string citizen, string typed)
    {
        var (department, tracker) = Catalog.FindService("cancel-bus-ticket")!.Value;
        var answers = new Dictionary<string, string> { ["booking-number"] = typed };
        return await frontend.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.RequestFrom(tracker, citizen, answers: answers));
    }

    private async Task<string> NewCitizen()
    {
        var citizen = $"91967{Interlocked.Increment(ref _citizens):D7}";
        await frontend.Greets(citizen);
        return citizen;
    }

    /// <summary>A morning darshan at Srisailam; each test its own day, so its slot starts empty.</summary>
    private static Dictionary<string, string> Answers(string citizen, int daysAhead, string darshan, string persons)
    {
        var answers = SampleAnswers.For(Darshan, citizen);
        answers["visit-date"] = SampleAnswers.Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead));
        answers["darshan"] = darshan;
        answers["slot"] = "morning";
        answers["persons"] = persons;
        return answers;
    }

    private Task<ServiceOutcome> Book(string citizen, Dictionary<string, string> answers) =>
        frontend.Grains.GetGrain<IDepartmentServiceGrain>("endowments").Run(SampleAnswers.RequestFrom(Darshan, citizen, answers: answers));

    private async Task<string> SlotKey(Dictionary<string, string> answers) =>
        (await new SandboxSlotInventory().Find(
            "endowments",
            Darshan.Id,
            [answers["darshan"], answers["slot"]],
            DateOnly.Parse(answers["visit-date"], CultureInfo.InvariantCulture),
            new TimeOnly(6, 0)))!.Key;

    private async Task<SlotView> Slot(Dictionary<string, string> answers) =>
        await frontend.Grains.GetGrain<ISlotGrain>(await SlotKey(answers)).View();

    private static string Field(ServiceOutcome outcome, string label) => outcome.Fields.Single(f => f.Label.En == label).Value;

    private static bool IsDocument(string body) => body.Contains("\"type\":\"document\"", StringComparison.Ordinal);
}
