using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using Microsoft.Extensions.Configuration;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

public sealed class ValidatorTests
{
    private static readonly FormText FormText = ShippedLanguages.Texts.Forms;

    private static readonly FieldValidators Validators = new(Hasher, ShippedLanguages.Texts);

    private static FieldResult Check(InputKind kind, InboundMessage message) => Validators.Check(Input(kind), message);

    private static Accepted Accepts(InputKind kind, InboundMessage message) =>
        Assert.IsType<Accepted>(Check(kind, message));

    private static LocalizedText Rejects(InputKind kind, InboundMessage message)
    {
        var reason = Assert.IsType<Rejected>(Check(kind, message)).Reason;
        Assert.False(string.IsNullOrWhiteSpace(reason.En));
        Assert.True(IsTelugu(reason.Te), $"not Telugu: {reason.Te}");
        return reason;
    }

    [Theory]
    [InlineData("499118665246")]
    [InlineData("4991 1866 5246")]
    [InlineData("4991-1866-5246")]
    [InlineData(" ౪౯౯౧ ౧౮౬౬ ౫౨౪౬ ")]
    [InlineData("my aadhaar is 4991 1866 5246")]
    [InlineData("నా ఆధార్ నంబర్ 499118665246 అండి")]
    [InlineData("aadhar no: 4991-1866-5246.")]
    public void Aadhaar_is_accepted_as_a_keyed_hash_and_a_masked_display(string typed)
    {
        var accepted = Accepts(InputKind.Aadhaar, Text(typed));

        Assert.Equal(Hasher.Hash(ValidAadhaar), accepted.Value);
        Assert.Matches("^[0-9a-f]{64}$", accepted.Value);
        Assert.Equal("XXXX XXXX 5246", accepted.Display);
    }

    [Fact]
    public void Aadhaar_hash_depends_on_the_key()
    {
        var other = new AadhaarHasher(System.Text.Encoding.UTF8.GetBytes("another key, also at least 32 bytes long"));
        Assert.NotEqual(Hasher.Hash(ValidAadhaar), other.Hash(ValidAadhaar));
        Assert.NotEqual(Hasher.Hash(ValidAadhaar), Hasher.Hash(OtherValidAadhaar));
    }

    [Fact]
    public void Aadhaar_reasons_are_specific()
    {
        Assert.Equal(FormText.AadhaarChecksum, Rejects(InputKind.Aadhaar, Text("499118665247")));
        Assert.Equal("That Aadhaar number is not valid — please check the 12 digits.", FormText.AadhaarChecksum.En);
        Assert.Equal(FormText.AadhaarFirstDigit, Rejects(InputKind.Aadhaar, Text("123412341234")));
        Assert.Equal(FormText.AadhaarFirstDigit, Rejects(InputKind.Aadhaar, Text("012345678901")));
        Assert.Equal(FormText.AadhaarLength.Fill(11), Rejects(InputKind.Aadhaar, Text("49911866524")));
        Assert.Contains("11", FormText.AadhaarLength.Fill(11).Te);
        Assert.Equal(FormText.AadhaarType, Rejects(InputKind.Aadhaar, Text("4991 1866 524X")));
        // In a sentence the number found is checked as if typed alone; two numbers, or none, are no answer.
        Assert.Equal(FormText.AadhaarChecksum, Rejects(InputKind.Aadhaar, Text("my aadhaar is 4991 1866 5247")));
        Assert.Equal(FormText.AadhaarType, Rejects(InputKind.Aadhaar, Text("mine 4991 1866 5246, my wife's 2341 2341 2346")));
        Assert.Equal(FormText.AadhaarType, Rejects(InputKind.Aadhaar, Text("I don't have it with me")));
        Assert.Equal(FormText.AadhaarType, Rejects(InputKind.Aadhaar, Tap("form:pick:x:y")));
    }

    [Theory]
    [InlineData("9876543210")]
    [InlineData("98765 43210")]
    [InlineData("+91 98765 43210")]
    [InlineData("+91-9876543210")]
    [InlineData("919876543210")]
    [InlineData("09876543210")]
    [InlineData("call me on 98765 43210 please")]
    [InlineData("నా నంబర్ +91 9876543210")]
    [InlineData("mobile: 09876543210.")]
    public void Mobile_accepts_the_usual_prefixes(string typed)
    {
        var accepted = Accepts(InputKind.Mobile, Text(typed));
        Assert.Equal("9876543210", accepted.Value);
        Assert.Equal("+91 98765 43210", accepted.Display);
    }

    [Fact]
    public void Mobile_keeps_a_ten_digit_number_that_starts_with_91()
    {
        Assert.Equal("9198765432", Accepts(InputKind.Mobile, Text("9198765432")).Value);
    }

    [Fact]
    public void Mobile_reasons_are_specific()
    {
        Assert.Equal(FormText.MobileFirstDigit, Rejects(InputKind.Mobile, Text("5876543210")));
        Assert.Equal(FormText.MobileLength.Fill(9), Rejects(InputKind.Mobile, Text("987654321")));
        Assert.Equal(FormText.MobileType, Rejects(InputKind.Mobile, Text("98765abcde")));
        Assert.Equal(FormText.MobileType, Rejects(InputKind.Mobile, Text("+44 7911 123456")));
        Assert.Equal(FormText.MobileType, Rejects(InputKind.Mobile, Text("mine is 9876543210 or 8765432109")));
        Assert.Equal(FormText.MobileType, Rejects(InputKind.Mobile, Text("my number is 5876543210")));
        Assert.Equal(FormText.MobileType, Rejects(InputKind.Mobile, Text("call +44 79111 23456")));
    }

    [Theory]
    [InlineData("05-01-2008")]
    [InlineData("5-1-2008")]
    [InlineData("05/01/2008")]
    [InlineData("5.1.2008")]
    [InlineData("2008-01-05")]
    [InlineData("5 Jan 2008")]
    [InlineData("5th January, 2008")]
    [InlineData("January 5, 2008")]
    [InlineData("౦౫-౦౧-౨౦౦౮")]
    public void Date_reads_the_common_ways_of_writing_it(string typed)
    {
        var accepted = Accepts(InputKind.Date, Text(typed));
        Assert.Equal("2008-01-05", accepted.Value);
        Assert.Equal("05-01-2008", accepted.Display);
    }

    // The samples are sent on Sunday 15 June 2025 in India: a weekday is the next one, today included.
    [Theory]
    [InlineData("today", "2025-06-15")]
    [InlineData("Tomorrow", "2025-06-16")]
    [InlineData("day after tomorrow", "2025-06-17")]
    [InlineData("friday", "2025-06-20")]
    [InlineData("sunday", "2025-06-15")]
    [InlineData("రేపు", "2025-06-16")]
    [InlineData("ఎల్లుండి", "2025-06-17")]
    [InlineData("శుక్రవారం", "2025-06-20")]
    [InlineData("repu", "2025-06-16")]
    [InlineData("somavaram", "2025-06-16")]
    public void Date_may_be_a_day_named_instead_of_dated(string typed, string expected) =>
        Assert.Equal(expected, Accepts(InputKind.Date, Text(typed)).Value);

    [Fact]
    public void Date_accepts_a_leap_day_and_a_date_within_a_year_ahead()
    {
        Assert.Equal("2024-02-29", Accepts(InputKind.Date, Text("29-02-2024")).Value);
        Assert.Equal("2026-06-15", Accepts(InputKind.Date, Text("15-06-2026")).Value);
    }

    [Fact]
    public void Date_reasons_are_specific()
    {
        Assert.Equal(FormText.DateNotInCalendar, Rejects(InputKind.Date, Text("29-02-2023")));
        Assert.Equal(FormText.DateNotInCalendar, Rejects(InputKind.Date, Text("31-04-2008")));
        Assert.Equal(FormText.DateNotInCalendar, Rejects(InputKind.Date, Text("05-13-2008")));
        Assert.Equal(FormText.DateShortYear, Rejects(InputKind.Date, Text("05-01-08")));
        Assert.Equal(FormText.DateTooEarly.Fill(1900), Rejects(InputKind.Date, Text("31-12-1899")));
        Assert.Equal(FormText.DateTooLate, Rejects(InputKind.Date, Text("16-06-2026")));
        Assert.Equal(FormText.DateType, Rejects(InputKind.Date, Text("yesterday")));
        Assert.Equal(FormText.DateType, Rejects(InputKind.Date, Text("5 Smarch 2008")));
    }

    [Theory]
    [InlineData("520001", "520001")]
    [InlineData("520 001", "520001")]
    [InlineData("110001", "110001")]
    public void PinCode_accepts_any_Indian_PIN(string typed, string expected) =>
        Assert.Equal(expected, Accepts(InputKind.PinCode, Text(typed)).Value);

    [Fact]
    public void PinCode_reasons_are_specific()
    {
        Assert.Equal(FormText.PinFirstDigit, Rejects(InputKind.PinCode, Text("020001")));
        Assert.Equal(FormText.PinLength.Fill(5), Rejects(InputKind.PinCode, Text("52001")));
        Assert.Equal(FormText.PinType, Rejects(InputKind.PinCode, Text("52000A")));
    }

    [Theory]
    [InlineData("2412345678", "2412345678")]
    [InlineData("24 1234 5678", "2412345678")]
    [InlineData("ap24ssc1234", "AP24SSC1234")]
    [InlineData("AB123456", "AB123456")]
    public void HallTicket_accepts_8_to_12_letters_and_digits_upper_cased(string typed, string expected) =>
        Assert.Equal(expected, Accepts(InputKind.HallTicket, Text(typed)).Value);

    [Fact]
    public void HallTicket_reasons_are_specific()
    {
        Assert.Equal(FormText.HallTicketLength.Fill(7), Rejects(InputKind.HallTicket, Text("1234567")));
        Assert.Equal(FormText.HallTicketLength.Fill(13), Rejects(InputKind.HallTicket, Text("1234567890123")));
        Assert.Equal(FormText.HallTicketNoDigit, Rejects(InputKind.HallTicket, Text("ABCDEFGHIJ")));
        Assert.Equal(FormText.HallTicketType, Rejects(InputKind.HallTicket, Text("2412#45678")));
    }

    [Theory]
    [InlineData("₹1,20,000", "120000", "₹1,20,000")]
    [InlineData("120000", "120000", "₹1,20,000")]
    [InlineData("120,000", "120000", "₹1,20,000")]
    [InlineData("Rs. 120000/-", "120000", "₹1,20,000")]
    [InlineData("1.2 lakh", "120000", "₹1,20,000")]
    [InlineData("2 crore", "20000000", "₹2,00,00,000")]
    [InlineData("5 వేలు", "5000", "₹5,000")]
    [InlineData("999.50", "999.5", "₹999.50")]
    [InlineData("10 crore", "100000000", "₹10,00,00,000")]
    public void Amount_reads_rupees_as_written_in_India(string typed, string value, string display)
    {
        var accepted = Accepts(InputKind.Amount, Text(typed));
        Assert.Equal(value, accepted.Value);
        Assert.Equal(display, accepted.Display);
    }

    [Fact]
    public void Amount_reasons_are_specific()
    {
        Assert.Equal(FormText.AmountNotPositive, Rejects(InputKind.Amount, Text("0")));
        Assert.Equal(FormText.AmountNotPositive, Rejects(InputKind.Amount, Text("-500")));
        Assert.Equal(FormText.AmountTooLarge, Rejects(InputKind.Amount, Text("100000001")));
        Assert.Equal(FormText.AmountPaise, Rejects(InputKind.Amount, Text("10.005")));
        Assert.Equal(FormText.AmountType, Rejects(InputKind.Amount, Text("a lot")));
        Assert.Equal(FormText.AmountType, Rejects(InputKind.Amount, Text("5 bags")));
    }

    [Theory]
    [InlineData("two lakh", "200000")]
    [InlineData("two lakhs fifty thousand", "250000")]
    [InlineData("Rupees Two Lakh Fifty Thousand.", "250000")]
    [InlineData("fifty thousand rupees", "50000")]
    [InlineData("one crore", "10000000")]
    [InlineData("ten crore", "100000000")]
    [InlineData("twelve thousand five hundred", "12500")]
    [InlineData("one lakh and fifty thousand", "150000")]
    [InlineData("one lakh five hundred", "100500")]
    [InlineData("five hundred and six", "506")]
    [InlineData("fifteen hundred", "1500")]
    [InlineData("twenty-five thousand", "25000")]
    [InlineData("ninety nine thousand nine hundred and ninety nine", "99999")]
    [InlineData("two hundred fifty thousand", "250000")]
    [InlineData("a lakh", "100000")]
    [InlineData("thousand rupees", "1000")]
    [InlineData("seventy", "70")]
    [InlineData("రెండు లక్షలు", "200000")]
    [InlineData("ఇరవై వేలు", "20000")]
    [InlineData("\u0C07\u0C30\u0C35\u0C46\u0C56 వేలు", "20000")]
    [InlineData("ఒక లక్ష యాభై వేలు", "150000")]
    [InlineData("ఇరవై ఐదు వేల రూపాయలు", "25000")]
    [InlineData("మూడు వేల ఐదు వందలు", "3500")]
    [InlineData("రెండు వందల యాభై", "250")]
    [InlineData("లక్ష", "100000")]
    [InlineData("వెయ్యి రూపాయలు", "1000")]
    [InlineData("పది కోట్లు", "100000000")]
    [InlineData("rendu lakshalu", "200000")]
    [InlineData("oka laksha yabhai velu", "150000")]
    [InlineData("iravai velu", "20000")]
    [InlineData("padi vela rupayalu", "10000")]
    [InlineData("moodu vandala yabhai", "350")]
    [InlineData("aidu kotlu", "50000000")]
    [InlineData("2 lakh 50 thousand", "250000")]
    [InlineData("₹2 lakh 50 thousand", "250000")]
    [InlineData("Rs.2lakh50thousand", "250000")]
    [InlineData("1.5 lakh 20 thousand", "170000")]
    [InlineData(".5 lakh 20 thousand", "70000")]
    [InlineData("2 లక్షల 50 వేలు", "250000")]
    [InlineData("౨ లక్షలు ౫౦ వేలు", "250000")]
    [InlineData("5 hundred 50", "550")]
    [InlineData("rendu lakh fifty thousand", "250000")]
    public void Amount_reads_the_number_in_words_and_digits_mixed_in_them(string typed, string value)
    {
        var accepted = Accepts(InputKind.Amount, Text(typed));
        Assert.Equal(value, accepted.Value);
        Assert.Equal(Rupees.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), accepted.Display);
    }

    [Theory]
    [InlineData("two apples")]
    [InlineData("rendu apples")]
    [InlineData("two lakh fifty")]
    [InlineData("2 lakh 50")]
    [InlineData("fifty thousand two lakh")]
    [InlineData("two lakh 150 thousand")]
    [InlineData("one thousand one thousand")]
    [InlineData("two five")]
    [InlineData("twenty fifty")]
    [InlineData("five hundred hundred")]
    [InlineData("250 hundred")]
    [InlineData("five hundred 250")]
    [InlineData("and fifty")]
    [InlineData("two lakh and")]
    [InlineData("zero lakh five")]
    [InlineData("a")]
    [InlineData("a fifty")]
    [InlineData("k")]
    [InlineData("rupees")]
    [InlineData("-2 lakh 50 thousand")]
    [InlineData("2.5.3 lakh")]
    [InlineData("ఇరవై ఆపిల్స్")]
    public void Amount_in_words_that_say_no_one_number_is_not_understood(string typed) =>
        Assert.Equal(FormText.AmountType, Rejects(InputKind.Amount, Text(typed)));

    [Theory]
    [InlineData("zero rupees", "not positive")]
    [InlineData("సున్నా", "not positive")]
    [InlineData("sunna", "not positive")]
    [InlineData("eleven crore", "too large")]
    [InlineData("పదకొండు కోట్లు", "too large")]
    [InlineData("ten crore one hundred", "too large")]
    [InlineData("hundred crore", "too large")]
    [InlineData("2.000005 thousand five hundred", "paise")]
    public void Amount_in_words_keeps_the_rules_of_amounts_in_digits(string typed, string rule)
    {
        var reason = rule switch
        {
            "not positive" => FormText.AmountNotPositive,
            "too large" => FormText.AmountTooLarge,
            _ => FormText.AmountPaise,
        };
        Assert.Equal(reason, Rejects(InputKind.Amount, Text(typed)));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2 people")]
    [InlineData("2 PEOPLE!")]
    [InlineData("2people")]
    [InlineData("2 వ్యక్తులు")]
    public void Choice_is_picked_by_number_or_label_in_either_language(string typed) =>
        Assert.Equal("2", Assert.IsType<Accepted>(Validators.Check(Seats, Text(typed))).Value);

    [Fact]
    public void Choice_is_picked_by_its_row_id()
    {
        var accepted = Assert.IsType<Accepted>(Validators.Check(Seats, Tap(FormIds.Pick("seats", "3"))));
        Assert.Equal(("3", "3 people"), (accepted.Value, accepted.Display));
    }

    [Fact]
    public void Choice_reasons_are_specific()
    {
        Assert.Equal(FormText.ChoiceRange.Fill(4), Assert.IsType<Rejected>(Validators.Check(Seats, Text("7"))).Reason);
        Assert.Equal(FormText.ChoiceUnknown, Assert.IsType<Rejected>(Validators.Check(Seats, Text("ten people"))).Reason);
        Assert.Equal(FormText.ChoiceType, Assert.IsType<Rejected>(Validators.Check(Seats, Tap(FormIds.Pick("other-input", "2")))).Reason);
        Assert.Equal(FormText.ChoiceType, Assert.IsType<Rejected>(Validators.Check(Seats, Location(16.5, 80.6))).Reason);
    }

    [Theory]
    [InlineData("  Vijayawada  ", "Vijayawada")]
    [InlineData("విజయవాడ", "విజయవాడ")]
    [InlineData("No. 5", "No. 5")]
    public void FreeText_is_trimmed(string typed, string expected) =>
        Assert.Equal(expected, Accepts(InputKind.FreeText, Text(typed)).Value);

    [Theory]
    [InlineData("My Aadhaar 4991 1866 5246 is wrong in the ration card", "My Aadhaar XXXX XXXX 5246 is wrong in the ration card")]
    [InlineData("aadhaar:499118665246.", "aadhaar:XXXX XXXX 5246.")]
    [InlineData("ఆధార్ ౪౯౯౧-౧౮౬౬-౫౨౪౬ తప్పు", "ఆధార్ XXXX XXXX 5246 తప్పు")]
    // A wrong check digit, a 13-digit number and a phone number are not Aadhaar numbers: they stay as typed.
    [InlineData("ref 4991 1866 5247", "ref 4991 1866 5247")]
    [InlineData("receipt 4499118665246", "receipt 4499118665246")]
    [InlineData("call 9876543210", "call 9876543210")]
    public void FreeText_masks_an_aadhaar_number_typed_inside_it(string typed, string kept)
    {
        var accepted = Accepts(InputKind.FreeText, Text(typed));

        Assert.Equal((kept, kept), (accepted.Value, accepted.Display));
    }

    [Fact]
    public void FreeText_reasons_are_specific()
    {
        Assert.Equal(FormText.FreeTextShort.Fill(2), Rejects(InputKind.FreeText, Text(" a ")));
        Assert.Equal(FormText.FreeTextLong.Fill(500, 501), Rejects(InputKind.FreeText, Text(new string('x', 501))));
        Assert.Equal(FormText.FreeTextNoWords, Rejects(InputKind.FreeText, Text("?!...")));
        Assert.Equal(FormText.FreeTextType, Rejects(InputKind.FreeText, Media(InboundKind.Image, "media-1")));
    }

    [Fact]
    public void Location_is_lat_lon_with_its_name()
    {
        var accepted = Accepts(InputKind.Location, Location(16.506174, 80.648015, "Benz Circle"));
        Assert.Equal("16.506174,80.648015", accepted.Value);
        Assert.Equal("📍 Benz Circle", accepted.Display);
        Assert.Equal("📍 16.500000,80.600000", Accepts(InputKind.Location, Location(16.5, 80.6)).Display);
    }

    [Fact]
    public void A_location_may_be_the_areas_PIN_typed_instead()
    {
        var typed = Accepts(InputKind.Location, Text("522 002"));

        Assert.Equal("522002", typed.Value);
        Assert.Equal("📮 PIN 522002", typed.Display);
    }

    [Fact]
    public void Location_reasons_are_specific()
    {
        Assert.Equal(FormText.LocationType, Rejects(InputKind.Location, Text("Vijayawada")));
        Assert.Equal(FormText.LocationType, Rejects(InputKind.Location, Text("52200")));
        Assert.Equal(FormText.LocationType, Rejects(InputKind.Location, Text("022002")));
        Assert.Equal(FormText.LocationUnreadable, Rejects(InputKind.Location, Location(double.NaN, 80)));
        Assert.Equal(FormText.LocationUnreadable, Rejects(InputKind.Location, Location(91, 80)));
    }

    [Fact]
    public void Photo_is_its_media_id_and_caption()
    {
        Assert.Equal("media-42", Accepts(InputKind.Photo, Media(InboundKind.Image, "media-42")).Value);
        var captioned = Accepts(InputKind.Photo, Media(InboundKind.Image, "media-44") with { Text = "Pole 14 near the temple" }).Value;
        Assert.Equal(new MediaAnswer("media-44", "Pole 14 near the temple"), MediaAnswer.Parse(captioned));
        Assert.Equal(FormText.PhotoAsDocument, Rejects(InputKind.Photo, Media(InboundKind.Document, "media-43")));
        Assert.Equal(FormText.PhotoType, Rejects(InputKind.Photo, Text("photo")));
    }

    [Theory]
    [InlineData(InboundKind.Image)]
    [InlineData(InboundKind.Audio)]
    [InlineData(InboundKind.Document)]
    public void Evidence_is_a_photo_a_voice_note_or_a_document_kept_by_its_media_id(InboundKind kind)
    {
        var answer = Accepts(InputKind.Evidence, Media(kind, "media-51") with { Text = "Near the school" }).Value;

        Assert.Equal(new MediaAnswer("media-51", "Near the school"), MediaAnswer.Parse(answer));
    }

    [Fact]
    public void Evidence_refuses_what_is_not_a_file_it_takes()
    {
        Assert.Equal(FormText.EvidenceType, Rejects(InputKind.Evidence, Text("see photo")));
        Assert.Equal(FormText.EvidenceType, Rejects(InputKind.Evidence, Media(InboundKind.Video, "media-52")));
        Assert.Equal(FormText.EvidenceType, Rejects(InputKind.Evidence, Location(16.5, 80.6)));
    }

    [Fact]
    public void Every_sentence_has_English_and_Telugu()
    {
        var texts = typeof(FormText).GetProperties().Where(p => p.PropertyType == typeof(LocalizedText)).Select(p => (p.Name, Text: (LocalizedText)p.GetValue(FormText)!)).ToList();

        Assert.True(texts.Count > 30);
        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Text.En), t.Name);
            Assert.True(IsTelugu(t.Text.Te), $"{t.Name}: {t.Text.Te}");
        });
    }

    [Fact]
    public void Hash_key_comes_from_configuration_and_only_Development_may_go_without()
    {
        var empty = new ConfigurationBuilder().Build();
        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AadhaarHasher.ConfigurationKey] = "a test key that is at least 32 bytes long" })
            .Build();

        Assert.Throws<InvalidOperationException>(() => AadhaarHasher.FromConfiguration(empty, isDevelopment: false));
        Assert.Equal(Hasher.Hash(ValidAadhaar), AadhaarHasher.FromConfiguration(configured, isDevelopment: false).Hash(ValidAadhaar));
        Assert.NotEqual(Hasher.Hash(ValidAadhaar), AadhaarHasher.FromConfiguration(empty, isDevelopment: true).Hash(ValidAadhaar));
        Assert.Throws<ArgumentException>(() => new AadhaarHasher(new byte[31]));
    }
}
