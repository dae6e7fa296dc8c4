using ManaMitra.Documents;
using ManaMitra.Grains.Documents;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;
using SkiaSharp;

namespace ManaMitra.Tests.Documents;

public sealed class DocumentRenderingTests(DocumentFixture fixture) : IClassFixture<DocumentFixture>
{
    [Theory]
    [MemberData(nameof(SampleDocuments.EveryKind), MemberType = typeof(SampleDocuments))]
    public void Every_kind_prints_as_a_small_pdf_with_holder_and_number(string kind)
    {
        var document = SampleDocuments.OfKind(kind);

        var printed = fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(printed.Pdf, 0, 5));
        Assert.InRange(printed.Pdf.Length, 5_000, 100_000);
        var text = PrintedDocuments.Text(printed.Pdf);
        Assert.Contains(document.HolderName, text);
        Assert.Contains(document.Id, text);
        Assert.Contains(fixture.Catalog.FindDepartment(document.DepartmentId)!.Name.En, text);
        Assert.All(document.Fields.Where(f => f.Value.All(char.IsAscii)), f => Assert.Contains(f.Value, text));
        Assert.Equal($"{document.ServiceId}-{document.Id}.pdf", printed.FileName);
    }

    private string? Scan(IssuedDocument document, string verificationUrl, float pixelsPerPoint)
    {
        var pages = fixture.Renderer.RenderImages(document, verificationUrl, pixelsPerPoint);
        try
        {
            return PrintedDocuments.ReadQr(pages[^1]);
        }
        finally
        {
            foreach (var page in pages)
            {
                page.Dispose();
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.EveryKind), MemberType = typeof(SampleDocuments))]
    public void The_printed_qr_code_scans_to_a_verification_url_whose_token_verifies_against_the_jwk_set(string kind)
    {
        var document = SampleDocuments.OfKind(kind);
        var printed = fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl);

        // The page drawn as a picture (288 dpi, then 432 dpi as a camera moves closer): the QR code exactly as
        // printed, read back by real decoders. The signature is random, so the pattern differs on every run.
        var scanned = Scan(document, printed.VerificationUrl, 4) ?? Scan(document, printed.VerificationUrl, 6);

        Assert.Equal(printed.VerificationUrl, scanned);
        var url = new Uri(scanned!);
        Assert.Equal($"{DocumentFixture.PublicBaseUrl}/verify/{document.Id}", url.GetLeftPart(UriPartial.Path));
        var token = url.Query["?t=".Length..];
        var jwks = JsonWebKeySet.Parse(fixture.Keys.JwkSet.ToJson());
        var valid = Assert.IsType<DocumentVerification.Valid>(DocumentVerifier.Verify(token, jwks));
        Assert.Equal(DocumentClaims.From(document), valid.Claims);
    }

    [Theory]
    [MemberData(nameof(SampleDocuments.EveryKind), MemberType = typeof(SampleDocuments))]
    public void The_pdf_holds_the_qr_code_module_for_module_in_a_square_picture_of_whole_pixels_per_module(string kind)
    {
        var printed = fixture.Printer.Print(SampleDocuments.OfKind(kind), DocumentFixture.PublicBaseUrl);
        var expected = QrCode.Encode(printed.VerificationUrl);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(printed.Pdf);
        var image = Assert.Single(pdf.GetPage(pdf.NumberOfPages).GetImages());
        Assert.False(image.Interpolate);
        Assert.Equal(image.WidthInSamples, image.HeightInSamples);
        Assert.Equal(0, image.WidthInSamples % expected.Size);
        var pixelsPerModule = image.WidthInSamples / expected.Size;
        Assert.InRange(pixelsPerModule, 2, 4);
        Assert.Equal(image.BoundingBox.Width, image.BoundingBox.Height, 0.01);
        Assert.True(image.BoundingBox.Width >= 144, $"the code is {image.BoundingBox.Width} pt wide: under 2 inches, hard for a cheap camera");
        using var picture = SKBitmap.Decode(image.RawBytes.ToArray());
        var worst = 0;
        for (var row = 0; row < picture.Height; row++)
        {
            for (var column = 0; column < picture.Width; column++)
            {
                var ink = picture.GetPixel(column, row).Red;
                worst = Math.Max(worst, expected.Modules[row / pixelsPerModule][column / pixelsPerModule] ? ink : 255 - ink);
            }
        }

        // Pure black and white come back within a few levels of 255, nowhere near a scanner's threshold.
        Assert.InRange(worst, 0, 8);
    }

    [Theory]
    [InlineData("క్ష")]
    [InlineData("స్త్రీ")]
    public void Telugu_conjuncts_are_shaped_into_glyphs_the_code_points_alone_do_not_give(string conjunct)
    {
        using var style = new TextStyle(fixture.Fonts, 12, bold: false);

        var run = Assert.Single(fixture.Shaper.Shape(conjunct, style).Runs);

        var cmapGlyphs = fixture.Fonts.Telugu.GetGlyphs(conjunct);
        Assert.Equal(conjunct.Length, cmapGlyphs.Length);
        Assert.True(run.Glyphs.Length < cmapGlyphs.Length, $"{run.Glyphs.Length} glyphs for {cmapGlyphs.Length} code points");
        Assert.NotEmpty(run.Glyphs.Except(cmapGlyphs));
    }

    [Fact]
    public void The_pdf_shows_the_shaped_glyphs_in_the_embedded_telugu_font()
    {
        var document = SampleDocuments.Certificate();
        var village = document.Fields.Single(f => f.Label.En == "Village").Value;
        using var style = new TextStyle(fixture.Fonts, 12, bold: false);
        var shapedOnly = fixture.Shaper.Shape(village, style).Runs.Single().Glyphs.Except(fixture.Fonts.Telugu.GetGlyphs(village)).ToHashSet();
        Assert.NotEmpty(shapedOnly);

        var printed = fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl);

        var shown = PrintedDocuments.Glyphs(printed.Pdf).Where(g => g.Font.EndsWith("+NotoSansTelugu-Regular", StringComparison.Ordinal)).Select(g => g.Glyph).ToHashSet();
        Assert.Superset(shapedOnly, shown);
    }

    [Fact]
    public void Long_documents_continue_on_a_second_page_with_the_qr_code_on_the_last()
    {
        var fields = Enumerable.Range(1, 30).Select(i => new ManaMitra.Interfaces.Departments.OutcomeField(ShippedLanguages.Text($"Subject {i}", $"విషయం {i}"), $"{60 + i}")).ToList();
        var document = SampleDocuments.OfKind("marks-memo") with { Fields = fields };

        var printed = fixture.Printer.Print(document, DocumentFixture.PublicBaseUrl);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(printed.Pdf);
        Assert.True(pdf.NumberOfPages > 1);
        Assert.Contains("Subject 1", pdf.GetPage(1).Text);
        Assert.Contains("Subject 30", pdf.GetPage(pdf.NumberOfPages).Text);
        var pages = fixture.Renderer.RenderImages(document, printed.VerificationUrl, 4);
        Assert.Equal(pdf.NumberOfPages, pages.Count);
        foreach (var page in pages)
        {
            page.Dispose();
        }

        // Thirty signed fields make a dense code (133 modules): read at two resolutions, as for the short documents.
        Assert.Equal(printed.VerificationUrl, Scan(document, printed.VerificationUrl, 4) ?? Scan(document, printed.VerificationUrl, 6));
    }

    [Fact]
    public void Without_the_fonts_start_up_fails_naming_the_package_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts-").FullName;

        var error = Assert.Throws<InvalidOperationException>(() => DocumentFonts.Load([empty]));

        Assert.Contains("fonts-noto-core", error.Message);
        Assert.Contains("Noto Sans Telugu", error.Message);
    }
}
