namespace ManaMitra.Catalog;

/// <summary>
/// A photo or evidence question's stored answer: the WhatsApp media id of the file (a picture, a voice note, a
/// document), then the citizen's caption if they wrote one.
/// One string, as every answer is, so forms keep it like any other; a newline parts the two because media ids are
/// digits and a caption is the citizen's words.
/// </summary>
public sealed record MediaAnswer(string MediaId, string? Caption)
{
    private const char Separator = '\n';

    public string Format() => string.IsNullOrWhiteSpace(Caption) ? MediaId : $"{MediaId}{Separator}{Caption.Trim()}";

    public static MediaAnswer Parse(string value) => value.IndexOf(Separator, StringComparison.Ordinal) is var at and >= 0
        ? new MediaAnswer(value[..at], value[(at + 1)..])
        : new MediaAnswer(value, null);
}
