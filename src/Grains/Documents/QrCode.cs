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
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawRect(SKRect.Create(x, y, side, side), white);
        // In module units under one transform, a PDF gets short "x y w h re" operators of small whole numbers.
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(side / Size);
        foreach (var block in Blocks())
        {
            canvas.DrawRect(block, black);
        }

        canvas.Restore();
    }

    /// <summary>
    /// The dark modules as rectangles: runs along each row, a run stretched down while the rows below repeat it
    /// (finder patterns, timing lines). About half as many drawing operations as one per run.
    /// </summary>
    private List<SKRect> Blocks()
    {
        var blocks = new List<SKRect>();
        var open = new Dictionary<(int Start, int End), int>();
        for (var row = 0; row <= Size; row++)
        {
            var runs = row < Size ? Runs(Modules[row]) : [];
            foreach (var (run, top) in open.Where(o => !runs.Contains(o.Key)).ToList())
            {
                blocks.Add(new SKRect(run.Start, top, run.End, row));
                open.Remove(run);
            }

            foreach (var run in runs)
            {
                open.TryAdd(run, row);
            }
        }

        return blocks;
    }

    private static HashSet<(int Start, int End)> Runs(bool[] row)
    {
        var runs = new HashSet<(int, int)>();
        var column = 0;
        while (column < row.Length)
        {
            if (!row[column])
            {
                column++;
                continue;
            }

            var start = column;
            while (column < row.Length && row[column])
            {
                column++;
            }

            runs.Add((start, column));
        }

        return runs;
    }
}
