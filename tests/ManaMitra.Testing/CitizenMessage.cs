namespace ManaMitra.Testing;

/// <summary>
/// What a citizen sends in one WhatsApp message: typed text, a tap on a reply button or a list row, a photo, or a
/// shared location.
/// </summary>
/// <param name="Text">What was typed, the tapped choice's title, or a photo's caption.</param>
/// <param name="ChoiceId">The tapped choice's id, which WhatsApp sends back; null for typed text.</param>
/// <param name="MediaId">A photo's media id, which the Cloud API serves the file by.</param>
/// <param name="Point">A shared location: latitude, longitude.</param>
public sealed record CitizenMessage(MessageKind Kind, string Text, string? ChoiceId, string? MediaId = null, (double Latitude, double Longitude)? Point = null)
{
    public static CitizenMessage Typed(string text) => new(MessageKind.Text, text, null);

    public static CitizenMessage Button(string id, string title) => new(MessageKind.ButtonReply, title, id);

    public static CitizenMessage Row(string id, string title) => new(MessageKind.ListReply, title, id);

    public static CitizenMessage Photo(string mediaId, string caption = "") => new(MessageKind.Image, caption, null, MediaId: mediaId);

    public static CitizenMessage Location(double latitude, double longitude) => new(MessageKind.Location, string.Empty, null, Point: (latitude, longitude));

    /// <summary>A voice note recorded in WhatsApp (Opus in Ogg), which carries no caption.</summary>
    public static CitizenMessage VoiceNote(string mediaId) => new(MessageKind.VoiceNote, string.Empty, null, MediaId: mediaId);
}

public enum MessageKind
{
    Text,
    ButtonReply,
    ListReply,
    Image,
    Location,
    VoiceNote,
}
