namespace ManaMitra.Languages;

/// <summary>
/// How each language presents itself (<c>language.*</c>): its own name, the Unicode block it is written in
/// (a .NET <see cref="System.Text.Unicode.UnicodeRanges"/> name such as "Telugu") and the words that choose it.
/// </summary>
[TextSection("language")]
public sealed class LanguageText
{
    public required LocalizedText Name { get; init; }

    public required LocalizedText Script { get; init; }

    public required LocalizedWords Words { get; init; }
}
