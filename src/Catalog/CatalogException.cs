namespace ManaMitra.Catalog;

/// <summary>
/// The catalog files are defective. Carries every defect found, one per line, each naming the
/// file, the entry and the field, so an official can fix them all in one pass.
/// </summary>
public sealed class CatalogException : Exception
{
    public CatalogException(IReadOnlyList<string> errors)
        : base(string.Join('\n', errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
