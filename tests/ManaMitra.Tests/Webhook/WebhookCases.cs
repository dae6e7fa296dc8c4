using ManaMitra.Interfaces.Chat;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Webhook;

/// <summary>What parsing each file of <c>testdata/webhooks</c> must give: the complete batch, or a failure.</summary>
internal static class WebhookCases
{
    public const string Lakshmi = "919848012345";
    public const string LakshmiUserId = "IN.1648738043044942";
    private const string Ravi = "919848054321";
    private const string Wamid = "wamid.HBgMOTE5ODQ4MDEyMzQ1FQIAEhgg";
    private const string SentWamid = "wamid.HBgMOTE5ODQ4MDEyMzQ1FQIAERgSMzVEMEJCMjE4NkVFNTU1QzQ0AA==";
    private const long Sent = 1736402400;

    /// <summary>Lakshmi known to the batch only by her business-scoped user id.</summary>
    private static readonly Dictionary<string, string> ByUserId = new() { [Key(LakshmiUserId)] = Key(LakshmiUserId) };

    public static readonly IReadOnlyDictionary<string, Expected> Table = new Dictionary<string, Expected>
    {
        ["text.json"] = One(Message(Wamid + "QTFCNUY0RTcxRDQ5NjJBMkUzAA==", InboundKind.Text) with { Text = "Hi" }),
        ["text_telugu.json"] = One(Message(Wamid + "MDk5QjU1NDQ1QjM1NzAxNjI5AA==", InboundKind.Text) with { Text = "కుల ధ్రువీకరణ పత్రం" }),
        ["button_reply.json"] = One(Message(Wamid + "M0E4NTY1OUQ0RDQ0RjE3NDk2AA==", InboundKind.ButtonReply) with { Text = "తెలుగు", ReplyId = "lang:te" }),
        ["list_reply.json"] = One(Message(Wamid + "NkIxNkVGMTk1QTlGRTdFRjNBAA==", InboundKind.ListReply) with { Text = "Caste certificate", ReplyId = "svc:revenue.caste-certificate" }),
        ["nfm_reply.json"] = One(Message(Wamid + "QjNGMDBCQjU3NzBDQkFGQUU0AA==", InboundKind.FlowReply) with
        {
            Text = """{"flow_token":"grievance-7","district":"Krishna","details":"Street light not working"}""",
        }),
        ["button.json"] = One(Message(Wamid + "RjdCMzlCNjdEM0E2NzBCMEQwAA==", InboundKind.QuickReply) with { Text = "Yes, remind me", ReplyId = "reminder:yes" }),
        ["location.json"] = One(Message(Wamid + "QzU0QjdCNjBDRTdBNDlDQjdGAA==", InboundKind.Location) with
        {
            Location = new GeoPoint(16.5193, 80.6305, "Pandit Nehru Bus Station", "Vijayawada, Andhra Pradesh 520013"),
        }),
        ["image.json"] = One(Message(Wamid + "NDM2QkM0NkE3QjY2M0U0RkI0AA==", InboundKind.Image) with { MediaId = "1003383421387256", Text = "Photo for the application" }),
        ["document.json"] = One(Message(Wamid + "Mjk1NDA5QUE3MjNDMjMyRDRCAA==", InboundKind.Document) with { MediaId = "2160294537663211" }),
        ["audio.json"] = One(Message(Wamid + "QTY3MkI4M0UyRjE4NjZCQzk3AA==", InboundKind.Audio) with { MediaId = "1264950424584919" }),
        ["video.json"] = One(Message(Wamid + "NTgwMzU5RjlCMzQ1MDU4NjFFAA==", InboundKind.Video) with { MediaId = "823459076521309", Text = "Road damage near my house" }),
        ["sticker.json"] = One(Message(Wamid + "RUE0QjcyRUNGNTMwQzE0QTdEAA==", InboundKind.Sticker) with { MediaId = "1195583415176734" }),
        ["reaction.json"] = One(Message(Wamid + "MkQ3MjBGQjQzRDM2NEEwOUI2AA==", InboundKind.Reaction) with { Text = "👍" }),
        ["reaction_removed.json"] = One(Message(Wamid + "OEIzRDcxMkE1QzlFNjBGMjE0AA==", InboundKind.Reaction)),
        ["contacts.json"] = One(Message(Wamid + "OEM1QzBGMEE0MkY0NEMzNzY1AA==", InboundKind.Contacts)),
        ["unsupported.json"] = One(Message(Wamid + "RDJBNzdBQjYxMTg2RTZDQ0Q2AA==", InboundKind.Unsupported)),
        ["unknown_type.json"] = One(Message(Wamid + "NjE1MDdBNDZDNUVCNTAwNEQxAA==", InboundKind.Unsupported)),
        ["system.json"] = Nothing(ignored: 1),
        ["invalid_timestamp.json"] = Nothing(ignored: 1),

        ["bsuid_with_wa_id.json"] = One(Message(Wamid + "NTA0NjA2M0FEQzZEOUM2NzZGAA==", InboundKind.Text) with { Text = "menu" }) with
        {
            UserIds = new Dictionary<string, string> { [Key(Lakshmi)] = Key(LakshmiUserId) },
        },
        ["bsuid_only.json"] = One(Message("wamid.HBgTSU4uMTY0ODczODA0MzA0NDk0MhUCABIYIDc2QTFBRTQ1Mjk0RTg4NzQzRQA=", InboundKind.Text) with
        {
            CitizenId = Key(LakshmiUserId),
            ReplyTo = LakshmiUserId,
            Text = "menu",
        }) with { UserIds = ByUserId },
        ["sender_from_lone_contact.json"] = One(Message("wamid.HBgTSU4uMTY0ODczODA0MzA0NDk0MhUCABIYIDJDOTgyNzQ0RjdCNDYxN0Q5OAA=", InboundKind.Text) with
        {
            CitizenId = Key(LakshmiUserId),
            ReplyTo = LakshmiUserId,
            Text = "help",
        }) with { UserIds = ByUserId },
        ["contact_not_the_sender.json"] = One(Message(Wamid + "QkQ0RjVBNkYyN0M4MDE5NkVBAA==", InboundKind.Text) with { Text = "Hi", ProfileName = null }),
        ["group_message.json"] = Nothing(ignored: 1),

        ["several_messages.json"] = new(
            [
                Message(Wamid + "MDAwMDAwMDAwMDAwMDAwMDAxAA==", InboundKind.Text) with { Text = "Hi" },
                Message("wamid.HBgMOTE5ODQ4MDU0MzIxFQIAEhggMDAwMDAwMDAwMDAwMDAwMDAyAA==", InboundKind.Text) with
                {
                    CitizenId = Key(Ravi),
                    ReplyTo = Ravi,
                    ProfileName = "Ravi",
                    SentAt = DateTimeOffset.FromUnixTimeSeconds(Sent + 1),
                    Text = "menu",
                },
                Message(Wamid + "MDAwMDAwMDAwMDAwMDAwMDAzAA==", InboundKind.ButtonReply) with
                {
                    SentAt = DateTimeOffset.FromUnixTimeSeconds(Sent + 2),
                    Text = "English",
                    ReplyId = "lang:en",
                },
            ],
            [],
            Ignored: 0),
        ["same_wamid_twice.json"] = One(Message(Wamid + "RDVQTElDQVRFMDAwMDAwMDAwMDAxAA==", InboundKind.Text) with { Text = "Hi" }) with { Ignored = 2 },

        ["status_sent.json"] = OneStatus(Status(DeliveryState.Sent, Sent + 3)),
        ["status_delivered.json"] = OneStatus(Status(DeliveryState.Delivered, Sent + 4)),
        ["status_read.json"] = OneStatus(Status(DeliveryState.Read, Sent + 60)),
        ["status_failed.json"] = OneStatus(Status(DeliveryState.Failed, 1736489000) with { ErrorCode = 131047, ErrorTitle = "Re-engagement message" }),
        ["status_bsuid_only.json"] = OneStatus(Status(DeliveryState.Delivered, Sent + 4) with { CitizenId = Key(LakshmiUserId) }) with { UserIds = ByUserId },
        ["statuses_mixed.json"] = new([], [Status(DeliveryState.Sent, Sent + 3), Status(DeliveryState.Delivered, Sent + 4)], Ignored: 3),
        ["message_and_status.json"] = new(
            [Message(Wamid + "NzcwMUE0QUVCNkE5QTcxNTQ1AA==", InboundKind.Text) with { Text = "0" }],
            [Status(DeliveryState.Read, Sent + 60)],
            Ignored: 0),

        // Payment statuses name a payment for the grain to look up, never a delivery: "failed" here is the payment's.
        ["payment_captured.json"] = Nothing(ignored: 0) with { Payments = ["ENE-PAY-2026-000001"] },
        ["payment_failed_then_pending.json"] = OneStatus(Status(DeliveryState.Read, Sent + 60)) with { Ignored = 1, Payments = ["REV-INC-2026-000001-FEE"] },
        ["payment_unusable_reference.json"] = Nothing(ignored: 2),

        ["account_update.json"] = Nothing(ignored: 1),
        ["not_whatsapp.json"] = Nothing(ignored: 1),

        ["malformed.json"] = Failure("invalid JSON or unexpected shape at $.entry[0].changes[0] (line 2, byte 1)"),
        ["entry_is_string.json"] = Failure("unexpected shape at $.entry (line 3"),
        ["missing_object.json"] = Failure("'object' is missing"),
        ["missing_entry.json"] = Failure("'entry' is missing"),
    };

    /// <summary>Most fixtures come from Lakshmi, by phone number, at the same second.</summary>
    private static InboundMessage Message(string id, InboundKind kind) => new()
    {
        MessageId = id,
        CitizenId = Key(Lakshmi),
        ReplyTo = Lakshmi,
        SentAt = DateTimeOffset.FromUnixTimeSeconds(Sent),
        Kind = kind,
        ProfileName = "Lakshmi",
    };

    private static DeliveryStatus Status(DeliveryState state, long at) => new()
    {
        MessageId = SentWamid,
        CitizenId = Key(Lakshmi),
        State = state,
        At = DateTimeOffset.FromUnixTimeSeconds(at),
    };

    /// <summary>Citizens are named by their conversation's key, never their number.</summary>
    private static string Key(string whatsAppId) => TestSecrets.CitizenKeys.Of(whatsAppId);

    private static Expected One(InboundMessage message) => new([message], [], Ignored: 0);

    private static Expected OneStatus(DeliveryStatus status) => new([], [status], Ignored: 0);

    private static Expected Nothing(int ignored) => new([], [], ignored);

    private static Expected Failure(string messageFragment) => new([], [], 0, messageFragment);
}

/// <param name="FailureFragment">When set, parsing must fail with a message containing it.</param>
internal sealed record Expected(InboundMessage[] Messages, DeliveryStatus[] Statuses, int Ignored, string? FailureFragment = null)
{
    /// <summary>The key of the business-scoped user id the batch must report beside each citizen key; none unless set.</summary>
    public IReadOnlyDictionary<string, string> UserIds { get; init; } = new Dictionary<string, string>();

    /// <summary>The payment references the batch's payment statuses name; none unless set.</summary>
    public string[] Payments { get; init; } = [];
}
