using System.Text;
using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>The glyphs (and the characters behind them) a document draws, by typeface: what its fonts are cut to.</summary>
public sealed class GlyphUsage
{
    private readonly Dictionary<SKTypeface, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)> _used = [];

    public void Add(ShapedRun run)
    {
        if (!_used.TryGetValue(run.Typeface, out var used))
        {
            used = ([], []);
            _used[run.Typeface] = used;
        }

        used.Glyphs.UnionWith(run.Glyphs);
        foreach (var rune in Encoding.UTF8.GetString(run.Utf8).EnumerateRunes())
        {
            used.CodePoints.Add(rune.Value);
        }
    }

    /// <summary>Each used typeface cut down to what was used, for one document; the caller disposes those it owns.</summary>
    public Dictionary<SKTypeface, (SKTypeface Typeface, bool Owned)> Subsets(FontSubsetter subsetter) =>
        _used.ToDictionary(p => p.Key, p => subsetter.Subset(p.Key, p.Value.Glyphs, p.Value.CodePoints));
}
