using System.Collections.Concurrent;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace ManaMitra.Documents;

/// <summary>
/// Shapes mixed Telugu and English with HarfBuzz. Telugu is a complex script: a consonant cluster such as ksha
/// (U+0C15 U+0C4D U+0C37: ka, virama, ssa) is one conjunct glyph and vowel signs move around their consonant, so
/// drawing code points one by one prints wrong text. Telugu runs use Noto Sans Telugu, everything else Noto Sans.
/// </summary>
public sealed class TextShaper : IDisposable
{
    // Labels, titles, department names and notes are the same on thousands of documents; the catalog bounds them.
    // Past the limit (a catalog far larger than any state's), recurring text is shaped afresh.
    private const int RecurringLimit = 8192;

    private readonly Dictionary<SKTypeface, Font> _fonts;
    private readonly ConcurrentDictionary<(string Text, float Size, bool Bold, float MaxWidth), IReadOnlyList<ShapedText>> _recurring = new();

    public TextShaper(DocumentFonts fonts) =>
        // HarfBuzz fonts may shape from many threads at once; each call below brings its own buffer.
        _fonts = new[] { fonts.Telugu, fonts.TeluguBold, fonts.Latin, fonts.LatinBold }.ToDictionary(t => t, HarfBuzzFont);

    /// <summary>
    /// A HarfBuzz font at one unit per font unit: positions come back as the font's own whole numbers and are scaled
    /// to the text size once, as Skia's PDF writer scales the fonts' advances (see <see cref="GlyphPlacement"/>).
    /// </summary>
    private static Font HarfBuzzFont(SKTypeface typeface)
    {
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index);
        var font = new Font(face);
        font.SetScale(typeface.UnitsPerEm, typeface.UnitsPerEm);
        font.SetFunctionsOpenType();
        return font;
    }

    /// <summary>Shapes <paramref name="text"/> in <paramref name="style"/>, starting at x = 0.</summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        var runs = new List<ShapedRun>();
        var x = 0f;
        foreach (var (start, length, telugu) in ScriptRuns(text))
        {
            var font = telugu ? style.Telugu : style.Latin;
            var utf8 = Encoding.UTF8.GetBytes(text.Substring(start, length));
            using var buffer = new Buffer();
            buffer.AddUtf8(utf8);
            buffer.Direction = Direction.LeftToRight;
            buffer.Script = telugu ? Script.Telugu : Script.Latin;
            var harfBuzz = _fonts[font.Typeface];
            harfBuzz.Shape(buffer);
            var glyphs = buffer.GlyphInfos;
            var ids = glyphs.Select(g => g.Codepoint).ToArray();
            var pieces = GlyphPlacement.Place(glyphs, buffer.GlyphPositions, harfBuzz.GetHorizontalGlyphAdvances(ids), font.Size, font.Typeface.UnitsPerEm, out var width);
            foreach (var piece in pieces)
            {
                var end = piece.Start + piece.Positions.Length;
                // Left to right, clusters only grow: a piece's text runs from its first cluster to the next piece's.
                var first = glyphs[piece.Start].Cluster;
                var textEnd = end < glyphs.Length ? (int)glyphs[end].Cluster : utf8.Length;
                runs.Add(new ShapedRun(
                    font.Typeface,
                    font.Size,
                    x + piece.X,
                    ids[piece.Start..end].Select(g => (ushort)g).ToArray(),
                    piece.Positions,
                    utf8[(int)first..textEnd],
                    glyphs[piece.Start..end].Select(g => g.Cluster - first).ToArray()));
            }

            x += width;
        }

        return new ShapedText(runs, x);
    }

    /// <summary>
    /// <see cref="Shape"/> for text printed on many documents (labels, titles, notes), shaped once and kept.
    /// </summary>
    public ShapedText ShapeRecurring(string text, TextStyle style) =>
        Recurring(text, style, float.PositiveInfinity, () => [Shape(text, style)])[0];

    /// <summary><see cref="Wrap"/> for text printed on many documents, wrapped once and kept.</summary>
    public IReadOnlyList<ShapedText> WrapRecurring(string text, TextStyle style, float maxWidth) =>
        Recurring(text, style, maxWidth, () => Wrap(text, style, maxWidth));

    /// <summary>Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="maxWidth"/>.</summary>
    public IReadOnlyList<ShapedText> Wrap(string text, TextStyle style, float maxWidth)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Most values fit on one line: one shaping instead of one per word.
        var whole = Shape(string.Join(' ', words), style);
        if (whole.Width <= maxWidth || words.Length <= 1)
        {
            return words.Length == 0 ? [] : [whole];
        }

        var lines = new List<ShapedText>();
        var current = "";
        ShapedText? shaped = null;
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            var attempt = Shape(candidate, style);
            if (attempt.Width > maxWidth && shaped is not null)
            {
                lines.Add(shaped);
                current = word;
                shaped = Shape(word, style);
            }
            else
            {
                current = candidate;
                shaped = attempt;
            }
        }

        if (shaped is not null)
        {
            lines.Add(shaped);
        }

        return lines;
    }

    private IReadOnlyList<ShapedText> Recurring(string text, TextStyle style, float maxWidth, Func<IReadOnlyList<ShapedText>> shape)
    {
        var key = (text, style.Size, style.Bold, maxWidth);
        if (_recurring.TryGetValue(key, out var lines))
        {
            return lines;
        }

        lines = shape();
        return _recurring.Count < RecurringLimit ? _recurring.GetOrAdd(key, lines) : lines;
    }

    /// <summary>Runs of Telugu (with the joiners that steer its conjuncts) and of everything else.</summary>
    internal static IEnumerable<(int Start, int Length, bool Telugu)> ScriptRuns(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsTelugu(text[i]) != IsTelugu(text[start]))
            {
                yield return (start, i - start, IsTelugu(text[start]));
                start = i;
            }
        }
    }

    private static bool IsTelugu(char c) => c is >= '\u0C00' and <= '\u0C7F' or '\u200C' or '\u200D';

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}

/// <summary>A size and weight, as the pair of fonts that print it in each script. Owned by one render.</summary>
public sealed class TextStyle : IDisposable
{
    public TextStyle(DocumentFonts fonts, float size, bool bold)
    {
        Telugu = Font(bold ? fonts.TeluguBold : fonts.Telugu, size);
        Latin = Font(bold ? fonts.LatinBold : fonts.Latin, size);
        Bold = bold;
    }

    public SKFont Telugu { get; }

    public SKFont Latin { get; }

    public float Size => Latin.Size;

    public bool Bold { get; }

    /// <summary>How documents draw <paramref name="typeface"/>: outlines, not hinted bitmaps, since a PDF is scaled by whoever opens it.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };

    public void Dispose()
    {
        Telugu.Dispose();
        Latin.Dispose();
    }
}
