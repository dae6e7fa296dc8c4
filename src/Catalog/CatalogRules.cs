using System.Text.RegularExpressions;

namespace ManaMitra.Catalog;

/// <summary>The rules one catalog value must meet on its own, independent of where it sits.</summary>
internal static partial class CatalogRules
{
    /// <summary>WhatsApp cuts list-row descriptions longer than this; a cut description misleads.</summary>
    public const int MaxDescriptionLength = 72;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    public static bool IsKebabCase(string id) => KebabCase().IsMatch(id);

    /// <summary>Exact, case-sensitive names only: a number or odd casing in the file is a defect, not an alias.</summary>
    public static bool TryParseName<TEnum>(string value, out TEnum parsed)
        where TEnum : struct, Enum
    {
        parsed = default;
        return Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal)
            && Enum.TryParse(value, ignoreCase: false, out parsed);
    }

    public static string NamesOf<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}
