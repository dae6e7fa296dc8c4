namespace ManaMitra.WhatsApp.Messages;

/// <summary>
/// Meta's Cloud API limits for the messages ManaMitra sends, in one place so that the renderer that obeys them
/// and the tests that check every menu against them cannot drift apart. Lengths are measured by
/// <see cref="WhatsAppText.Length"/>.
/// </summary>
public static partial class WhatsAppLimits
{
    public const int TextBody = 4096;

    /// <summary>
    /// Meta's list-message page has since raised its body to 4096, but the reply-button page and most
    /// integrations still say 1024; one lower limit for both interactive kinds is safe on every API version.
    /// </summary>
    public const int InteractiveBody = 1024;

    public const int HeaderText = 60;
    public const int Footer = 60;

    public const int ListButton = 20;
    public const int ListSections = 10;

    /// <summary>Across all sections together, not per section.</summary>
    public const int ListRows = 10;

    public const int SectionTitle = 24;
    public const int RowId = 200;
    public const int RowTitle = 24;
    public const int RowDescription = 72;

    public const int MinButtons = 1;
    public const int MaxButtons = 3;
    public const int ButtonId = 256;
    public const int ButtonTitle = 20;

    public const int DocumentCaption = 1024;

    /// <summary>The words on a call-to-action URL button (<c>interactive.type=cta_url</c>).</summary>
    public const int CtaDisplayText = 20;

    /// <summary>Template names: lowercase letters, digits and underscores.</summary>
    public const int TemplateName = 512;

    public const int TemplateBody = 1024;

    /// <summary>Buttons of one template, of all kinds together.</summary>
    public const int TemplateButtons = 10;

    public const int QuickReplyText = 25;

    /// <summary>
    /// The <c>reference_id</c> of an <c>order_details</c> message: English letters, digits, <c>_</c>, <c>-</c> and
    /// <c>.</c>, case sensitive, unique per order (<see cref="WhatsAppRenderer.IsOrderReference"/>).
    /// </summary>
    public const int OrderReferenceId = 35;

    /// <summary>The name of one item of an <c>order_details</c> message.</summary>
    public const int OrderItemName = 60;

    /// <summary>
    /// Amounts in <c>order_details</c> are <c>{value, offset}</c> with value = amount × offset; Meta takes INR with
    /// offset 100 only, so the value is whole paise.
    /// </summary>
    public const int AmountOffset = 100;
}
