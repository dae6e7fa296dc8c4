using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// A line shaped by HarfBuzz: glyphs and their positions, font by font, with the source text and clusters kept so a
/// PDF reader can still copy and search the words (Telugu conjuncts have no code point of their own). Immutable and
/// tied to no Skia font object, so a line that recurs on every document is shaped once and shared by all threads.
/// </summary>
public sealed class ShapedText(IReadOnlyList<ShapedRun> runs, float width)
{
    public IReadOnlyList<ShapedRun> Runs { get; } = runs;

    public float Width { get; } = width;

    /// <param name="fontFor">The font to draw a run with: its own typeface at its size, or the subset of it.</param>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint, Func<ShapedRun, SKFont> fontFor)
    {
        if (Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            var buffer = builder.AllocatePositionedTextRun(fontFor(run), run.Glyphs.Length, run.Utf8.Length, null);
            run.Glyphs.CopyTo(buffer.Glyphs);
            run.Positions.CopyTo(buffer.Positions);
            run.Utf8.CopyTo(buffer.Text);
            run.Clusters.CopyTo(buffer.Clusters);
            // A blob per run, drawn where the run starts: a PDF starts each run's text at its first glyph, so the
            // positions that follow are the exact sums of advances GlyphPlacement made them, with no move between.
            using var blob = builder.Build();
            canvas.DrawText(blob, x + run.X, baseline, paint);
        }
    }
}

/// <summary>
/// Glyphs of one typeface at one size, starting <see cref="X"/> points into the line; positions are from the start
/// of the run, clusters index <see cref="Utf8"/>.
/// </summary>
public sealed record ShapedRun(SKTypeface Typeface, float Size, float X, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters);
