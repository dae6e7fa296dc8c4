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
    /// (finder patterns, timing lines). About half as many drawing operations as one per run. Rectangles, not one
    /// path of lines: Skia writes each as "x y w h re f", which zlib deflates three times faster than the
    /// "x y m x y l" of a path (measured on a document's content stream).
    /// </summary>
    private List<SKRect> Blocks()
    {
        var blocks = new List<SKRect>();
        var open = new List<(int Start, int End, int Top)>();
        var next = new List<(int Start, int End, int Top)>();
        var runs = new List<(int Start, int End)>();
        for (var row = 0; row <= Size; row++)
        {
            runs.Clear();
            if (row < Size)
            {
                AddRuns(Modules[row], runs);
            }

            // Open blocks and this row's runs are both in column order: one pass pairs a block with the run that
            // repeats it exactly, and closes the blocks this row does not continue.
            next.Clear();
            var run = 0;
            foreach (var block in open)
            {
                for (; run < runs.Count && runs[run].Start < block.Start; run++)
                {
                    next.Add((runs[run].Start, runs[run].End, row));
                }

                if (run < runs.Count && runs[run] == (block.Start, block.End))
                {
                    next.Add(block);
                    run++;
                }
                else
                {
                    blocks.Add(new SKRect(block.Start, block.Top, block.End, row));
                }
            }

            for (; run < runs.Count; run++)
            {
                next.Add((runs[run].Start, runs[run].End, row));
            }

            (open, next) = (next, open);
        }

        return blocks;
    }

    private static void AddRuns(bool[] row, List<(int Start, int End)> runs)
    {
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
    }
}
