namespace ManaMitra.WhatsApp.Media;

/// <summary>
/// The media types the Cloud API accepts, by the kind of message that carries them: what a citizen's phone can send
/// the bot at all. The simulator takes no other, so a file it accepts is one WhatsApp could have delivered.
/// </summary>
public static class WhatsAppMediaTypes
{
    public static readonly IReadOnlyList<string> Images = ["image/jpeg", "image/png"];

    /// <summary>A voice note is Opus in Ogg; the others are recorded audio shared as a file.</summary>
    public static readonly IReadOnlyList<string> Audio = ["audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"];

    public static readonly IReadOnlyList<string> Video = ["video/mp4", "video/3gpp"];

    public static readonly IReadOnlyList<string> Documents =
    [
        "application/pdf",
        "text/plain",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ];

    public static readonly IReadOnlyList<string> All = [.. Images, .. Audio, .. Video, .. Documents];

    /// <summary>Whether WhatsApp accepts <paramref name="contentType"/>, compared without parameters (<c>audio/ogg; codecs=opus</c>), ignoring case.</summary>
    public static bool Accepts(string contentType) =>
        All.Contains(contentType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);
}
