namespace ManaMitra.Interfaces.Grievances;

/// <summary>
/// A grievance's number, <c>GRV-2026-000001</c>: one series per year for every department, so a citizen quoting it
/// on a call need not know which department has it.
/// </summary>
public static class GrievanceReference
{
    private const string Prefix = "GRV-";

    /// <summary>The year's series, numbered by its reference series grain.</summary>
    public static string Series(int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}{year}");

    public static bool Is(string reference) => reference.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The reference as typed in any case, with spaces, slashes or dashes; null when it cannot be one.</summary>
    public static string? Read(string typed)
    {
        var reference = string.Join('-', typed.Trim().ToUpperInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries));
        return Is(reference) && reference.Length <= 40 ? reference : null;
    }
}
