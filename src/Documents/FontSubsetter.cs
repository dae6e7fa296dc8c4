using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ManaMitra.Documents;

/// <summary>
/// Cuts a font down to the glyphs one document uses, with HarfBuzz's subsetter. Skia's PDF backend as packaged
/// for Linux embeds whole fonts (about 700 KB for the four a document needs); subset first, a document is tens
/// of KB. Glyph ids are kept as they are, so text shaped against the full font draws unchanged with the subset.
/// </summary>
public sealed class FontSubsetter : IDisposable
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableSet = 3;

    // Shaping already happened, so the layout tables only weigh the PDF down (and would pull more glyphs in).
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG"];

    // Documents of one service share most glyphs (labels, titles, Latin letters), so most subsets were made before;
    // reusing the typeface also reuses Skia's glyph metrics for it. Past the limit, subsets are made afresh.
    private const int CacheLimit = 2048;

    private readonly Dictionary<SKTypeface, Face> _faces;
    private readonly Dictionary<SKTypeface, ushort[]> _latinAscii;
    private readonly ConcurrentDictionary<string, SKTypeface> _made = new();

    public FontSubsetter(DocumentFonts fonts)
    {
        // HarfBuzz faces are immutable once made, so one per typeface serves every thread.
        _faces = new[] { fonts.Telugu, fonts.TeluguBold, fonts.Latin, fonts.LatinBold }.ToDictionary(t => t, Face);
        _latinAscii = new[] { fonts.Latin, fonts.LatinBold }.ToDictionary(t => t, t => t.GetGlyphs(Ascii));
    }

    private static string Ascii { get; } = new(Enumerable.Range(0x20, 0x5F).Select(c => (char)c).ToArray());

    /// <summary>
    /// A typeface holding only <paramref name="glyphs"/>, plus the cmap entries of <paramref name="codePoints"/> for
    /// text extraction. Owned by the caller (to dispose) only when <c>Owned</c> says so; else the subsetter keeps it.
    /// </summary>
    public (SKTypeface Typeface, bool Owned) Subset(SKTypeface typeface, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
    {
        var glyphSet = new SortedSet<ushort>(glyphs);
        var codePointSet = new SortedSet<int>(codePoints);
        if (_latinAscii.TryGetValue(typeface, out var ascii))
        {
            // A few hundred bytes more per document buys one Latin subset for nearly every document.
            glyphSet.UnionWith(ascii);
            codePointSet.UnionWith(Ascii.Select(c => (int)c));
        }

        var key = $"{typeface.FamilyName}|{typeface.FontStyle.Weight}|{string.Join(',', glyphSet)}|{string.Join(',', codePointSet)}";
        if (_made.TryGetValue(key, out var made))
        {
            return (made, false);
        }

        made = Load(typeface, Make(typeface, glyphSet, codePointSet));
        if (_made.Count >= CacheLimit)
        {
            return (made, true);
        }

        if (_made.TryAdd(key, made))
        {
            return (made, false);
        }

        // Another thread made the same subset meanwhile: use the kept one.
        made.Dispose();
        return (_made[key], false);
    }

    private static SKTypeface Load(SKTypeface typeface, byte[] data)
    {
        using var skData = SKData.CreateCopy(data);
        return SKTypeface.FromData(skData) ?? throw new InvalidOperationException($"Skia could not read the subset of {typeface.FamilyName}");
    }

    private byte[] Make(SKTypeface typeface, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input");
        }

        try
        {
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                hb_set_add(unicodeSet, (uint)codePoint);
            }

            var dropped = hb_subset_input_set(input, DropTableSet);
            foreach (var table in DroppedTables)
            {
                hb_set_add(dropped, Tag.Parse(table));
            }

            // Hinting instructions are for rasterising small sizes on screens; a PDF viewer scales outlines. Dropped,
            // the fonts are smaller in the file and quicker for Skia to compress.
            hb_subset_input_set_flags(input, RetainGlyphIds | NoHinting);
            var subset = hb_subset_or_fail(_faces[typeface].Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {typeface.FamilyName}");
            }

            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static Face Face(SKTypeface typeface)
    {
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        return new Face(blob, index);
    }

    public void Dispose()
    {
        foreach (var made in _made.Values)
        {
            made.Dispose();
        }

        foreach (var face in _faces.Values)
        {
            face.Dispose();
        }
    }

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codePoint);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);
}
