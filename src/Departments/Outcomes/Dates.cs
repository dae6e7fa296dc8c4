using System.Globalization;

namespace ManaMitra.Departments.Outcomes;

/// <summary>Dates as Indian documents print them (day first), and as forms may hand them over.</summary>
public static class Dates
{
    private static readonly string[] Accepted = ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy", "dd.MM.yyyy", "d-M-yyyy", "d/M/yyyy"];

    public static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    // Printed in India's time, so a payment at 00:30 IST is not dated the day before.
    public static string Format(DateTimeOffset instant) => Format(DateOnly.FromDateTime(instant.ToOffset(Ist).DateTime));

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Ist).DateTime);

    /// <summary>An hour as the chat tells it (18:05), in India's time.</summary>
    public static string Time(DateTimeOffset instant) => instant.ToOffset(Ist).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant a session starts: its day and hour are India's.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Ist);

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
}
