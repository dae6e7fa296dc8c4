using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Departments;
using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// Prints an issued document as an A4 PDF in Telugu and English: the issuing department, title, holder, every
/// field, the issue date and number, and the QR code that leads to its verification.
/// </summary>
public sealed class DocumentRenderer(DocumentFonts fonts, TextShaper shaper, FontSubsetter subsetter, ServiceCatalog catalog)
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 48f;
    private const float QrSide = 170f;
    private const float FooterTop = PageHeight - Margin - QrSide - 24f;
    private const float LabelColumn = 210f;

    // Documents are issued in Andhra Pradesh: dates read in India Standard Time, whatever the server's zone.
    private static readonly TimeSpan IndiaStandardTime = TimeSpan.FromHours(5.5);

    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Band = new(0x12, 0x3B, 0x6B);
    private static readonly SKColor Muted = new(0x55, 0x5F, 0x6B);
    private static readonly SKColor Stripe = new(0xF1, 0xF4, 0xF8);

    public byte[] Render(IssuedDocument document, string verificationUrl)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{document.TitleEn} {document.Id}",
            Author = DepartmentName(document).En,
            Creator = "ManaMitra",
            Producer = "ManaMitra",
            Creation = document.IssuedAt.UtcDateTime,
            Modified = document.IssuedAt.UtcDateTime,
        };
        // Laid out twice: once to learn which glyphs the document uses, then drawn with fonts cut down to them.
        var qr = QrCode.Encode(verificationUrl);
        var usage = new GlyphUsage();
        Draw(new MeasuringPages(usage), document, qr);
        var subsets = usage.Subsets(subsetter);
        try
        {
            using var pdf = SKDocument.CreatePdf(stream, metadata);
            using var pages = new PdfPages(pdf, subsets.ToDictionary(p => p.Key, p => p.Value.Typeface));
            Draw(pages, document, qr);
            pdf.Close();
        }
        finally
        {
            foreach (var (typeface, owned) in subsets.Values)
            {
                if (owned)
                {
                    typeface.Dispose();
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The same pages as pictures, <paramref name="pixelsPerPoint"/> pixels to the point (72 points an inch): a
    /// preview, and the way to read the printed QR code back as a camera would.
    /// </summary>
    public IReadOnlyList<SKBitmap> RenderImages(IssuedDocument document, string verificationUrl, float pixelsPerPoint)
    {
        var pages = new ImagePages(pixelsPerPoint);
        Draw(pages, document, QrCode.Encode(verificationUrl));
        return pages.Bitmaps;
    }

    private void Draw(IPages pages, IssuedDocument document, QrCode qr)
    {
        using var page = new Page(pages, fonts, shaper);
        Draw(page, document, qr);
        page.Finish();
    }

    private void Draw(Page page, IssuedDocument document, QrCode qr)
    {
        var department = DepartmentName(document);
        page.Header(department);
        page.Centered(document.TitleTe, page.Styles.TitleTe, Ink);
        page.Centered(document.TitleEn, page.Styles.TitleEn, Ink);
        page.Gap(14);
        var issued = document.IssuedAt.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        page.Row("పత్రం సంఖ్య", "Document No.", document.Id, stripe: false);
        page.Row("జారీ తేదీ", "Date of issue", issued, stripe: true);
        page.Row("పేరు", "Name", document.HolderName, stripe: false, bold: true);
        var stripe = true;
        foreach (var field in document.Fields)
        {
            page.Row(field.LabelTe, field.LabelEn, field.Value, stripe);
            stripe = !stripe;
        }

        page.Footer(qr, document.Id);
    }

    private LocalizedText DepartmentName(IssuedDocument document) =>
        catalog.FindDepartment(document.DepartmentId)?.Name ?? new LocalizedText(document.DepartmentId, document.DepartmentId);

    /// <summary>The text styles of one render; Skia fonts are not shared between threads.</summary>
    private sealed class Styles(DocumentFonts fonts) : IDisposable
    {
        public TextStyle BandTe { get; } = new(fonts, 20, bold: true);

        public TextStyle BandEn { get; } = new(fonts, 14, bold: true);

        public TextStyle TitleTe { get; } = new(fonts, 22, bold: true);

        public TextStyle TitleEn { get; } = new(fonts, 17, bold: true);

        public TextStyle Label { get; } = new(fonts, 10.5f, bold: false);

        public TextStyle Value { get; } = new(fonts, 12, bold: false);

        public TextStyle ValueBold { get; } = new(fonts, 13, bold: true);

        public TextStyle Small { get; } = new(fonts, 9, bold: false);

        public void Dispose()
        {
            foreach (var style in new[] { BandTe, BandEn, TitleTe, TitleEn, Label, Value, ValueBold, Small })
            {
                style.Dispose();
            }
        }
    }

    /// <summary>The page being drawn and where the next line goes; starts another page when the fields run long.</summary>
    private sealed class Page : IDisposable
    {
        private readonly IPages _pages;
        private readonly TextShaper _shaper;
        private readonly SKPaint _paint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
        private SKCanvas _canvas;
        private float _y;

        public Page(IPages pages, DocumentFonts fonts, TextShaper shaper)
        {
            _pages = pages;
            _shaper = shaper;
            Styles = new Styles(fonts);
            _canvas = pages.Begin();
            _y = Margin;
        }

        public Styles Styles { get; }

        private TextShaper Shaper => _shaper;

        public void Header(LocalizedText department)
        {
            _paint.Color = Band;
            _canvas.DrawRect(SKRect.Create(0, 0, PageWidth, 96), _paint);
            _paint.Color = SKColors.White;
            CenteredLine(department.Te, Styles.BandTe, 40);
            CenteredLine(department.En, Styles.BandEn, 70);
            _y = 96 + 36;
        }

        public void Centered(string text, TextStyle style, SKColor color)
        {
            _paint.Color = color;
            foreach (var line in Shaper.Wrap(text, style, PageWidth - 2 * Margin))
            {
                _y += style.Size * 1.5f;
                _pages.Text(_canvas, line, (PageWidth - line.Width) / 2, _y, _paint);
            }
        }

        public void Gap(float height) => _y += height;

        /// <summary>A field: Telugu label above its English one, the value beside them, wrapped to its column.</summary>
        public void Row(string labelTe, string labelEn, string value, bool stripe, bool bold = false)
        {
            var valueStyle = bold ? Styles.ValueBold : Styles.Value;
            var valueLines = Shaper.Wrap(value, valueStyle, PageWidth - 2 * Margin - LabelColumn - 12);
            var height = Math.Max(2 * Styles.Label.Size * 1.45f, valueLines.Count * valueStyle.Size * 1.4f) + 12;
            if (_y + height > FooterTop)
            {
                NextPage();
            }

            if (stripe)
            {
                _paint.Color = Stripe;
                _canvas.DrawRect(SKRect.Create(Margin, _y, PageWidth - 2 * Margin, height), _paint);
            }

            _paint.Color = Muted;
            _pages.Text(_canvas, Shaper.Shape(labelTe, Styles.Label), Margin + 8, _y + 6 + Styles.Label.Size * 1.2f, _paint);
            _pages.Text(_canvas, Shaper.Shape(labelEn, Styles.Label), Margin + 8, _y + 6 + Styles.Label.Size * 2.6f, _paint);
            _paint.Color = Ink;
            var baseline = _y + 6 + valueStyle.Size * 1.1f;
            foreach (var line in valueLines)
            {
                _pages.Text(_canvas, line, Margin + LabelColumn, baseline, _paint);
                baseline += valueStyle.Size * 1.4f;
            }

            _y += height;
        }

        /// <summary>The QR code, and beside it how to use it, in both languages.</summary>
        public void Footer(QrCode qr, string documentId)
        {
            var top = PageHeight - Margin - QrSide;
            qr.Draw(_canvas, PageWidth - Margin - QrSide, top, QrSide);
            var width = PageWidth - 3 * Margin - QrSide;
            _paint.Color = Ink;
            var y = top + 24;
            foreach (var (text, style) in new[]
            {
                ("ఈ పత్రాన్ని ధృవీకరించడానికి QR కోడ్‌ను స్కాన్ చేయండి.", Styles.Value),
                ("Scan the QR code to verify this document.", Styles.Value),
            })
            {
                foreach (var line in Shaper.Wrap(text, style, width))
                {
                    _pages.Text(_canvas, line, Margin, y, _paint);
                    y += style.Size * 1.5f;
                }
            }

            _paint.Color = Muted;
            y += 6;
            foreach (var text in new[]
            {
                "ఇది డిజిటల్ సంతకం చేసిన పత్రం; సంతకం లేదా చేతి ముద్ర అవసరం లేదు.",
                "Digitally signed; needs no handwritten signature or seal.",
                $"{documentId}",
            })
            {
                foreach (var line in Shaper.Wrap(text, Styles.Small, width))
                {
                    _pages.Text(_canvas, line, Margin, y, _paint);
                    y += Styles.Small.Size * 1.6f;
                }
            }
        }

        public void Finish() => _pages.End();

        private void NextPage()
        {
            _pages.End();
            _canvas = _pages.Begin();
            _y = Margin;
        }

        private void CenteredLine(string text, TextStyle style, float baseline)
        {
            var shaped = Shaper.Shape(text, style);
            _pages.Text(_canvas, shaped, (PageWidth - shaped.Width) / 2, baseline, _paint);
        }

        public void Dispose()
        {
            Styles.Dispose();
            _paint.Dispose();
        }
    }

    /// <summary>Where pages go: a PDF, pictures, or nowhere while glyphs are counted.</summary>
    private interface IPages
    {
        SKCanvas Begin();

        void End();

        void Text(SKCanvas canvas, ShapedText text, float x, float baseline, SKPaint paint);
    }

    private sealed class MeasuringPages(GlyphUsage usage) : IPages
    {
        private SKCanvas? _canvas;

        public SKCanvas Begin() => _canvas = new SKNoDrawCanvas((int)PageWidth, (int)PageHeight);

        public void End()
        {
            _canvas?.Dispose();
            _canvas = null;
        }

        public void Text(SKCanvas canvas, ShapedText text, float x, float baseline, SKPaint paint)
        {
            foreach (var run in text.Runs)
            {
                usage.Add(run);
            }
        }
    }

    private sealed class PdfPages(SKDocument pdf, Dictionary<SKTypeface, SKTypeface> subsets) : IPages, IDisposable
    {
        private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];

        public SKCanvas Begin() => pdf.BeginPage(PageWidth, PageHeight);

        public void End() => pdf.EndPage();

        public void Text(SKCanvas canvas, ShapedText text, float x, float baseline, SKPaint paint) =>
            text.Draw(canvas, x, baseline, paint, Subset);

        private SKFont Subset(SKFont shaped)
        {
            if (!_fonts.TryGetValue((shaped.Typeface, shaped.Size), out var font))
            {
                font = new SKFont(subsets[shaped.Typeface], shaped.Size) { Subpixel = shaped.Subpixel, Hinting = shaped.Hinting, LinearMetrics = shaped.LinearMetrics };
                _fonts[(shaped.Typeface, shaped.Size)] = font;
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

    private sealed class ImagePages(float pixelsPerPoint) : IPages
    {
        private SKCanvas? _canvas;

        public List<SKBitmap> Bitmaps { get; } = [];

        public SKCanvas Begin()
        {
            var bitmap = new SKBitmap((int)Math.Ceiling(PageWidth * pixelsPerPoint), (int)Math.Ceiling(PageHeight * pixelsPerPoint));
            Bitmaps.Add(bitmap);
            _canvas = new SKCanvas(bitmap);
            _canvas.Clear(SKColors.White);
            _canvas.Scale(pixelsPerPoint);
            return _canvas;
        }

        public void End()
        {
            _canvas?.Dispose();
            _canvas = null;
        }

        public void Text(SKCanvas canvas, ShapedText text, float x, float baseline, SKPaint paint) =>
            text.Draw(canvas, x, baseline, paint, font => font);
    }
}
