using System.Text.Unicode;

namespace ManaMitra.Languages;

/// <summary>A language citizens can choose, as its own file (<c>catalog/languages/&lt;code&gt;.json</c>) describes it.</summary>
/// <param name="Code">ISO 639 code: "te", "en", "hi".</param>
/// <param name="Name">Its name in itself (Telugu in Telugu script): the label of its button on the language screen.</param>
/// <param name="Words">What a citizen may type to choose it, besides its number on the screen.</param>
/// <param name="Script">The name of the Unicode block its writing uses ("Telugu"), as its file gives it.</param>
/// <param name="Block">That block: a text in this language must hold at least one character of it.</param>
public sealed record Language(string Code, string Name, IReadOnlyList<string> Words, string Script, UnicodeRange Block)
{
    /// <summary>
    /// The common slip is one language pasted into another's field; one character of the language's own block is
    /// enough to tell them apart, since a text may embed English words.
    /// </summary>
    public bool IsWrittenIn(string text) =>
        text.Any(c => c >= Block.FirstCodePoint && c < Block.FirstCodePoint + Block.Length);
}
