using ManaMitra.Documents;
using ManaMitra.Grains.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;

namespace ManaMitra.Tests.Documents;

public sealed class TextPlacementTests(DocumentFixture fixture) : IClassFixture<DocumentFixture>
{
    [Fact]
    public void Printed_letters_stand_where_harfbuzz_placed_them()
    {
        var document = SampleDocuments.Certificate();
        using var style = new TextStyle(fixture.Fonts, 13, bold: true);
        var shaped = fixture.Shaper.Shape(document.HolderName, style);
        var placed = shaped.Runs.SelectMany(r => r.Positions.Select(p => r.X + p.X)).ToList();
        Assert.Equal(document.HolderName.Length, placed.Count);

        var printed = fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl);

        using var pdf = PdfDocument.Open(printed.Pdf);
        var letters = pdf.GetPage(1).Letters;
        var first = Enumerable.Range(0, letters.Count - placed.Count + 1)
            .Single(i => string.Concat(letters.Skip(i).Take(placed.Count).Select(l => l.Value)) == document.HolderName);
        var origin = letters[first].StartBaseLine.X;
        var offsets = Enumerable.Range(0, placed.Count).Select(i => Math.Abs(letters[first + i].StartBaseLine.X - origin - placed[i])).ToList();
        // A thousandth of a point is float rounding; a misplaced glyph or run is off by tenths or whole points.
        Assert.All(offsets, offset => Assert.InRange(offset, 0, 1e-3));
    }

    [Fact]
    public void A_line_set_by_the_fonts_own_advances_is_shown_by_one_operator()
    {
        var document = SampleDocuments.Certificate();
        using var style = new TextStyle(fixture.Fonts, 12, bold: false);
        var run = Assert.Single(fixture.Shaper.Shape(document.Id, style).Runs);
        var glyphCodes = run.Glyphs.SelectMany(g => new[] { (byte)(g >> 8), (byte)g }).ToArray();

        var printed = fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl);

        using var pdf = PdfDocument.Open(printed.Pdf);
        var shown = pdf.GetPage(1).Operations.OfType<ShowText>().Select(show => show.Bytes.ToArray());
        Assert.Contains(shown, bytes => bytes.SequenceEqual(glyphCodes));
    }

    [Fact]
    public void Glyphs_are_moved_to_only_where_harfbuzz_moved_them_off_the_fonts_advances()
    {
        var printed = fixture.Printer.Print(SampleDocuments.Certificate(), DocumentFixture.PublicBaseUrl);

        using var pdf = PdfDocument.Open(printed.Pdf);
        var page = pdf.GetPage(1);
        // Kerning and Telugu marks set off by HarfBuzz keep a move; a move before every glyph (as when positions
        // missed the fonts' advances by a rounding) would be one per letter.
        var moves = page.Operations.OfType<MoveToNextLineWithOffset>().Count();
        Assert.InRange(moves, 0, page.Letters.Count / 10);
    }
}
