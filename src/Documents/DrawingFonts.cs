using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// The Skia fonts one drawing uses, one per typeface and size: the typeface a run was shaped with, or what stands in
/// for it (its subset, in a PDF). Skia fonts are not shared between threads, so each drawing owns its own.
/// </summary>
internal sealed class DrawingFonts(Func<SKTypeface, SKTypeface> typefaceFor) : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];

    public SKFont For(ShapedRun run)
    {
        if (!_fonts.TryGetValue((run.Typeface, run.Size), out var font))
        {
            font = TextStyle.Font(typefaceFor(run.Typeface), run.Size);
            _fonts[(run.Typeface, run.Size)] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
