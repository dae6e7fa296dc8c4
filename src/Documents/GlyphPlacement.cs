using HarfBuzzSharp;
using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// Where a run's glyphs go, from HarfBuzz's positions in font units, as the exact floats Skia's PDF writer needs to
/// show them with few operators. Skia writes a glyph without a <c>Td</c> move only when its position, less the last
/// move's, equals the sum of the fonts' own advances at the text size to the last bit; anything else, even one float
/// step off, costs a move, and so does every glyph after it, since sums from a moved origin rarely come out exact.
/// So a glyph HarfBuzz sets where the font's advances put it (no kerning, no mark offset) gets that float sum, and
/// where HarfBuzz moves a glyph that starts a cluster (a kerned letter, the syllable after a shifted mark), the run
/// is cut into pieces that each start afresh at their first glyph.
/// </summary>
internal static class GlyphPlacement
{
    // Positions that close to HarfBuzz's differ only by float rounding, a millionth of a millimetre at text sizes.
    private const float Rounding = 1e-3f;

    /// <param name="glyphs">HarfBuzz's glyphs, for their clusters: a piece never splits one.</param>
    /// <param name="shaped">HarfBuzz's positions, in font units.</param>
    /// <param name="advances">Each glyph's advance in the font's own metrics, in font units.</param>
    /// <param name="width">How far the run moves the pen, in points.</param>
    public static List<Piece> Place(
        ReadOnlySpan<GlyphInfo> glyphs, ReadOnlySpan<GlyphPosition> shaped, ReadOnlySpan<int> advances, float size, int unitsPerEm, out float width)
    {
        // As Skia's PDF writer scales an advance: text size × horizontal scale (1 here) ÷ units per em.
        var scale = size * 1f / unitsPerEm;
        var pieces = new List<Piece>();
        var positions = new SKPoint[glyphs.Length];
        var start = 0;
        var startPen = 0;
        var moved = SKPoint.Empty;
        var advanced = 0f;
        var pen = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var wanted = new SKPoint((pen - startPen + shaped[i].XOffset) * scale, -shaped[i].YOffset * scale);
            if (wanted.Y == moved.Y && Follows(moved.X, advanced, wanted.X, out var x))
            {
                positions[i] = new SKPoint(x, moved.Y);
            }
            else if (i > start && glyphs[i].Cluster != glyphs[i - 1].Cluster)
            {
                pieces.Add(new Piece(start, startPen * scale, positions[start..i]));
                start = i;
                startPen = pen;
                positions[i] = new SKPoint(shaped[i].XOffset * scale, -shaped[i].YOffset * scale);
                moved = positions[i];
                advanced = 0;
            }
            else
            {
                positions[i] = wanted;
                moved = wanted;
                advanced = 0;
            }

            advanced += scale * advances[i];
            pen += shaped[i].XAdvance;
        }

        pieces.Add(new Piece(start, startPen * scale, positions[start..]));
        width = pen * scale;
        return pieces;
    }

    /// <summary>
    /// An <paramref name="x"/> near <paramref name="wanted"/> from which Skia, subtracting <paramref name="moved"/>,
    /// gets exactly <paramref name="advanced"/>: the sum rounded, or a float step either side of it.
    /// </summary>
    private static bool Follows(float moved, float advanced, float wanted, out float x)
    {
        x = moved + advanced;
        if (MathF.Abs(x - wanted) > Rounding)
        {
            return false;
        }

        foreach (var candidate in (ReadOnlySpan<float>)[x, MathF.BitDecrement(x), MathF.BitIncrement(x)])
        {
            if (candidate - moved == advanced)
            {
                x = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Glyphs from <paramref name="Start"/> on, <paramref name="X"/> points into the run, placed from there.</summary>
    public sealed record Piece(int Start, float X, SKPoint[] Positions);
}
