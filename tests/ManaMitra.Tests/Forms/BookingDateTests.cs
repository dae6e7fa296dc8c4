using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

/// <summary>A booking's date is refused at its question when it is not one the service opens (today is 15-06-2025).</summary>
public sealed class BookingDateTests
{
    private static readonly FormText FormText = ShippedLanguages.Texts.Forms;

    private static Service Darshan(int? bookableDays = null) => new(
        "darshan-booking",
        ShippedLanguages.Text("Darshan", "దర్శనం"),
        ShippedLanguages.Text("Darshan slots", "దర్శనం స్లాట్లు"),
        HandlerKind.BookSlot,
        0,
        0,
        [Seats, Input(InputKind.Date, "visit-date"), Input(InputKind.Mobile, "mobile")],
        ["darshan"],
        Fulfilment.Booking,
        bookableDays ?? BookingWindow.DefaultDays);

    private readonly FormFlow _flow = Flow();

    private FormSession AtDate(Service service, string language = ShippedLanguages.English)
    {
        var (session, _) = _flow.Start(service, language);
        _flow.Handle(session, service, Tap(FormIds.Pick("seats", "2")), language);
        Assert.Equal(1, session.Index);
        return session;
    }

    [Theory]
    [InlineData("14-06-2025")]
    [InlineData("01-01-2020")]
    public void A_past_date_is_refused_at_the_question_and_asked_again_keeping_the_other_answers(string typed)
    {
        var service = Darshan();
        var session = AtDate(service);

        var step = _flow.Handle(session, service, Text(typed), ShippedLanguages.English);

        var reply = Assert.Single(Assert.IsType<FormStep.Continue>(step).Replies);
        Assert.Contains(FormText.DatePassed.Fill("15-06-2025", "14-08-2025").In(ShippedLanguages.English), AllText([reply]));
        Assert.Contains("Enter the visit-date.", AllText([reply]));
        Assert.Equal(1, session.Index);
        Assert.Equal(FormPhase.Asking, session.Phase);
        Assert.False(session.Answers.ContainsKey("visit-date"));
        Assert.Equal("2", session.Answers["seats"].Value);
    }

    [Fact]
    public void A_date_beyond_the_window_is_refused_in_telugu_with_the_last_open_day()
    {
        var service = Darshan();
        var session = AtDate(service, ShippedLanguages.Telugu);

        var step = _flow.Handle(session, service, Text("15-08-2025"), ShippedLanguages.Telugu);

        var text = AllText(Assert.IsType<FormStep.Continue>(step).Replies);
        Assert.Contains(FormText.DateBeyondWindow.Fill(60, "14-08-2025").In(ShippedLanguages.Telugu), text);
        Assert.True(IsTelugu(text));
        Assert.Equal(1, session.Index);
    }

    [Theory]
    [InlineData("15-06-2025", "2025-06-15")]
    [InlineData("14-08-2025", "2025-08-14")]
    public void Today_and_the_last_open_day_are_taken(string typed, string value)
    {
        var service = Darshan();
        var session = AtDate(service);

        _flow.Handle(session, service, Text(typed), ShippedLanguages.English);

        Assert.Equal(value, session.Answers["visit-date"].Value);
        Assert.Equal(2, session.Index);
    }

    [Fact]
    public void A_service_s_own_window_replaces_the_default()
    {
        var service = Darshan(bookableDays: 7);
        var session = AtDate(service);

        var refused = _flow.Handle(session, service, Text("23-06-2025"), ShippedLanguages.English);
        Assert.Contains(FormText.DateBeyondWindow.Fill(7, "22-06-2025").In(ShippedLanguages.English), AllText(refused.Replies));

        _flow.Handle(session, service, Text("22-06-2025"), ShippedLanguages.English);
        Assert.Equal("2025-06-22", session.Answers["visit-date"].Value);
    }

    [Fact]
    public void A_date_that_is_not_a_booking_keeps_its_wide_range()
    {
        // A date of birth decades ago is a fine answer to a certificate's question.
        var (session, _) = _flow.Start(Certificate, ShippedLanguages.English);
        session.Index = 2;

        _flow.Handle(session, Certificate, Text("05-01-2008"), ShippedLanguages.English);

        Assert.Equal("2008-01-05", session.Answers["dob"].Value);
    }
}
