using ManaMitra.Tests.Infrastructure;
using ManaMitra.WebhookFrontend.Webhook;
using ManaMitra.WhatsApp.Webhooks;

namespace ManaMitra.Tests.Webhook;

public sealed class WebhookParserTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "testdata", "webhooks");

    public static TheoryData<string> Files() => new(WebhookCases.Table.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void Parses_each_recorded_webhook_as_the_table_says(string file)
    {
        var expected = WebhookCases.Table[file];
        var body = File.ReadAllBytes(Path.Combine(Folder, file));

        if (expected.FailureFragment is { } fragment)
        {
            var failure = Assert.Throws<WebhookParseException>(() => WebhookParser.Parse(body, TestSecrets.CitizenKeys));
            Assert.Contains(fragment, failure.Message, StringComparison.Ordinal);
            return;
        }

        var batch = WebhookParser.Parse(body, TestSecrets.CitizenKeys);
        Assert.Equal(expected.Messages, batch.Messages);
        Assert.Equal(expected.Statuses, batch.Statuses);
        Assert.Equal(expected.Ignored, batch.Ignored);
        Assert.Equal(expected.UserIds, batch.UserIds);
        Assert.Equal(expected.Payments, batch.Payments);
    }

    [Fact]
    public void Every_recorded_webhook_has_an_expectation()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(WebhookCases.Table.Keys.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"whatsapp_business_account\"")]
    [InlineData("{\"object\": 7, \"entry\": []}")]
    public void Rejects_bodies_that_are_not_a_webhook_object(string body)
    {
        Assert.Throws<WebhookParseException>(() => WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes(body), TestSecrets.CitizenKeys));
    }

    [Fact]
    public void Rejects_bytes_that_are_not_utf8()
    {
        byte[] body = [.. "{\"object\":\""u8, 0xC3, 0x28, .. "\",\"entry\":[]}"u8];

        Assert.Throws<WebhookParseException>(() => WebhookParser.Parse(body, TestSecrets.CitizenKeys));
    }
}
