using SkiaSharp;

namespace ManaMitra.Documents;

/// <summary>
/// The typefaces documents are printed in, taken from the operating system (Debian's <c>fonts-noto-core</c>): the
/// project ships no font files. Loaded once at start-up, so a machine without them refuses to start instead of
/// printing certificates with boxes where the Telugu should be.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    public const string Package = "fonts-noto-core";

    /// <summary>Where Debian, Fedora and hand installs put the Noto fonts.</summary>
    public static readonly IReadOnlyList<string> Directories =
    [
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/noto",
        "/usr/share/fonts/google-noto",
        "/usr/local/share/fonts",
    ];

    private DocumentFonts(SKTypeface telugu, SKTypeface teluguBold, SKTypeface latin, SKTypeface latinBold)
    {
        Telugu = telugu;
        TeluguBold = teluguBold;
        Latin = latin;
        LatinBold = latinBold;
    }

    public SKTypeface Telugu { get; }

    public SKTypeface TeluguBold { get; }

    public SKTypeface Latin { get; }

    public SKTypeface LatinBold { get; }

    /// <summary>Finds Noto Sans Telugu and Noto Sans, or throws naming the package that provides them.</summary>
    public static DocumentFonts Load() => Load(Directories);

    public static DocumentFonts Load(IReadOnlyList<string> directories) => new(
        Find(directories, "Noto Sans Telugu", "NotoSansTelugu-Regular.ttf", SKFontStyle.Normal),
        Find(directories, "Noto Sans Telugu", "NotoSansTelugu-Bold.ttf", SKFontStyle.Bold),
        Find(directories, "Noto Sans", "NotoSans-Regular.ttf", SKFontStyle.Normal),
        Find(directories, "Noto Sans", "NotoSans-Bold.ttf", SKFontStyle.Bold));

    private static SKTypeface Find(IReadOnlyList<string> directories, string family, string fileName, SKFontStyle style)
    {
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, fileName);
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } typeface)
            {
                return typeface;
            }
        }

        // Skia's fontconfig build can find fonts installed elsewhere; the dependency-free build knows no fonts and
        // answers null or a substitute, which is not accepted.
        var matched = SKFontManager.Default.MatchFamily(family, style);
        if (matched is not null && matched.FamilyName == family)
        {
            return matched;
        }

        throw new InvalidOperationException(
            $"Font \"{family}\" ({fileName}) not found in {string.Join(", ", directories)}: documents cannot be printed in Telugu and English. " +
            $"Install the Debian package {Package} (apt-get install {Package}) or run scripts/setup.sh.");
    }

    public void Dispose()
    {
        Telugu.Dispose();
        TeluguBold.Dispose();
        Latin.Dispose();
        LatinBold.Dispose();
    }
}
