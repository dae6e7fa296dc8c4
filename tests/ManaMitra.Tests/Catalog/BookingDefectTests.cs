using System.Text.Json.Nodes;

namespace ManaMitra.Tests.Catalog;

/// <summary>What the catalog refuses in a booking's questions, and the message that points at it.</summary>
public sealed class BookingDefectTests : IDisposable
{
    private const string Booking = "catalog/departments/revenue.json: services[0] (income-certificate): ";

    private readonly TempCatalog _catalog = new();

    public BookingDefectTests()
    {
        _catalog.IncomeCertificate["handler"] = "BookSlot";
        _catalog.IncomeCertificate["fulfilment"] = "booking";
        _catalog.IncomeCertificate["fee"] = 0;
    }

    public void Dispose() => _catalog.Dispose();

    private static JsonArray Choices(params string[] ids) =>
        new([.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["label"] = TempCatalog.Text($"{id} persons", $"{id} వ్యక్తులు") })]);

    [Fact]
    public void A_persons_choice_numbered_by_its_counts_loads()
    {
        _catalog.Input(1)["id"] = "persons";
        _catalog.Input(1)["choices"] = Choices("1", "2", "10");

        _catalog.Load();
    }

    [Fact]
    public void A_persons_choice_with_word_ids_is_refused_naming_each()
    {
        _catalog.Input(1)["id"] = "persons";
        _catalog.Input(1)["choices"] = Choices("one", "2", "eleven");

        Assert.Equal(
            [
                $"{Booking}inputs[1] (persons): choice id \"one\" is not a count of places: \"persons\" options are numbered \"1\" to \"10\", the number they book",
                $"{Booking}inputs[1] (persons): choice id \"eleven\" is not a count of places: \"persons\" options are numbered \"1\" to \"10\", the number they book",
            ],
            _catalog.Errors());
    }

    [Fact]
    public void A_count_of_places_under_another_name_is_refused()
    {
        _catalog.Input(1)["choices"] = Choices("1", "2");

        Assert.Equal(
            [$"{Booking}inputs[1] (purpose): choices are counts of places but the input is \"purpose\": name it persons, pilgrims, seats"],
            _catalog.Errors());
    }

    [Fact]
    public void Seats_that_are_not_a_choice_are_refused()
    {
        _catalog.Input(0)["id"] = "seats";

        Assert.Equal(
            [$"{Booking}inputs[0] (seats): kind Aadhaar cannot count places: \"seats\" is a Choice whose ids are the counts (\"1\", \"2\"…)"],
            _catalog.Errors());
    }

    [Fact]
    public void Only_a_booking_counts_places()
    {
        _catalog.IncomeCertificate["handler"] = "IssueCertificate";
        _catalog.IncomeCertificate["fulfilment"] = "application";
        _catalog.Input(1)["id"] = "persons";
        _catalog.Input(1)["choices"] = Choices("one");

        _catalog.Load();
    }

    [Fact]
    public void A_session_without_its_hour_is_refused()
    {
        _catalog.Input(1)["id"] = "slot";
        _catalog.Input(1)["choices"]![0]!["startsAt"] = "06:00";

        Assert.Equal(
            [$"{Booking}inputs[1] (slot): choice \"employment\" has no startsAt: a session prints the hour it starts (\"06:00\")"],
            _catalog.Errors());
    }

    [Theory]
    [InlineData("6 AM")]
    [InlineData("25:00")]
    [InlineData("6:00")]
    public void A_start_that_is_not_a_time_of_day_is_refused(string startsAt)
    {
        _catalog.Input(1)["choices"]![0]!["startsAt"] = startsAt;

        Assert.Equal(
            [$"{Booking}inputs[1] (purpose): choices[0] (education): startsAt \"{startsAt}\" is not a time of day as HH:mm (\"06:00\", \"18:30\")"],
            _catalog.Errors());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public void A_bookable_window_out_of_range_is_refused(int days)
    {
        _catalog.IncomeCertificate["bookableDays"] = days;

        Assert.Equal([$"{Booking}bookableDays {days} is not from 1 to 366"], _catalog.Errors());
    }

    [Fact]
    public void A_bookable_window_is_read_and_defaults_to_sixty_days()
    {
        Assert.Equal(60, _catalog.Load().FindService("income-certificate")!.Value.Service.BookableDays);

        _catalog.IncomeCertificate["bookableDays"] = 90;

        Assert.Equal(90, _catalog.Load().FindService("income-certificate")!.Value.Service.BookableDays);
    }

    [Fact]
    public void Only_a_booking_has_a_bookable_window()
    {
        _catalog.IncomeCertificate["handler"] = "IssueCertificate";
        _catalog.IncomeCertificate["fulfilment"] = "application";
        _catalog.IncomeCertificate["bookableDays"] = 30;

        Assert.Equal([$"{Booking}bookableDays is only for a BookSlot service, not IssueCertificate"], _catalog.Errors());
    }

    [Fact]
    public void An_option_s_fare_is_read_and_a_negative_one_is_refused()
    {
        _catalog.Input(1)["choices"]![0]!["fare"] = 300;

        var service = _catalog.Load().FindService("income-certificate")!.Value.Service;
        Assert.Equal(300m, ManaMitra.Catalog.Fares.PerPlace(service, i => i.Id == "purpose" ? "education" : null));
        Assert.Equal(0m, ManaMitra.Catalog.Fares.PerPlace(service, _ => null));

        _catalog.Input(1)["choices"]![0]!["fare"] = -1;
        Assert.Equal([$"{Booking}inputs[1] (purpose): choice \"education\" has a negative fare -1"], _catalog.Errors());
    }

    [Fact]
    public void Only_a_booking_s_options_carry_fares()
    {
        _catalog.IncomeCertificate["handler"] = "IssueCertificate";
        _catalog.IncomeCertificate["fulfilment"] = "application";
        _catalog.Input(1)["choices"]![0]!["fare"] = 300;

        Assert.Equal([$"{Booking}inputs[1] (purpose): fare is only for the options of a BookSlot service, not IssueCertificate"], _catalog.Errors());
    }

    [Fact]
    public void Cancellation_tiers_are_read_and_give_the_refund_of_the_first_deadline_reached()
    {
        _catalog.IncomeCertificate["cancellation"] = new JsonArray(Tier(24, 90), Tier(2, 50));

        var service = _catalog.Load().FindService("income-certificate")!.Value.Service;

        Assert.Equal(90, ManaMitra.Catalog.Cancellations.RefundPercent(service, TimeSpan.FromHours(30)));
        Assert.Equal(90, ManaMitra.Catalog.Cancellations.RefundPercent(service, TimeSpan.FromHours(24)));
        Assert.Equal(50, ManaMitra.Catalog.Cancellations.RefundPercent(service, TimeSpan.FromHours(23)));
        Assert.Null(ManaMitra.Catalog.Cancellations.RefundPercent(service, TimeSpan.FromHours(1)));
        Assert.Null(ManaMitra.Catalog.Cancellations.RefundPercent(service, TimeSpan.FromHours(-1)));
    }

    [Fact]
    public void Tiers_out_of_order_or_out_of_range_are_refused()
    {
        _catalog.IncomeCertificate["cancellation"] = new JsonArray(Tier(48, 101), Tier(2, 50), Tier(24, 90), Tier(-1, 40));

        Assert.Equal(
            [
                $"{Booking}cancellation[0]: refundPercent 101 is not from 0 to 100",
                $"{Booking}cancellation[2]: tiers go from the earliest deadline to the latest, refunds never rising",
                $"{Booking}cancellation[3]: hoursBefore -1 is not from 0 to 8784",
            ],
            _catalog.Errors());
    }

    [Fact]
    public void Only_a_booking_has_cancellation_tiers()
    {
        _catalog.IncomeCertificate["handler"] = "IssueCertificate";
        _catalog.IncomeCertificate["fulfilment"] = "application";
        _catalog.IncomeCertificate["cancellation"] = new JsonArray(Tier(24, 90));

        Assert.Equal([$"{Booking}cancellation is only for a BookSlot service, not IssueCertificate"], _catalog.Errors());
    }

    private static JsonObject Tier(int hoursBefore, int refundPercent) => new() { ["hoursBefore"] = hoursBefore, ["refundPercent"] = refundPercent };
}
