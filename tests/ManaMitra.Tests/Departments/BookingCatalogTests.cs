using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Languages;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;

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

            var outcome = await grain.Run(SampleAnswers.Request(service, citizen, answers: answers));

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

            var outcome = await grain.Run(SampleAnswers.Request(service, citizen, answers: answers));

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

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(service, citizen, answers: answers));

        Assert.True(outcome.Status == OutcomeStatus.Completed, $"{serviceId}: {outcome.Message.En}");
        var fare = outcome.Fields.SingleOrDefault(f => f.Label.En == "Fare")?.Value;
        var places = count is null ? 1 : PlaceCounts.Count(count.Choices[^1].Id)!.Value;
        Assert.Equal(service.Fee == 0 ? null : Rupees.Format(service.Fee * places), fare);
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
        var answers = SampleAnswers.For(bus, citizen.Id);
        answers["seats"] = "2";
        var ticket = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(bus, citizen.Id, answers: answers));
        Assert.Equal(Rupees.Format(2 * bus.Fee), ticket.Fields.Single(f => f.Label.En == "Fare").Value);
    }
}
