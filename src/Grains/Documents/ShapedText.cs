using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// A line shaped by HarfBuzz: glyphs and their positions, font by font, with the source text and clusters kept so a
/// PDF reader can still copy and search the words (Telugu conjuncts have no code point of their own).
/// </summary>
public sealed class ShapedText(IReadOnlyList<ShapedRun> runs, float width)
{
    public IReadOnlyList<ShapedRun> Runs { get; } = runs;

    public float Width { get; } = width;

    /// <param name="fontFor">The font to draw a run shaped in a given font with: itself, or its subset.</param>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint, Func<SKFont, SKFont> fontFor)
    {
        if (Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            var buffer = builder.AllocatePositionedTextRun(fontFor(run.Font), run.Glyphs.Length, run.Utf8.Length, null);
            run.Glyphs.CopyTo(buffer.Glyphs);
            run.Positions.CopyTo(buffer.Positions);
            run.Utf8.CopyTo(buffer.Text);
            run.Clusters.CopyTo(buffer.Clusters);
        }

        using var blob = builder.Build();
        canvas.DrawText(blob, x, baseline, paint);
    }
}

/// <summary>Glyphs of one font; positions are from the start of the line, clusters index <see cref="Utf8"/>.</summary>
public sealed record ShapedRun(SKFont Font, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters);
