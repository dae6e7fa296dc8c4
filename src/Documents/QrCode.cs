using QRCoder;
using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>A QR code, and its drawing as a black and white picture.</summary>
public sealed class QrCode
{
    private QrCode(bool[][] modules) => Modules = modules;

    /// <summary>Rows of modules, quiet zone included; true is dark.</summary>
    public bool[][] Modules { get; }

    public int Size => Modules.Length;

    private const byte Dark = 0;
    private const byte Light = 255;

    /// <summary>
    /// Viewers smooth a picture they scale up less than about four times (poppler does, below 4×): at one pixel a
    /// module, a page shown at 100 dpi blurred the modules into each other and zbar could not read it; at two, it can.
    /// </summary>
    private const int PixelsPerModule = 2;

    /// <summary>
    /// Error correction L (7 % of the code): a signed URL at M needed about 10 % more modules, and every module less
    /// is a bigger module on the page, which is what lets a 72 dpi scan of a photocopy read it (BENCHMARKS.md). The
    /// verification page re-checks the signature, so a misread never verifies.
    /// </summary>
    public static QrCode Encode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.L);
        var modules = new bool[data.ModuleMatrix.Count][];
        for (var row = 0; row < modules.Length; row++)
        {
            var bits = data.ModuleMatrix[row];
            modules[row] = new bool[bits.Length];
            bits.CopyTo(modules[row], 0);
        }

        return new QrCode(modules);
    }

    /// <summary>Draws the code as a <paramref name="side"/> × <paramref name="side"/> square at (x, y).</summary>
    /// <remarks>
    /// A picture, not vector squares: Skia wrote the 2,000 squares of a typical code one drawing call and one
    /// "re f" at a time, and the picture costs about 15 % less CPU a document. Skia puts a picture in a PDF
    /// deflated or as JPEG; deflating flat black and white runs is zlib's slow case, while JPEG at quality 100
    /// (DocumentRenderer asks for it) brings every module back within a few levels of pure black or white (a test
    /// reads the PDF's picture back). BENCHMARKS.md has the figures for each way.
    /// </remarks>
    public void Draw(SKCanvas canvas, float x, float y, float side)
    {
        var width = Size * PixelsPerModule;
        var pixels = new byte[width * width];
        for (var row = 0; row < width; row++)
        {
            for (var column = 0; column < width; column++)
            {
                pixels[row * width + column] = Modules[row / PixelsPerModule][column / PixelsPerModule] ? Dark : Light;
            }
        }

        using var image = SKImage.FromPixelCopy(new SKImageInfo(width, width, SKColorType.Gray8, SKAlphaType.Opaque), pixels)
            ?? throw new InvalidOperationException("Skia could not make the QR code's picture");
        canvas.DrawImage(image, SKRect.Create(x, y, side, side), new SKSamplingOptions(SKFilterMode.Nearest));
    }
}
