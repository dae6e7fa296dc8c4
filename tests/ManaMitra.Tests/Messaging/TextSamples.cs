using System.Globalization;

namespace ManaMitra.Tests.Messaging;

/// <summary>Text that exercises what shortening can break, and an independent check of where it may cut.</summary>
internal static class TextSamples
{
    public const char Virama = '\u0C4D';
    public const string Kssa = "క్ష";
    public const string Stree = "స్త్రీ";
    public const string CasteCertificate = "కుల ధృవీకరణ పత్రం";
    public const string Family = "👨‍👩‍👧";
    public const string IndiaFlag = "🇮🇳";
    public const string ThumbsUpMediumSkin = "👍🏽";

    /// <summary>Offsets at which <paramref name="text"/> can end without splitting an extended grapheme cluster.</summary>
    public static HashSet<int> ClusterBoundaries(string text)
    {
        var boundaries = new HashSet<int> { 0 };
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            boundaries.Add(enumerator.ElementIndex + ((string)enumerator.Current).Length);
        }

        return boundaries;
    }

    /// <summary>The part of a fitted text that came from the input, or null when the text was kept whole.</summary>
    public static string? CutPrefix(string fitted) =>
        fitted.EndsWith('…') ? fitted[..^1] : null;

    public static bool EndsInJoiner(string text) =>
        text.Length > 0 && text[^1] is Virama or '\u200D' or '\u200C';
}
