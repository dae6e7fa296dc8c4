using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;
using ManaMitra.Tests.Infrastructure;

namespace ManaMitra.Tests.Departments;

/// <summary>Every booking in the shipped catalog books and prints what the citizen chose.</summary>
[Collection(ChatClusterCollection.Name)]
public sealed class BookingCatalogTests(ChatCluster cluster)
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    private static IEnumerable<(Department Department, Service Service)> Bookings =>
        Catalog.Departments.SelectMany(d => d.Services.Where(s => s.Handler == HandlerKind.BookSlot).Select(s => (d, s)));

    public static TheoryData<string> PlaceCountedBookings() =>
        [.. Bookings.Where(b => b.Service.Inputs.Any(PlaceCounts.IsPlaceCount)).Select(b => b.Service.Id)];

    [Fact]
    public void The_issue_s_persons_choices_all_count_places()
    {
        // Issue 14 found 25 services whose "one", "two"… the handler read as one place.
        Assert.True(PlaceCountedBookings().Count >= 27, $"only {PlaceCountedBookings().Count} bookings count places");
    }

    [Theory]
    [MemberData(nameof(PlaceCountedBookings))]
    public async Task Every_places_option_books_and_prints_its_number(string serviceId)
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var count = service.Inputs.Single(PlaceCounts.IsPlaceCount);
        // A date of its own per service, so earlier runs of other tests leave the slot room enough.
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30 + Math.Abs(StringComparer.Ordinal.GetHashCode(serviceId) % 25));
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id);

        foreach (var option in count.Choices)
        {
            var citizen = "9197" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            var answers = SampleAnswers.For(service, citizen);
            answers[count.Id] = option.Id;
            foreach (var input in service.Inputs.Where(i => i.Kind == InputKind.Date))
            {
                answers[input.Id] = SampleAnswers.Iso(date);
            }

            var outcome = await Ticket(await grain.Run(SampleAnswers.Request(service, citizen, answers: answers)));

            Assert.True(outcome.Status == OutcomeStatus.Completed, $"{serviceId} {option.Id}: {outcome.Message.En}");
            var expected = PlaceCounts.Count(option.Id)!.Value;
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), outcome.Fields.Single(f => f.Label.En == "Seats / persons").Value);
            Assert.Equal(expected, outcome.Fields.Single(f => f.Label.En == "Seat / token numbers").Value.Split(", ").Length);
        }
    }

    public static TheoryData<string> SessionBookings() =>
        [.. Bookings.Where(b => b.Service.Inputs.Any(i => i.Id == Sessions.InputId)).Select(b => b.Service.Id)];

    [Theory]
    [MemberData(nameof(SessionBookings))]
    public async Task Every_session_prints_the_hour_the_catalog_gives_it(string serviceId)
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var session = service.Inputs.Single(i => i.Id == Sessions.InputId);
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id);
        // Morning, afternoon and evening start at three different hours, so a made-up hour cannot pass for all three.
        Assert.Equal(session.Choices.Count, session.Choices.Select(c => c.StartsAt).Distinct().Count());

        foreach (var option in session.Choices)
        {
            var citizen = "9196" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            var answers = SampleAnswers.For(service, citizen);
            answers[session.Id] = option.Id;

            var outcome = await Ticket(await grain.Run(SampleAnswers.Request(service, citizen, answers: answers)));

            Assert.True(outcome.Status == OutcomeStatus.Completed, $"{serviceId} {option.Id}: {outcome.Message.En}");
            Assert.Equal(option.StartsAt!.Value.ToString("HH:mm", CultureInfo.InvariantCulture), outcome.Fields.Single(f => f.Label.En == "Time").Value);
        }
    }

    public static TheoryData<string> AllBookings() => [.. Bookings.Select(b => b.Service.Id)];

    [Theory]
    [MemberData(nameof(AllBookings))]
    public async Task The_ticket_charges_the_catalog_fare_for_each_place_and_a_free_booking_charges_nothing(string serviceId)
    {
        var (department, service) = Catalog.FindService(serviceId)!.Value;
        var citizen = "9195" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var answers = SampleAnswers.For(service, citizen);
        var count = service.Inputs.SingleOrDefault(PlaceCounts.IsPlaceCount);
        if (count is not null)
        {
            answers[count.Id] = count.Choices[^1].Id;
        }

        var asked = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen, answers: answers));
        var outcome = await Ticket(asked);

        Assert.True(outcome.Status == OutcomeStatus.Completed, $"{serviceId}: {outcome.Message.En}");
        var fare = outcome.Fields.SingleOrDefault(f => f.Label.En == "Fare")?.Value;
        var places = count is null ? 1 : PlaceCounts.Count(count.Choices[^1].Id)!.Value;
        var total = Fares.PerPlace(service, i => answers.GetValueOrDefault(i.Id)) * places;
        Assert.Equal(total == 0 ? null : Rupees.Format(total), fare);
        // Paid places are only held until the payment is captured; free ones are booked at once.
        Assert.Equal(total == 0 ? OutcomeStatus.Completed : OutcomeStatus.AwaitingPayment, asked.Status);
        Assert.Equal(total == 0 ? null : total, asked.PaymentAmount);
    }

    [Fact]
    public async Task A_bus_ticket_page_says_the_fare_per_person_and_two_seats_cost_twice_that()
    {
        var (department, bus) = Catalog.FindService("bus-ticket")!.Value;
        Assert.True(bus.Fee > 0);
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));

        var page = await citizen.Taps(ChoiceIds.Service(bus.Id));

        Assert.Contains($"Fare: {Rupees.Format(bus.Fee)} per person", Replies.TextOf(page.Last), StringComparison.Ordinal);
        Assert.DoesNotContain("free", Replies.TextOf(page.Last), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the ticket arrives as soon as the payment is received", Replies.TextOf(page.Last), StringComparison.Ordinal);
        Assert.Contains("Cancellation: 90% back up to 24 hours before, 50% back up to 2 hours before", Replies.TextOf(page.Last), StringComparison.Ordinal);
        var answers = SampleAnswers.For(bus, citizen.Id);
        answers["seats"] = "2";
        var held = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(bus, citizen.Id, answers: answers));
        Assert.Equal(2 * bus.Fee, held.PaymentAmount);
        var ticket = await Ticket(held);
        Assert.Equal(Rupees.Format(2 * bus.Fee), ticket.Fields.Single(f => f.Label.En == "Fare").Value);
    }

    [Fact]
    public async Task A_special_darshan_charges_the_fare_of_the_darshan_chosen_and_its_page_gives_the_range()
    {
        var (department, darshan) = Catalog.FindService("srisailam-darshan")!.Value;
        var citizen = cluster.Citizen();
        await citizen.Says("hi");
        await citizen.Taps(ChoiceIds.ForLanguage("en"));

        var page = await citizen.Taps(ChoiceIds.Service(darshan.Id));
        var answers = SampleAnswers.For(darshan, citizen.Id);
        answers["darshan"] = "special-300";
        answers["persons"] = "2";
        var special = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(darshan, citizen.Id, answers: answers));
        answers["darshan"] = "free";
        var free = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(darshan, citizen.Id, answers: answers));

        Assert.Contains("Fare: ₹0 – ₹500 per person", Replies.TextOf(page.Last), StringComparison.Ordinal);
        Assert.Contains("Tickets cannot be cancelled", Replies.TextOf(page.Last), StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.AwaitingPayment, special.Status);
        Assert.Equal(600m, special.PaymentAmount);
        Assert.Equal(OutcomeStatus.Completed, free.Status);
        Assert.Null(free.PaymentAmount);
        Assert.DoesNotContain(free.Fields, f => f.Label.En == "Fare");
    }

    /// <summary>The ticket a booking issues: at once when free, once its payment is captured when paid.</summary>
    private async Task<ServiceOutcome> Ticket(ServiceOutcome outcome) =>
        outcome.Status == OutcomeStatus.AwaitingPayment
            ? await GatewayReports.Capture(cluster.Grains, outcome.Reference!) ?? throw new InvalidOperationException($"{outcome.Reference}: captured, yet no ticket")
            : outcome;
}
