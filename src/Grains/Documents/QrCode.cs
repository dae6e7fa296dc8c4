using QRCoder;
using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// A QR code drawn as vector squares: sharp at any print size and a few hundred bytes in the PDF, where a bitmap
/// would be blurry or heavy.
/// </summary>
public sealed class QrCode
{
    private QrCode(bool[][] modules) => Modules = modules;

    /// <summary>Rows of modules, quiet zone included; true is dark.</summary>
    public bool[][] Modules { get; }

    public int Size => Modules.Length;

    /// <summary>
    /// Error correction M: survives a fold or a stain (15 % of the code) while keeping the code small enough for a
    /// cheap phone camera to read a signed URL from an A4 printout.
    /// </summary>
    public static QrCode Encode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
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
    public void Draw(SKCanvas canvas, float x, float y, float side)
    {
        var module = side / Size;
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawRect(SKRect.Create(x, y, side, side), white);
        for (var row = 0; row < Size; row++)
        {
            // One rectangle per run of dark modules in a row: fewer drawing operations than one per module.
            var column = 0;
            while (column < Size)
            {
                if (!Modules[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < Size && Modules[row][column])
                {
                    column++;
                }

                canvas.DrawRect(SKRect.Create(x + start * module, y + row * module, (column - start) * module, module), black);
            }
        }
    }
}
