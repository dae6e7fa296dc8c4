using System.Text.Json;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

/// <summary>A template body Meta would refuse is refused here, before it is queued; parameter text is made acceptable.</summary>
public sealed class TemplateRenderingTests
{
    private const string Phone = "919876543210";

    [Theory]
    [InlineData("Application_Approved")]
    [InlineData("application-approved")]
    [InlineData("")]
    public void A_name_Meta_would_refuse_is_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new TemplateReply(name, "en", ["x"])));

        Assert.Contains("lowercase letters, digits and underscores", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_longer_than_512_is_refused() =>
        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new TemplateReply(new string('a', 513), "en", [])));

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void An_empty_parameter_is_refused(string empty)
    {
        var error = Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, new TemplateReply("service_update", "en", ["REF-1", empty])));

        Assert.Contains("{{2}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eleven_buttons_are_refused()
    {
        var reply = new TemplateReply("service_update", "en", ["REF-1"]) { ButtonPayloads = Enumerable.Range(0, 11).Select(i => $"b{i}").ToList() };

        Assert.Throws<ArgumentException>(() => WhatsAppRenderer.Render(Phone, reply));
    }

    [Theory]
    [InlineData("two\nlines", "two lines")]
    [InlineData("a\r\n\r\nb", "a b")]
    [InlineData("tab\there", "tab here")]
    [InlineData("five     spaces", "five spaces")]
    [InlineData("  padded  ", "padded")]
    [InlineData("four    spaces", "four spaces")]
    public void Parameter_whitespace_becomes_single_spaces(string text, string sent)
    {
        using var body = JsonDocument.Parse(WhatsAppRenderer.Render(Phone, new TemplateReply("service_update", "en", [text])));

        var parameter = body.RootElement.GetProperty("template").GetProperty("components")[0].GetProperty("parameters")[0];
        Assert.Equal(sent, parameter.GetProperty("text").GetString());
        Assert.Empty(WhatsAppLimits.Violations(body.RootElement));
    }

    [Fact]
    public void The_limit_check_finds_a_parameter_Meta_would_refuse()
    {
        const string body = """
            {"messaging_product":"whatsapp","to":"919876543210","type":"template","template":{"name":"service_update",
             "language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":"two\nlines"}]}]}}
            """;

        using var json = JsonDocument.Parse(body);

        Assert.Equal(
            ["$.template.components[0].parameters[0].text: holds a newline, a tab or more than four spaces in a row"],
            WhatsAppLimits.Violations(json.RootElement));
    }
}
