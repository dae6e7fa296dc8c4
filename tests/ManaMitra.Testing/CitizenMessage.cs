namespace ManaMitra.Testing;

/// <summary>What a citizen sends in one WhatsApp message: typed text, or a tap on a reply button or a list row.</summary>
/// <param name="Text">What was typed, or the tapped choice's title.</param>
/// <param name="ChoiceId">The tapped choice's id, which WhatsApp sends back; null for typed text.</param>
public sealed record CitizenMessage(MessageKind Kind, string Text, string? ChoiceId)
{
    public static CitizenMessage Typed(string text) => new(MessageKind.Text, text, null);

    public static CitizenMessage Button(string id, string title) => new(MessageKind.ButtonReply, title, id);

    public static CitizenMessage Row(string id, string title) => new(MessageKind.ListReply, title, id);
}

public enum MessageKind
{
    Text,
    ButtonReply,
    ListReply,
}
