using System.Net;
using System.Text;
using System.Text.Json;
using ManaMitra.Grains.Sms;
using Microsoft.Extensions.Logging.Abstractions;

namespace ManaMitra.Tests.Http;

/// <summary>The SMS adapter speaks Fast2SMS's DLT (manual) API exactly, and reads its answers, against a fake handler.</summary>
public sealed class Fast2SmsGatewayTests
{
    private static readonly SmsOptions Options = new()
    {
        BaseUrl = "https://sms.example/",
        ApiKey = "key-123",
        SenderId = "MNMTRA",
        TemplateId = "1207161234567890123",
        EntityId = "1201159876543210987",
        Message = "{#var#} is your ManaMitra verification code.",
    };

    private sealed class FakeGateway(HttpStatusCode status, string answer) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }

    private static Fast2SmsGateway Gateway(HttpMessageHandler handler, SmsOptions? options = null) =>
        new(new HttpClient(handler), Microsoft.Extensions.Options.Options.Create(options ?? Options), NullLogger<Fast2SmsGateway>.Instance);

    [Fact]
    public async Task A_code_is_posted_as_a_dlt_manual_send_with_the_key_in_the_authorization_header()
    {
        var fake = new FakeGateway(HttpStatusCode.OK, """{"return":true,"request_id":"lwdtp7cjyqxvfe9","message":["SMS sent successfully."]}""");

        Assert.True(await Gateway(fake).SendCodeAsync("9876543210", "482913", CancellationToken.None));

        Assert.Equal(HttpMethod.Post, fake.Request!.Method);
        Assert.Equal("https://sms.example/dev/bulkV2", fake.Request.RequestUri!.ToString());
        Assert.Equal(["key-123"], fake.Request.Headers.GetValues("authorization"));
        Assert.Equal("application/json", fake.Request.Content!.Headers.ContentType!.MediaType);
        using var body = JsonDocument.Parse(fake.Body!);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["route"] = "dlt_manual",
                ["sender_id"] = "MNMTRA",
                ["message"] = "482913 is your ManaMitra verification code.",
                ["template_id"] = "1207161234567890123",
                ["entity_id"] = "1201159876543210987",
                ["flash"] = "0",
                ["numbers"] = "9876543210",
            },
            body.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
    }

    [Fact]
    public async Task Without_an_entity_id_the_field_is_left_out_for_the_gateway_to_fill()
    {
        var fake = new FakeGateway(HttpStatusCode.OK, """{"return":true,"request_id":"x","message":["SMS sent successfully."]}""");
        var options = new SmsOptions { BaseUrl = Options.BaseUrl, ApiKey = Options.ApiKey, SenderId = Options.SenderId, TemplateId = Options.TemplateId };

        await Gateway(fake, options).SendCodeAsync("9876543210", "482913", CancellationToken.None);

        using var body = JsonDocument.Parse(fake.Body!);
        Assert.False(body.RootElement.TryGetProperty("entity_id", out _));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, """{"return":false,"status_code":412,"message":"Invalid Authentication, Check Authorization Key"}""")]
    [InlineData(HttpStatusCode.OK, """{"return":false,"status_code":424,"message":"Invalid Message ID (or Template, Entity ID)"}""")]
    [InlineData(HttpStatusCode.BadGateway, "<html>bad gateway</html>")]
    public async Task A_refusal_is_no_send(HttpStatusCode status, string answer) =>
        Assert.False(await Gateway(new FakeGateway(status, answer)).SendCodeAsync("9876543210", "482913", CancellationToken.None));

    [Fact]
    public async Task An_unreachable_gateway_is_no_send()
    {
        // Nothing listens on the discard port: the connection is refused.
        var unreachable = new SmsOptions { BaseUrl = "http://127.0.0.1:9", ApiKey = "k", SenderId = "MNMTRA", TemplateId = "1" };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        Assert.False(await new Fast2SmsGateway(http, Microsoft.Extensions.Options.Options.Create(unreachable), NullLogger<Fast2SmsGateway>.Instance)
            .SendCodeAsync("9876543210", "482913", CancellationToken.None));
    }

    [Fact]
    public async Task The_sandbox_gateway_takes_the_adapters_request_and_refuses_a_wrong_key()
    {
        var inbox = new SandboxSmsInbox();
        var sandbox = new SmsOptions { BaseUrl = SandboxSmsInbox.BaseUrl, ApiKey = inbox.ApiKey, SenderId = "MNMTRA", TemplateId = "t" };

        Assert.True(await Gateway(inbox.Handler(), sandbox).SendCodeAsync("9876543210", "482913", CancellationToken.None));
        var sms = inbox.LastTo("9876543210")!;
        Assert.Equal(("******3210", "MNMTRA", "t"), (sms.MaskedTo, sms.SenderId, sms.TemplateId));
        Assert.StartsWith("482913 ", sms.Message, StringComparison.Ordinal);

        var wrongKey = new SmsOptions { BaseUrl = SandboxSmsInbox.BaseUrl, ApiKey = "guessed", SenderId = "MNMTRA", TemplateId = "t" };
        Assert.False(await Gateway(inbox.Handler(), wrongKey).SendCodeAsync("9876543211", "482913", CancellationToken.None));
        Assert.Null(inbox.LastTo("9876543211"));
    }

    [Theory]
    [InlineData("", "T", "{#var#}", "SenderId")]
    [InlineData("MNMTRA", "", "{#var#}", "TemplateId")]
    [InlineData("MNMTRA", "T", "no variable", "Message")]
    [InlineData("MNMTRA", "T", "{#var#} {#var#}", "Message")]
    public void A_real_gateway_missing_a_dlt_fact_is_refused(string sender, string template, string message, string setting) =>
        Assert.Contains(new SmsOptions { ApiKey = "k", SenderId = sender, TemplateId = template, Message = message }.Defects(),
            d => d.StartsWith($"ManaMitra__Sms__{setting}", StringComparison.Ordinal));
}
