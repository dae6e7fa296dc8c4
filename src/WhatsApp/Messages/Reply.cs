namespace ManaMitra.WhatsApp.Messages;

/// <summary>
/// What the bot wants to say, before WhatsApp's limits are applied. <see cref="WhatsAppRenderer"/> is the only
/// place that turns a reply into Meta's JSON, so every limit is enforced in one place.
/// </summary>
public abstract record Reply;

/// <summary>Plain text (Meta: <c>type=text</c>, body ≤ 4096).</summary>
public sealed record TextReply(string Body) : Reply;

/// <summary>Up to three reply buttons under a body (Meta: <c>interactive.type=button</c>).</summary>
public sealed record ButtonsReply(string Body, IReadOnlyList<ReplyButton> Buttons) : Reply
{
    public string? Header { get; init; }
    public string? Footer { get; init; }
}

public sealed record ReplyButton(string Id, string Title);

/// <summary>A list the citizen opens with a button and picks one row from (Meta: <c>interactive.type=list</c>).</summary>
public sealed record ListReply(string Body, string ButtonLabel, IReadOnlyList<ListSection> Sections) : Reply
{
    public string? Header { get; init; }
    public string? Footer { get; init; }
}

public sealed record ListSection(string? Title, IReadOnlyList<ListRow> Rows);

public sealed record ListRow(string Id, string Title, string? Description = null);

/// <summary>
/// A body with one button that opens a web page (Meta: <c>interactive.type=cta_url</c>), e.g. "Pay ₹196.55" to the
/// payment page: unlike a link in text, it is always tappable.
/// </summary>
public sealed record UrlButtonReply(string Body, string DisplayText, string Url) : Reply
{
    public string? Header { get; init; }
    public string? Footer { get; init; }
}

/// <summary>A document sent by link (Meta: <c>type=document</c>).</summary>
public sealed record DocumentReply(string Link, string FileName, string? Caption) : Reply;

/// <summary>
/// A message template Meta has approved (Meta: <c>type=template</c>): the only kind Meta delivers once the citizen
/// has not written for 24 hours. <see cref="BodyParameters"/> fill the body's <c>{{1}}</c>, <c>{{2}}</c>… in order;
/// <see cref="ButtonPayloads"/> are what come back, by button index, when the citizen taps a quick-reply button.
/// </summary>
public sealed record TemplateReply(string Name, string LanguageCode, IReadOnlyList<string> BodyParameters) : Reply
{
    public IReadOnlyList<string> ButtonPayloads { get; init; } = [];
}

/// <summary>
/// A bill the citizen reviews and pays without leaving WhatsApp (Meta: <c>interactive.type=order_details</c>, action
/// <c>review_and_pay</c>; WhatsApp Payments, India only), through the payment gateway account WhatsApp Manager holds
/// as <see cref="PaymentConfiguration"/>. Amounts are whole paise, in INR, the only currency Meta takes here.
/// </summary>
/// <param name="ReferenceId">
/// Our payment reference: Meta's payment status webhooks name the order by it, so it must be the payment grain's key.
/// </param>
/// <param name="Items">What is paid for; their total is the amount asked.</param>
public sealed record OrderDetailsReply(string Body, string ReferenceId, string PaymentConfiguration, IReadOnlyList<OrderItem> Items) : Reply;

/// <param name="RetailerId">Our id for what is sold (the service's id).</param>
/// <param name="Name">What the citizen sees on the bill.</param>
public sealed record OrderItem(string RetailerId, string Name, long AmountPaise, int Quantity = 1);
