using System.Globalization;
using ManaMitra.Catalog;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Languages;
using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// Prints an issued document as an A4 PDF in the catalog's two document languages (Telugu above English): the
/// issuing department, title, holder, every field, the issue date and number, and the QR code that leads to its
/// verification. The fixed words come from the language files (<c>documents.*</c>).
/// </summary>
public sealed class DocumentRenderer(DocumentFonts fonts, TextShaper shaper, FontSubsetter subsetter, ServiceCatalog catalog)
{
    private readonly Texts _texts = catalog.Texts;

    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 48f;

    /// <summary>
    /// A module of the QR code is at least this many points: scanned at 72 dpi (a pixel a point), a photocopy gives
    /// each module some 2.6 pixels, the least zbar read every document at; a 170-point code of about 100 modules
    /// (1.7 pixels) did not read at 72 dpi. BENCHMARKS.md has the figures.
    /// </summary>
    private const float PointsPerModule = 2.6f;

    private const float MinQrSide = 170f;
    private const float LabelColumn = 210f;

    /// <summary>
    /// How far the fields may shrink to keep a document on one page with its QR code: a ticket's fare on a second
    /// page is lost to whoever prints only the first. The longest document in the catalog fits well above the floor.
    /// </summary>
    private static readonly float[] FieldScales = [1f, 0.9f, 0.8f, 0.7f, 0.6f];

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
            Title = $"{document.Title.Fallback} {document.Id}",
            Author = DepartmentName(document).Fallback,
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

    /// <summary>The document at the largest field size that fits it on one page; at the smallest, it flows on.</summary>
    private List<LaidOutPage> LayOut(IssuedDocument document, QrCode qr)
    {
        List<LaidOutPage> pages = [];
        foreach (var scale in FieldScales)
        {
            pages = LayOut(document, qr, scale);
            if (pages.Count == 1)
            {
                break;
            }
        }

        return pages;
    }

    private List<LaidOutPage> LayOut(IssuedDocument document, QrCode qr, float fieldScale)
    {
        var (first, second) = (_texts.DocumentLanguages[0], _texts.DocumentLanguages[1]);
        using var page = new Page(fonts, shaper, first, second, fieldScale, Math.Max(MinQrSide, qr.Size * PointsPerModule));
        var department = DepartmentName(document);
        page.Header(department);
        page.Centered(document.Title.In(first), page.Styles.TitleFirst, Ink);
        page.Centered(document.Title.In(second), page.Styles.TitleSecond, Ink);
        page.Gap(14);
        var issued = document.IssuedAt.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var words = _texts.Documents;
        page.Row(words.DocumentNumber, document.Id, stripe: false);
        page.Row(words.DateOfIssue, issued, stripe: true);
        var stripe = false;
        // A ticket for whoever holds it (a bus seat booked by mobile) has no holder to print.
        if (document.HolderName.Length > 0)
        {
            page.Row(words.Name, document.HolderName, stripe, bold: true);
            stripe = !stripe;
        }

        foreach (var field in document.Fields)
        {
            page.Row(field.Label, field.Value, stripe);
            stripe = !stripe;
        }

        page.Footer(qr, document.Id, (words.ScanToVerify, words.DigitallySigned));
        return page.Pages;
    }

    private LocalizedText DepartmentName(IssuedDocument document) => catalog.IssuerName(document.DepartmentId);

    /// <summary>The text styles of one render; Skia fonts are not shared between threads.</summary>
    /// <param name="fieldScale">How much smaller than usual the fields' labels and values are printed.</param>
    private sealed class Styles(DocumentFonts fonts, float fieldScale) : IDisposable
    {
        public TextStyle BandFirst { get; } = new(fonts, 20, bold: true);

        public TextStyle BandSecond { get; } = new(fonts, 14, bold: true);

        public TextStyle TitleFirst { get; } = new(fonts, 22, bold: true);

        public TextStyle TitleSecond { get; } = new(fonts, 17, bold: true);

        public float FieldScale => fieldScale;

        public TextStyle Label { get; } = new(fonts, 10.5f * fieldScale, bold: false);

        public TextStyle Value { get; } = new(fonts, 12 * fieldScale, bold: false);

        public TextStyle ValueBold { get; } = new(fonts, 13 * fieldScale, bold: true);

        public TextStyle Note { get; } = new(fonts, 12, bold: false);

        public TextStyle Small { get; } = new(fonts, 9, bold: false);

        public void Dispose()
        {
            foreach (var style in new[] { BandFirst, BandSecond, TitleFirst, TitleSecond, Label, Value, ValueBold, Note, Small })
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
        private readonly string _first;
        private readonly string _second;
        private readonly float _qrSide;
        private LaidOutPage _page = new();
        private float _y = Margin;

        /// <param name="first">The document language printed larger and above.</param>
        /// <param name="second">The document language printed beneath it.</param>
        /// <param name="fieldScale">The size of the fields, against their usual size.</param>
        /// <param name="qrSide">How big the QR code is printed, in points.</param>
        public Page(DocumentFonts fonts, TextShaper shaper, string first, string second, float fieldScale, float qrSide)
        {
            _shaper = shaper;
            _qrSide = qrSide;
            _first = first;
            _second = second;
            Styles = new Styles(fonts, fieldScale);
            Pages.Add(_page);
        }

        public Styles Styles { get; }

        public List<LaidOutPage> Pages { get; } = [];

        public void Header(LocalizedText department)
        {
            _page.Box(SKRect.Create(0, 0, PageWidth, 96), Band);
            CenteredLine(department.In(_first), Styles.BandFirst, 40);
            CenteredLine(department.In(_second), Styles.BandSecond, 70);
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

        /// <summary>A field: its label in the first language above the second, the value beside them, wrapped to its column.</summary>
        public void Row(LocalizedText label, string value, bool stripe, bool bold = false)
        {
            var valueStyle = bold ? Styles.ValueBold : Styles.Value;
            var padding = 6 * Styles.FieldScale;
            var valueLines = _shaper.Wrap(value, valueStyle, PageWidth - 2 * Margin - LabelColumn - 12);
            // Both languages on one line where they fit the column (the Telugu word, " / ", "Date"), else one above the other.
            var together = _shaper.ShapeRecurring($"{label.In(_first)} / {label.In(_second)}", Styles.Label);
            IReadOnlyList<ShapedText> labelLines = together.Width <= LabelColumn - 16
                ? [together]
                : [_shaper.ShapeRecurring(label.In(_first), Styles.Label), _shaper.ShapeRecurring(label.In(_second), Styles.Label)];
            var height = Math.Max(labelLines.Count * Styles.Label.Size * 1.45f, valueLines.Count * valueStyle.Size * 1.4f) + 2 * padding;
            if (_y + height > PageHeight - Margin - _qrSide - 24)
            {
                _page = new LaidOutPage();
                Pages.Add(_page);
                _y = Margin;
            }

            if (stripe)
            {
                _page.Box(SKRect.Create(Margin, _y, PageWidth - 2 * Margin, height), Stripe);
            }

            var labelBaseline = _y + padding + Styles.Label.Size * 1.2f;
            foreach (var line in labelLines)
            {
                _page.Text(line, Margin + 8, labelBaseline, Muted);
                labelBaseline += Styles.Label.Size * 1.4f;
            }

            var baseline = _y + padding + valueStyle.Size * 1.1f;
            foreach (var line in valueLines)
            {
                _page.Text(line, Margin + LabelColumn, baseline, Ink);
                baseline += valueStyle.Size * 1.4f;
            }

            _y += height;
        }

        /// <summary>The QR code, and beside it how to use it and what the signature means, in both languages.</summary>
        public void Footer(QrCode qr, string documentId, (LocalizedText Use, LocalizedText Signed) notes)
        {
            var top = PageHeight - Margin - _qrSide;
            _page.Code(qr, PageWidth - Margin - _qrSide, top, _qrSide);
            var width = PageWidth - 3 * Margin - _qrSide;
            var y = top + 24;
            foreach (var text in new[] { notes.Use.In(_first), notes.Use.In(_second) })
            {
                foreach (var line in _shaper.WrapRecurring(text, Styles.Note, width))
                {
                    _page.Text(line, Margin, y, Ink);
                    y += Styles.Note.Size * 1.5f;
                }
            }

            y += 6;
            foreach (var text in new[] { notes.Signed.In(_first), notes.Signed.In(_second) })
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
