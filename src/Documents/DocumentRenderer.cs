using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
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
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{document.TitleEn} {document.Id}",
            Author = DepartmentName(document).En,
            Creator = "ManaMitra",
            Producer = "ManaMitra",
            Creation = document.IssuedAt.UtcDateTime,
            Modified = document.IssuedAt.UtcDateTime,
            // Images go in as JPEG at this quality; the QR code is the only one (QrCode.Draw says why). Left unset,
            // this struct's field is 0: the worst JPEG Skia can make.
            EncodingQuality = 100,
        };
        var pages = LayOut(document, QrCode.Encode(verificationUrl));
        var usage = new GlyphUsage();
        foreach (var run in pages.SelectMany(p => p.Lines).SelectMany(l => l.Runs))
        {
            usage.Add(run);
        }

        var subsets = usage.Subsets(subsetter);
        try
        {
            // Skia's own memory stream: it writes a PDF in thousands of small pieces, each of which a .NET stream
            // would take through a managed callback.
            using var stream = new SKDynamicMemoryWStream();
            using (var pdf = SKDocument.CreatePdf(stream, metadata))
            using (var drawing = new DrawingFonts(typeface => subsets[typeface].Typeface))
            {
                foreach (var page in pages)
                {
                    page.Draw(pdf.BeginPage(PageWidth, PageHeight), drawing);
                    pdf.EndPage();
                }

                pdf.Close();
            }

            var bytes = new byte[stream.BytesWritten];
            stream.CopyTo(bytes);
            return bytes;
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
    }

    /// <summary>
    /// The same pages as pictures, <paramref name="pixelsPerPoint"/> pixels to the point (72 points an inch): a
    /// preview, and the way to read the printed QR code back as a camera would.
    /// </summary>
    public IReadOnlyList<SKBitmap> RenderImages(IssuedDocument document, string verificationUrl, float pixelsPerPoint)
    {
        var bitmaps = new List<SKBitmap>();
        using var drawing = new DrawingFonts(typeface => typeface);
        foreach (var page in LayOut(document, QrCode.Encode(verificationUrl)))
        {
            var bitmap = new SKBitmap((int)Math.Ceiling(PageWidth * pixelsPerPoint), (int)Math.Ceiling(PageHeight * pixelsPerPoint));
            bitmaps.Add(bitmap);
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.White);
            canvas.Scale(pixelsPerPoint);
            page.Draw(canvas, drawing);
        }

        return bitmaps;
    }

    private List<LaidOutPage> LayOut(IssuedDocument document, QrCode qr)
    {
        using var page = new Page(fonts, shaper);
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
        return page.Pages;
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

    /// <summary>
    /// The page being laid out and where the next line goes; starts another page when the fields run long. What
    /// recurs on every document of a kind (labels, titles, department names, notes) is shaped once and kept.
    /// </summary>
    private sealed class Page : IDisposable
    {
        private readonly TextShaper _shaper;
        private LaidOutPage _page = new();
        private float _y = Margin;

        public Page(DocumentFonts fonts, TextShaper shaper)
        {
            _shaper = shaper;
            Styles = new Styles(fonts);
            Pages.Add(_page);
        }

        public Styles Styles { get; }

        public List<LaidOutPage> Pages { get; } = [];

        public void Header(LocalizedText department)
        {
            _page.Box(SKRect.Create(0, 0, PageWidth, 96), Band);
            CenteredLine(department.Te, Styles.BandTe, 40);
            CenteredLine(department.En, Styles.BandEn, 70);
            _y = 96 + 36;
        }

        public void Centered(string text, TextStyle style, SKColor color)
        {
            foreach (var line in _shaper.WrapRecurring(text, style, PageWidth - 2 * Margin))
            {
                _y += style.Size * 1.5f;
                _page.Text(line, (PageWidth - line.Width) / 2, _y, color);
            }
        }

        public void Gap(float height) => _y += height;

        /// <summary>A field: Telugu label above its English one, the value beside them, wrapped to its column.</summary>
        public void Row(string labelTe, string labelEn, string value, bool stripe, bool bold = false)
        {
            var valueStyle = bold ? Styles.ValueBold : Styles.Value;
            var valueLines = _shaper.Wrap(value, valueStyle, PageWidth - 2 * Margin - LabelColumn - 12);
            var height = Math.Max(2 * Styles.Label.Size * 1.45f, valueLines.Count * valueStyle.Size * 1.4f) + 12;
            if (_y + height > FooterTop)
            {
                _page = new LaidOutPage();
                Pages.Add(_page);
                _y = Margin;
            }

            if (stripe)
            {
                _page.Box(SKRect.Create(Margin, _y, PageWidth - 2 * Margin, height), Stripe);
            }

            _page.Text(_shaper.ShapeRecurring(labelTe, Styles.Label), Margin + 8, _y + 6 + Styles.Label.Size * 1.2f, Muted);
            _page.Text(_shaper.ShapeRecurring(labelEn, Styles.Label), Margin + 8, _y + 6 + Styles.Label.Size * 2.6f, Muted);
            var baseline = _y + 6 + valueStyle.Size * 1.1f;
            foreach (var line in valueLines)
            {
                _page.Text(line, Margin + LabelColumn, baseline, Ink);
                baseline += valueStyle.Size * 1.4f;
            }

            _y += height;
        }

        /// <summary>The QR code, and beside it how to use it, in both languages.</summary>
        public void Footer(QrCode qr, string documentId)
        {
            var top = PageHeight - Margin - QrSide;
            _page.Code(qr, PageWidth - Margin - QrSide, top, QrSide);
            var width = PageWidth - 3 * Margin - QrSide;
            var y = top + 24;
            foreach (var text in new[] { "ఈ పత్రాన్ని ధృవీకరించడానికి QR కోడ్‌ను స్కాన్ చేయండి.", "Scan the QR code to verify this document." })
            {
                foreach (var line in _shaper.WrapRecurring(text, Styles.Value, width))
                {
                    _page.Text(line, Margin, y, Ink);
                    y += Styles.Value.Size * 1.5f;
                }
            }

            y += 6;
            foreach (var text in new[] { "ఇది డిజిటల్ సంతకం చేసిన పత్రం; సంతకం లేదా చేతి ముద్ర అవసరం లేదు.", "Digitally signed; needs no handwritten signature or seal." })
            {
                foreach (var line in _shaper.WrapRecurring(text, Styles.Small, width))
                {
                    _page.Text(line, Margin, y, Muted);
                    y += Styles.Small.Size * 1.6f;
                }
            }

            foreach (var line in _shaper.Wrap(documentId, Styles.Small, width))
            {
                _page.Text(line, Margin, y, Muted);
                y += Styles.Small.Size * 1.6f;
            }
        }

        private void CenteredLine(string text, TextStyle style, float baseline)
        {
            var shaped = _shaper.ShapeRecurring(text, style);
            _page.Text(shaped, (PageWidth - shaped.Width) / 2, baseline, SKColors.White);
        }

        public void Dispose() => Styles.Dispose();
    }
}
