using System.Security.Cryptography;
using ManaMitra.Catalog;
using ManaMitra.Documents;
using ManaMitra.Grains.Documents;

namespace ManaMitra.Tests.Documents;

/// <summary>The real fonts, shaper, renderer and a signing key, built once for the documents tests.</summary>
public sealed class DocumentFixture : IDisposable
{
    public const string PublicBaseUrl = "https://manamitra.example.in";

    public DocumentFixture()
    {
        Fonts = DocumentFonts.Load();
        Shaper = new TextShaper(Fonts);
        Catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);
        Keys = new DocumentKeys([("test-2026", ECDsa.Create(ECCurve.NamedCurves.nistP256))]);
        Subsetter = new FontSubsetter(Fonts);
        Renderer = new DocumentRenderer(Fonts, Shaper, Subsetter, Catalog);
        Printer = new DocumentPrinter(Renderer, Keys);
    }

    public DocumentFonts Fonts { get; }

    public TextShaper Shaper { get; }

    public FontSubsetter Subsetter { get; }

    public ServiceCatalog Catalog { get; }

    public DocumentKeys Keys { get; }

    public DocumentRenderer Renderer { get; }

    public DocumentPrinter Printer { get; }

    public void Dispose()
    {
        Keys.Dispose();
        Subsetter.Dispose();
        Shaper.Dispose();
        Fonts.Dispose();
    }
}
