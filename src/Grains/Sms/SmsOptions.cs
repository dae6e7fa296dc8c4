namespace ManaMitra.Grains.Sms;

/// <summary>
/// <c>ManaMitra:Sms</c>: the SMS gateway that carries one-time codes (<see cref="Fast2SmsGateway"/>). Indian SMS passes
/// TRAI's DLT scrubbing only from a registered sender id, with a registered content template whose text it matches
/// exactly; so the sender, the template's id and its text are all settings, registered once by the deployment.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "ManaMitra:Sms";

    /// <summary>Where the text stands the code goes: DLT's own variable marker.</summary>
    public const string CodeVariable = "{#var#}";

    public string BaseUrl { get; set; } = "https://www.fast2sms.com";

    /// <summary>The gateway's API key. Empty: no real gateway (sandbox and Development use the in-process one).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The DLT-registered sender id (header), 3 to 6 letters.</summary>
    public string SenderId { get; set; } = string.Empty;

    /// <summary>The DLT content template id of <see cref="Message"/>.</summary>
    public string TemplateId { get; set; } = string.Empty;

    /// <summary>The DLT principal entity id; the gateway may hold it already, so it may be empty.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>The registered template's text, exactly, with <see cref="CodeVariable"/> once where the code goes.</summary>
    public string Message { get; set; } = "{#var#} is your ManaMitra verification code. Never share it: no official will ask for it.";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Every setting a real gateway needs that is missing or malformed, as its environment name says it.</summary>
    public IEnumerable<string> Defects()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            yield return $"ManaMitra__Sms__BaseUrl \"{BaseUrl}\" is not an absolute http(s) address";
        }

        if (string.IsNullOrWhiteSpace(SenderId))
        {
            yield return "ManaMitra__Sms__SenderId is missing (the DLT-registered sender id)";
        }

        if (string.IsNullOrWhiteSpace(TemplateId))
        {
            yield return "ManaMitra__Sms__TemplateId is missing (the DLT content template id)";
        }

        if (Message.Split(CodeVariable).Length != 2)
        {
            yield return $"ManaMitra__Sms__Message must hold {CodeVariable} exactly once, where the code goes";
        }
    }
}
