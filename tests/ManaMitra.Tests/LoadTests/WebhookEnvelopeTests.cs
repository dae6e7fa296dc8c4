using System.Text.Json;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Testing;
using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.LoadTests;

/// <summary>The webhooks the load tool sends have Meta's envelope, and the frontend's own parser reads them as meant.</summary>
public sealed class WebhookEnvelopeTests
{
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1_736_402_400);
    private readonly WebhookEnvelope _envelope = new("102290129340398", "91 866 000 1234", "106540352242922");

    [Fact]
    public void A_text_message_parses_to_the_citizen_text_and_id_sent()
    {
        var body = _envelope.Build("919848012345", "Lakshmi", "wamid.TEST1", SentAt, CitizenMessage.Typed("ssc hall ticket"));

        var message = Assert.Single(WebhookParser.Parse(body, TestSecrets.CitizenKeys).Messages);

        Assert.Equal("919848012345", message.ReplyTo);
        Assert.Equal(TestSecrets.CitizenKeys.Of("919848012345"), message.CitizenId);
        Assert.Equal("wamid.TEST1", message.MessageId);
        Assert.Equal(InboundKind.Text, message.Kind);
        Assert.Equal("ssc hall ticket", message.Text);
        Assert.Null(message.ReplyId);
        Assert.Equal("Lakshmi", message.ProfileName);
        Assert.Equal(SentAt, message.SentAt);
    }

    [Fact]
    public void A_button_tap_parses_to_a_button_reply_with_its_id()
    {
        var body = _envelope.Build("919848012345", "Ravi", "wamid.TEST2", SentAt, CitizenMessage.Button("lang:te", "తెలుగు"));

        var message = Assert.Single(WebhookParser.Parse(body, TestSecrets.CitizenKeys).Messages);

        Assert.Equal(InboundKind.ButtonReply, message.Kind);
        Assert.Equal("lang:te", message.ReplyId);
        Assert.Equal("తెలుగు", message.Text);
    }

    [Fact]
    public void A_list_row_tap_parses_to_a_list_reply_with_its_id()
    {
        var body = _envelope.Build("919848012345", "Ravi", "wamid.TEST3", SentAt, CitizenMessage.Row("dept:revenue", "Revenue"));

        var message = Assert.Single(WebhookParser.Parse(body, TestSecrets.CitizenKeys).Messages);

        Assert.Equal(InboundKind.ListReply, message.Kind);
        Assert.Equal("dept:revenue", message.ReplyId);
    }

    [Fact]
    public void Carries_Meta_envelope_fields()
    {
        var body = _envelope.Build("919848012345", "Lakshmi", "wamid.TEST4", SentAt, CitizenMessage.Typed("hi"));
        var root = JsonDocument.Parse(body).RootElement;

        Assert.Equal("whatsapp_business_account", root.GetProperty("object").GetString());
        var change = root.GetProperty("entry")[0].GetProperty("changes")[0];
        Assert.Equal("messages", change.GetProperty("field").GetString());
        var value = change.GetProperty("value");
        Assert.Equal("whatsapp", value.GetProperty("messaging_product").GetString());
        Assert.Equal("106540352242922", value.GetProperty("metadata").GetProperty("phone_number_id").GetString());
        Assert.Equal("919848012345", value.GetProperty("contacts")[0].GetProperty("wa_id").GetString());
        var message = value.GetProperty("messages")[0];
        Assert.Equal("919848012345", message.GetProperty("from").GetString());
        Assert.Equal("1736402400", message.GetProperty("timestamp").GetString());
        Assert.Equal("text", message.GetProperty("type").GetString());
        Assert.Equal("hi", message.GetProperty("text").GetProperty("body").GetString());
    }
}
