using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Tests.Catalog;

namespace ManaMitra.Tests.Forms;

/// <summary>
/// Answers read out of the sentence that named the service, on the shipped catalog's services. The sample messages
/// are sent on Sunday 15 June 2025 (IST), so "friday" is the 20th and "tomorrow" the 16th.
/// </summary>
public sealed class FormPrefillTests
{
    private static readonly ServiceCatalog Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
    private static readonly FormPrefill Prefill = new(new FieldValidators(FormSamples.Hasher, ShippedLanguages.Texts), Catalog.Search.StopWords);

    [Theory]
    [InlineData("bus-ticket", "bus ticket from vijayawada to tirupati on friday", "from-place=vijayawada;to-place=tirupati;journey-date=2025-06-20")]
    [InlineData("bus-ticket", "vijayawada nundi tirupati ki bus ticket repu", "from-place=vijayawada;to-place=tirupati;journey-date=2025-06-16")]
    [InlineData("bus-ticket", "విజయవాడ నుండి తిరుపతికి బస్సు టికెట్ రేపు", "from-place=విజయవాడ;to-place=తిరుపతి;journey-date=2025-06-16")]
    [InlineData("bus-ticket", "bus ticket to guntur for 2 people on 18-06-2025", "to-place=guntur;journey-date=2025-06-18;seats=2")]
    [InlineData("electricity-bill", "pay current bill 112233445566", "service-number=112233445566")]
    [InlineData("inter-results", "inter results hall ticket 2512345678", "hall-ticket=2512345678")]
    [InlineData("darshan-booking", "srisailam darshan tomorrow for 3 people", "temple=srisailam;darshan-date=2025-06-16;pilgrims=3")]
    public void A_sentence_gives_the_answers_it_names(string serviceId, string sentence, string expected)
    {
        var answers = Prefill.From(Service(serviceId), FormSamples.Text(sentence));

        Assert.Equal(expected.Split(';').Order(StringComparer.Ordinal), answers.Select(a => $"{a.Key}={a.Value.Value}").Order(StringComparer.Ordinal));
    }

    [Theory]
    // Two numbers: which is the bill's is a guess.
    [InlineData("electricity-bill", "current bill 112233 or 445566")]
    // A number too short to be a reference, and words that are not values.
    [InlineData("electricity-bill", "current bill for 3 months")]
    [InlineData("electricity-bill", "current bill of march 2025")]
    [InlineData("bus-ticket", "bus ticket")]
    // "from" with nothing after it, or only filler.
    [InlineData("bus-ticket", "bus ticket from")]
    [InlineData("bus-ticket", "bus ticket for all of us from our village")]
    // A date the booking window does not open is left for the question, which gives the reason.
    [InlineData("bus-ticket", "bus ticket on 01-01-2020")]
    public void Nothing_is_guessed(string serviceId, string sentence) =>
        Assert.Empty(Prefill.From(Service(serviceId), FormSamples.Text(sentence)));

    [Fact]
    public void An_aadhaar_in_the_sentence_is_kept_as_its_field_keeps_it()
    {
        var service = Catalog.Departments.SelectMany(d => d.Services).First(s => s.Inputs.Any(i => i.Kind == InputKind.Aadhaar) && s.Inputs.Count > 1);
        var aadhaar = service.Inputs.First(i => i.Kind == InputKind.Aadhaar);

        var answer = Prefill.From(service, FormSamples.Text($"{service.Name.Fallback} aadhaar {FormSamples.ValidAadhaar}"))[aadhaar.Id];

        Assert.DoesNotContain(FormSamples.ValidAadhaar, answer.Value, StringComparison.Ordinal);
        Assert.Equal("XXXX XXXX 5246", answer.Display);
    }

    [Fact]
    public void The_form_opens_at_the_first_open_question_saying_what_it_read()
    {
        var (session, replies) = FormSamples.Flow().StartFrom(Service("bus-ticket"), FormSamples.Text("bus ticket from vijayawada to tirupati"), ShippedLanguages.English)!.Value;

        Assert.Equal(2, session.Index);
        var body = FormSamples.BodyOf(Assert.Single(replies));
        Assert.Contains("From your message", body, StringComparison.Ordinal);
        Assert.Contains("• From: *vijayawada*", body, StringComparison.Ordinal);
        Assert.Contains("• To: *tirupati*", body, StringComparison.Ordinal);
        Assert.Contains("Enter the date of journey", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_answers_everything_opens_the_summary()
    {
        var (session, replies) = FormSamples.Flow().StartFrom(Service("electricity-bill"), FormSamples.Text("pay current bill 112233445566"), ShippedLanguages.English)!.Value;

        Assert.Equal(FormPhase.Confirming, session.Phase);
        Assert.Contains("Please check your answers", FormSamples.BodyOf(Assert.Single(replies)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_answers_nothing_opens_no_form() =>
        Assert.Null(FormSamples.Flow().StartFrom(Service("electricity-bill"), FormSamples.Text("current bill"), ShippedLanguages.English));

    private static Service Service(string id) => Catalog.FindService(id)!.Value.Service;

}
