using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Sandbox;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Conversations;

namespace ManaMitra.Tests.Departments;

[Collection(ChatClusterCollection.Name)]
public sealed class BookSlotTests(ChatCluster cluster)
{
    private static readonly DepartmentText DepartmentText = ShippedLanguages.Texts.Departments;

    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly Service Darshan = Catalog.FindService("darshan-booking")!.Value.Service;

    [Fact]
    public async Task A_hundred_place_slot_sells_exactly_a_hundred_of_a_thousand_concurrent_bookings()
    {
        // A temple and date no other test books, so the slot starts empty.
        var answers = SampleAnswers.For(Darshan, "919700000000");
        answers["temple"] = "srikalahasti";
        answers["darshan-date"] = SampleAnswers.Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20));
        answers["pilgrims"] = "1";
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>("endowments");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            grain.Run(SampleAnswers.Request(Darshan, $"91970{i:D7}", answers: answers))));

        Assert.Equal(SandboxSlotInventory.DarshanPilgrims, outcomes.Count(o => o.Status == OutcomeStatus.Completed));
        Assert.Equal(900, outcomes.Count(o => o.Status == OutcomeStatus.Declined));
        Assert.All(outcomes.Where(o => o.Status == OutcomeStatus.Declined), o => Assert.Contains("sold out", o.Message.En, StringComparison.Ordinal));
        var seats = outcomes.Where(o => o.Status == OutcomeStatus.Completed)
            .Select(o => o.Fields.Single(f => f.Label.En == "Seat / token numbers").Value)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), seats);
        Assert.All(outcomes.Where(o => o.Status == OutcomeStatus.Completed), o => Assert.Equal("darshan-ticket", o.Document!.Kind));

        var slot = await SlotFor(answers);
        Assert.Equal(new SlotView(100, 100, 100), slot);
    }

    [Fact]
    public async Task A_hundred_place_paid_slot_holds_exactly_a_hundred_of_a_thousand_concurrent_bookings()
    {
        var (_, darshan) = Catalog.FindService("srisailam-darshan")!.Value;
        var answers = SampleAnswers.For(darshan, "919700000010");
        answers["visit-date"] = SampleAnswers.Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(23));
        answers["darshan"] = "special-100";
        answers["slot"] = "evening";
        answers["persons"] = "1";
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>("endowments");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            grain.Run(SampleAnswers.Request(darshan, $"91971{i:D7}", answers: answers))));

        var held = outcomes.Where(o => o.Status == OutcomeStatus.AwaitingPayment).ToList();
        Assert.Equal(SandboxSlotInventory.DarshanPilgrims, held.Count);
        Assert.Equal(900, outcomes.Count(o => o.Status == OutcomeStatus.Declined && o.Message.En == DepartmentText.SoldOut.En));
        Assert.All(held, o => Assert.Equal(100m, o.PaymentAmount));
        Assert.Equal(held.Count, held.Select(o => o.Reference).Distinct().Count());
        var offer = await new SandboxSlotInventory().Find("endowments", darshan.Id, ["special-100", "evening"], DateOnly.Parse(answers["visit-date"], System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(18, 0));
        Assert.Equal(new SlotView(100, Sold: 0, Bookings: 100, Held: 100), await cluster.Grains.GetGrain<ISlotGrain>(offer!.Key).View());
    }

    [Fact]
    public async Task A_repeated_request_books_once()
    {
        var answers = SampleAnswers.For(Darshan, "919700000001");
        answers["temple"] = "annavaram";
        answers["darshan-date"] = SampleAnswers.Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21));
        answers["pilgrims"] = "3";
        var request = SampleAnswers.Request(Darshan, "919700000001", answers: answers);
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>("endowments");

        var first = await grain.Run(request);
        var again = await grain.Run(request);

        Assert.Equal(OutcomeStatus.Completed, first.Status);
        Assert.Equal(first.Reference, again.Reference);
        Assert.Equal(first.Fields, again.Fields);
        Assert.Equal(new SlotView(100, 3, 1), await SlotFor(answers));
    }

    [Fact]
    public async Task A_bus_route_from_a_place_to_itself_is_declined()
    {
        var (_, bus) = Catalog.FindService("bus-ticket")!.Value;
        var answers = SampleAnswers.For(bus, "919700000002");
        answers["from-place"] = "Vijayawada";
        answers["to-place"] = " vijayawada";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("apsrtc").Run(SampleAnswers.Request(bus, "919700000002", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, outcome.Status);
    }

    [Fact]
    public async Task A_ticket_booked_by_mobile_names_nobody_and_never_prints_the_number_as_a_name()
    {
        var (_, parcel) = Catalog.FindService("parcel-booking")!.Value;
        var answers = SampleAnswers.For(parcel, "919700000003");
        answers["from-place"] = "Vijayawada";
        answers["to-place"] = "Guntur";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>("apsrtc").Run(SampleAnswers.Request(parcel, "919700000003", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal(string.Empty, outcome.Document!.HolderName);
        Assert.DoesNotContain(outcome.Document.Fields, f => f.Value.Contains("9876543210", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slot_with_too_few_places_left_says_how_many_and_books_none()
    {
        var answers = SampleAnswers.For(Darshan, "919700000003");
        answers["temple"] = "mahanandi";
        answers["darshan-date"] = SampleAnswers.Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(22));
        var grain = cluster.Grains.GetGrain<IDepartmentServiceGrain>("endowments");
        // 19 bookings of five and one of two leave three of the hundred places.
        foreach (var pilgrims in Enumerable.Repeat("5", 19).Append("2"))
        {
            answers["pilgrims"] = pilgrims;
            Assert.Equal(OutcomeStatus.Completed, (await grain.Run(SampleAnswers.Request(Darshan, "919700000003", answers: answers))).Status);
        }

        answers["pilgrims"] = "5";
        var refused = await grain.Run(SampleAnswers.Request(Darshan, "919700000004", answers: answers));
        answers["pilgrims"] = "3";
        var last = await grain.Run(SampleAnswers.Request(Darshan, "919700000005", answers: answers));
        answers["pilgrims"] = "1";
        var soldOut = await grain.Run(SampleAnswers.Request(Darshan, "919700000006", answers: answers));

        Assert.Equal(OutcomeStatus.Declined, refused.Status);
        Assert.Contains("Only 3 places are left", refused.Message.En, StringComparison.Ordinal);
        Assert.Contains("5", refused.Message.Te, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Completed, last.Status);
        Assert.Equal(DepartmentText.SoldOut.En, soldOut.Message.En);
        Assert.Equal(new SlotView(100, 100, 21), await SlotFor(answers));
    }

    [Fact]
    public async Task A_water_tanker_of_ten_thousand_litres_is_one_booking_not_ten_thousand_places()
    {
        var (department, tanker) = Catalog.FindService("water-tanker-booking")!.Value;
        var answers = SampleAnswers.For(tanker, "919700000007");
        answers["load"] = "10000";

        var outcome = await cluster.Grains.GetGrain<IDepartmentServiceGrain>(department.Id).Run(SampleAnswers.Request(tanker, "919700000007", answers: answers));

        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        Assert.Equal("1", outcome.Fields.Single(f => f.Label.En == "Seats / persons").Value);
        Assert.Contains(outcome.Fields, f => f.Value == "10,000 litres / 10,000 లీటర్లు");
    }

    [Fact]
    public void Only_a_persons_pilgrims_or_seats_choice_counts_places()
    {
        var (_, tanker) = Catalog.FindService("water-tanker-booking")!.Value;
        var (_, bus) = Catalog.FindService("bus-ticket")!.Value;
        var (_, canteen) = Catalog.FindService("anna-canteen-bulk")!.Value;
        var (_, darshan) = Catalog.FindService("srisailam-darshan")!.Value;

        Assert.False(PlaceCounts.IsPlaceCount(tanker.Inputs.Single(i => i.Id == "load")));
        Assert.True(PlaceCounts.IsPlaceCount(bus.Inputs.Single(i => i.Id == "seats")));
        Assert.False(PlaceCounts.IsPlaceCount(canteen.Inputs.Single(i => i.Id == "meals")));
        Assert.True(PlaceCounts.IsPlaceCount(darshan.Inputs.Single(i => i.Id == "persons")));
    }

    private async Task<SlotView> SlotFor(Dictionary<string, string> answers)
    {
        var offer = await new SandboxSlotInventory().Find("endowments", Darshan.Id, [answers["temple"]], DateOnly.Parse(answers["darshan-date"], System.Globalization.CultureInfo.InvariantCulture), startsAt: null);
        return await cluster.Grains.GetGrain<ISlotGrain>(offer!.Key).View();
    }
}
