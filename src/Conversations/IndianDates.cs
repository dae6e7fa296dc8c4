using System.Globalization;

namespace ManaMitra.Conversations;

/// <summary>A day as the citizen reads it: the date in India, whatever the server's zone.</summary>
internal static class IndianDates
{
    private static readonly TimeSpan IndiaStandardTime = TimeSpan.FromHours(5.5);

    public static string Day(DateTimeOffset at) => at.ToOffset(IndiaStandardTime).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
