using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;
using ZXing;
using ZXing.Common;

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

    /// <summary>Finds and decodes the QR code in a picture, as a phone camera would.</summary>
    public static string? ReadQr(SKBitmap bitmap)
    {
        using var gray = bitmap.Copy(SKColorType.Gray8);

        var source = new RGBLuminanceSource(gray.Bytes, gray.Width, gray.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE] } };
        return reader.Decode(source)?.Text;
    }
}
