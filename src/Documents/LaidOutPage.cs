using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// What one page shows, in drawing order, laid out once: the fonts are cut down to the glyphs it uses and then it is
/// drawn onto a PDF page or a picture. Laying out again for the cut fonts would shape every line twice.
/// </summary>
internal sealed class LaidOutPage
{
    private readonly List<Mark> _marks = [];

    /// <summary>Every line of text on the page: what the fonts must hold.</summary>
    public IEnumerable<ShapedText> Lines => _marks.OfType<TextLine>().Select(l => l.Text);

    public void Box(SKRect rect, SKColor color) => _marks.Add(new Rectangle(rect, color));

    public void Text(ShapedText text, float x, float baseline, SKColor color) => _marks.Add(new TextLine(text, x, baseline, color));

    public void Code(QrCode qr, float x, float y, float side) => _marks.Add(new QrSquare(qr, x, y, side));

    public void Draw(SKCanvas canvas, DrawingFonts fonts)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var mark in _marks)
        {
            switch (mark)
            {
                case Rectangle box:
                    paint.Color = box.Color;
                    canvas.DrawRect(box.Rect, paint);
                    break;
                case TextLine line:
                    paint.Color = line.Color;
                    line.Text.Draw(canvas, line.X, line.Baseline, paint, fonts.For);
                    break;
                case QrSquare code:
                    code.Qr.Draw(canvas, code.X, code.Y, code.Side);
                    break;
            }
        }
    }

    private abstract record Mark;

    private sealed record Rectangle(SKRect Rect, SKColor Color) : Mark;

    private sealed record TextLine(ShapedText Text, float X, float Baseline, SKColor Color) : Mark;

    private sealed record QrSquare(QrCode Qr, float X, float Y, float Side) : Mark;
}
