using ManaMitra.Documents;
using SkiaSharp;

namespace ManaMitra.Tests.Documents;

public sealed class QrCodeTests
{
    [Theory]
    [InlineData("https://manamitra.example.in/verify/REV-INC-2026-000123?t=eyJhbGciOiJFUzI1NiJ9.e30.c2ln")]
    [InlineData("a")]
    public void The_code_is_drawn_module_for_module(string text)
    {
        var qr = QrCode.Encode(text);
        using var bitmap = new SKBitmap(qr.Size, qr.Size);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Red);
            qr.Draw(canvas, 0, 0, qr.Size);
        }

        var wrong = new List<(int Row, int Column)>();
        for (var row = 0; row < qr.Size; row++)
        {
            for (var column = 0; column < qr.Size; column++)
            {
                if (bitmap.GetPixel(column, row) != (qr.Modules[row][column] ? SKColors.Black : SKColors.White))
                {
                    wrong.Add((row, column));
                }
            }
        }

        Assert.Empty(wrong);
    }
}
