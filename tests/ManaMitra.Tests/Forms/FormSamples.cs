using System.Text;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Forms;

/// <summary>Messages, a keyed hasher and services for the form tests.</summary>
public static class FormSamples
{
    /// <summary>UIDAI's published test UIDs and a common dummy: all 12 digits with a valid Verhoeff check digit.</summary>
    public const string ValidAadhaar = "499118665246";
    public const string OtherValidAadhaar = "999941057058";

    public static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 0, 0, TimeSpan.FromHours(5.5));

    public static readonly AadhaarHasher Hasher = new(Encoding.UTF8.GetBytes("a test key that is at least 32 bytes long"));

    private static readonly Lazy<SearchVocabulary> ShippedSearch = new(() => CatalogLoader.Load(CatalogLoader.DefaultDirectory).Search);

    public static FormFlow Flow() => Flow(new OtpOptions());

    public static FormFlow Flow(OtpOptions otp) =>
        new(new FieldValidators(Hasher, ShippedLanguages.Texts), ShippedLanguages.Texts, ShippedSearch.Value, new OtpCodes(Hasher), Microsoft.Extensions.Options.Options.Create(otp));

    private static int _sent;

    /// <summary>The words a reply shows, whatever its kind.</summary>
    public static string BodyOf(Reply reply) => reply switch
    {
        TextReply text => text.Body,
        ButtonsReply buttons => buttons.Body,
        ListReply list => list.Body,
        _ => throw new InvalidOperationException($"no body in {reply.GetType().Name}"),
    };

    public static InboundMessage Text(string text) => new()
    {
        MessageId = $"wamid.form.{Interlocked.Increment(ref _sent)}", CitizenId = "919876543210", ReplyTo = "919876543210", SentAt = Now, Kind = InboundKind.Text, Text = text,
    };

    public static InboundMessage Tap(string replyId, string title = "") => new()
    {
        MessageId = $"wamid.form.{Interlocked.Increment(ref _sent)}", CitizenId = "919876543210", ReplyTo = "919876543210", SentAt = Now, Kind = InboundKind.ButtonReply, ReplyId = replyId, Text = title,
    };

    public static InboundMessage Location(double latitude, double longitude, string? name = null) => new()
    {
        MessageId = $"wamid.form.{Interlocked.Increment(ref _sent)}", CitizenId = "919876543210", ReplyTo = "919876543210", SentAt = Now, Kind = InboundKind.Location,
        Location = new GeoPoint(latitude, longitude, name, null),
    };

    public static InboundMessage Media(InboundKind kind, string mediaId) => new()
    {
        MessageId = $"wamid.form.{Interlocked.Increment(ref _sent)}", CitizenId = "919876543210", ReplyTo = "919876543210", SentAt = Now, Kind = kind, MediaId = mediaId,
    };

    public static ServiceInput Input(InputKind kind, string id = "answer", params InputChoice[] choices) =>
        new(id, kind, ShippedLanguages.Text($"Enter the {id}.", $"{id} నమోదు చేయండి."), choices);

    public static InputChoice Choice(string id, string en, string te) => new(id, ShippedLanguages.Text(en, te));

    public static ServiceInput Seats { get; } = Input(InputKind.Choice, "seats",
        Choice("1", "1 person", "1 వ్యక్తి"), Choice("2", "2 people", "2 వ్యక్తులు"), Choice("3", "3 people", "3 వ్యక్తులు"), Choice("4", "4 people", "4 వ్యక్తులు"));

    /// <summary>An income certificate application: Aadhaar, mobile, date of birth and a choice of four.</summary>
    public static Service Certificate { get; } = new(
        "income-certificate",
        ShippedLanguages.Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"),
        ShippedLanguages.Text("Certificate of annual family income", "కుటుంబ వార్షిక ఆదాయ ధృవీకరణ"),
        HandlerKind.IssueCertificate,
        0,
        7,
        [Input(InputKind.Aadhaar, "aadhaar"), Input(InputKind.Mobile, "mobile"), Input(InputKind.Date, "dob"), Seats],
        ["income"],
        Fulfilment.Application);

    /// <summary>Every text a reply shows the citizen, titles and descriptions included.</summary>
    public static IEnumerable<string> Texts(Reply reply) => reply switch
    {
        TextReply text => [text.Body],
        ButtonsReply buttons => buttons.Buttons.Select(b => b.Title).Prepend(buttons.Body),
        ListReply list => list.Sections.SelectMany(s => s.Rows).SelectMany(r => new[] { r.Title, r.Description ?? "" }).Prepend(list.Body),
        _ => [],
    };

    public static string AllText(IEnumerable<Reply> replies) => string.Join("\n", replies.SelectMany(Texts));

    /// <summary>Renders each reply as Meta would receive it and fails on any broken WhatsApp limit.</summary>
    public static void AssertSendable(IEnumerable<Reply> replies)
    {
        foreach (var reply in replies)
        {
            using var json = JsonDocument.Parse(WhatsAppRenderer.Render("919876543210", reply));
            var violations = WhatsAppLimits.Violations(json.RootElement);
            Assert.True(violations.Count == 0, string.Join("; ", violations));
        }
    }

    public static bool IsTelugu(string text) => text.Any(c => c is >= '\u0C00' and <= '\u0C7F');
}
