using System.ComponentModel;
using System.Diagnostics;
using ManaMitra.Documents;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace ManaMitra.Tests.Documents;

/// <summary>Reads printed documents back the way their readers do: text from the PDF, the QR code from a picture.</summary>
public static class PrintedDocuments
{
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    /// <summary>Every glyph code the PDF shows, with the font it is shown in (Identity-H: the code is the glyph id).</summary>
    public static IReadOnlyList<(string Font, ushort Glyph)> Glyphs(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var shown = new List<(string, ushort)>();
        foreach (var page in document.GetPages())
        {
            var codes = new List<ushort>();
            foreach (var operation in page.Operations)
            {
                byte[] bytes = operation switch
                {
                    ShowText show => show.Bytes.ToArray(),
                    ShowTextsWithPositioning positioned => positioned.Array.SelectMany<IToken, byte>(t => t switch { HexToken hex => hex.Bytes.ToArray(), StringToken text => text.GetBytes(), _ => [] }).ToArray(),
                    _ => [],
                };
                for (var i = 0; i + 1 < bytes.Length; i += 2)
                {
                    codes.Add((ushort)((bytes[i] << 8) | bytes[i + 1]));
                }
            }

            var letters = page.Letters;
            Assert.Equal(codes.Count, letters.Count);
            shown.AddRange(letters.Select((letter, i) => (letter.FontName ?? "", codes[i])));
        }

        return shown;
    }

    /// <summary>
    /// The first page as a scanner or a PDF viewer would make it a picture: poppler's pdftoppm (scripts/setup.sh
    /// installs poppler-utils), which smooths and samples images as readers do, where Skia's own drawing would not.
    /// </summary>
    public static SKBitmap Rasterize(byte[] pdf, int dpi)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "document.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
            foreach (var argument in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-singlefile", "-f", "1", input, Path.Combine(folder, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var pdftoppm = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
            var errors = pdftoppm.StandardError.ReadToEnd();
            pdftoppm.WaitForExit();
            Assert.True(pdftoppm.ExitCode == 0, $"pdftoppm failed: {errors}");
            return SKBitmap.Decode(Path.Combine(folder, "page.png"));
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("pdftoppm is missing: run scripts/setup.sh (poppler-utils)", e);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Finds and decodes the QR code in a picture, as a phone camera would.</summary>
    public static string? ReadQr(SKBitmap bitmap)
    {
        using var gray = bitmap.Copy(SKColorType.Gray8);
        return ReadWithZxing(gray) ?? ReadWithZbar(gray);
    }

    /// <summary>
    /// ZXing's locator settles on one triple of finder-pattern candidates and misses about 4 % of valid codes
    /// (26 of 600 random verification URLs, each of which ZXing's pure-barcode decoder and zbar read exactly); its
    /// multi-code reader weighs every triple and reads those.
    /// </summary>
    private static string? ReadWithZxing(SKBitmap gray)
    {
        var source = new RGBLuminanceSource(gray.Bytes, gray.Width, gray.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE] } };
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return reader.Decode(source)?.Text
            ?? new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints)?.FirstOrDefault()?.Text;
    }

    /// <summary>
    /// zbar, the decoder behind many phone and desktop scanners, as an independent second reader where installed
    /// (scripts/setup.sh installs zbar-tools): the printed codes are valid, so what either decoder reads exactly is
    /// what a phone reads, and the caller still compares it with the printed URL.
    /// </summary>
    private static string? ReadWithZbar(SKBitmap gray)
    {
        var png = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        try
        {
            using (var data = gray.Encode(SKEncodedImageFormat.Png, 100))
            {
                File.WriteAllBytes(png, data.ToArray());
            }

            var start = new ProcessStartInfo("zbarimg") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--raw", "-q", "-Sdisable", "-Sqrcode.enable", png })
            {
                start.ArgumentList.Add(argument);
            }

            using var zbar = Process.Start(start)!;
            var stderr = zbar.StandardError.ReadToEndAsync();
            var text = zbar.StandardOutput.ReadToEnd();
            zbar.WaitForExit();
            _ = stderr.Result;
            return zbar.ExitCode == 0 && text.EndsWith('\n') ? text[..^1] : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
        finally
        {
            File.Delete(png);
        }
    }
}
