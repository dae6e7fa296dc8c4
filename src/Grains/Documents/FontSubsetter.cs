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
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableSet = 3;

    // Shaping already happened, so the layout tables only weigh the PDF down (and would pull more glyphs in).
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG"];

    private readonly Dictionary<SKTypeface, Face> _faces;

    public FontSubsetter(DocumentFonts fonts) =>
        // HarfBuzz faces are immutable once made, so one per typeface serves every thread.
        _faces = new[] { fonts.Telugu, fonts.TeluguBold, fonts.Latin, fonts.LatinBold }.ToDictionary(t => t, Face);

    /// <summary>A typeface holding only <paramref name="glyphs"/>, plus the cmap entries of <paramref name="codePoints"/> for text extraction.</summary>
    public SKTypeface Subset(SKTypeface typeface, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
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

            hb_subset_input_set_flags(input, RetainGlyphIds);
            var subset = hb_subset_or_fail(_faces[typeface].Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {typeface.FamilyName}");
            }

            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                return SKTypeface.FromData(SKData.CreateCopy(data, length))
                    ?? throw new InvalidOperationException($"Skia could not read the subset of {typeface.FamilyName}");
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
