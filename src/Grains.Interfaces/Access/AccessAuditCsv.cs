using System.Globalization;

namespace ManaMitra.Interfaces.Access;

/// <summary>
/// A breach audit as CSV (RFC 4180), the same from the <c>audit-access</c> command and the console's download:
/// <c>citizen_key,reference,kind,key,count,first,last,clients</c>, times in UTC to the microsecond, addresses separated
/// by spaces.
/// </summary>
public static class AccessAuditCsv
{
    public const string Header = "citizen_key,reference,kind,key,count,first,last,clients";

    public static string Line(AccessTouch touch) => string.Join(',',
        Cell(touch.CitizenKey), Cell(touch.Reference), Cell(touch.Kind), Cell(touch.KeyFingerprint),
        touch.Count.ToString(CultureInfo.InvariantCulture), Time(touch.First), Time(touch.Last), Cell(string.Join(' ', touch.Clients)));

    /// <summary>UTC with microseconds, as the log keeps it: <c>2026-03-14T09:26:53.589793Z</c>.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    // Quoted when it holds a separator, a quote or a line break. A cell a spreadsheet would run as a formula (it starts
    // with = + - @) gets a leading apostrophe, which spreadsheets show as text; ids rarely start so, but a keyed
    // hash in base64url may start with "-".
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
