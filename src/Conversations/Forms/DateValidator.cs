using System.Globalization;
using System.Text.RegularExpressions;
using ManaMitra.Catalog;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Chat;
using ManaMitra.Languages;

namespace ManaMitra.Conversations.Forms;

/// <summary>
/// A real calendar date written as citizens write it: 05-01-2008, 5/1/2008, 5.1.2008, 2008-01-05, "5 Jan 2008" or
/// "January 5, 2008"; Indian order (day first) for all-number dates. Normalised to yyyy-MM-dd. The same kind serves
/// dates of birth and of journeys, so the range is wide: from 1900 to a year after the day the message was sent.
/// A day named instead of dated ("tomorrow", "రేపు", "friday": <c>dates.*</c> of the language files) is counted from
/// the day the message was sent in India.
/// </summary>
public sealed partial class DateValidator(FormText reasons, DateWords words) : IFieldValidator
{
    // Typed keys (lower case, no spaces) of every language's day words, to the days after today each names; a weekday's
    // days depend on today, so weekdays are kept apart.
    private readonly Dictionary<string, int> _daysAhead = Keyed((words.Today, 0), (words.Tomorrow, 1), (words.DayAfterTomorrow, 2));

    private readonly Dictionary<string, int> _weekdays = Keyed(
        (words.Sunday, (int)DayOfWeek.Sunday), (words.Monday, (int)DayOfWeek.Monday), (words.Tuesday, (int)DayOfWeek.Tuesday),
        (words.Wednesday, (int)DayOfWeek.Wednesday), (words.Thursday, (int)DayOfWeek.Thursday), (words.Friday, (int)DayOfWeek.Friday),
        (words.Saturday, (int)DayOfWeek.Saturday));

    public const int EarliestYear = 1900;

    // India keeps one time zone, so "today" for a citizen is the date in IST whatever the server's zone.
    private static readonly TimeSpan IndiaOffset = TimeSpan.FromHours(5.5);

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d+)$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]*([a-z]+)\.?[\s\-/.,]*(\d+)$")]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"^([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d+)$")]
    private static partial Regex MonthNameDay();

    public FieldResult Check(ServiceInput input, InboundMessage message)
    {
        if (Typed.Text(message) is { } named && Named(Typed.Key(named), Today(message)) is { } namedDay)
        {
            return Accept(namedDay);
        }

        if (Typed.Text(message) is not { } text || Parts(Digits(text)) is not { } parts)
        {
            return new Rejected(reasons.DateType);
        }

        var (day, month, year) = parts;

        if (year.Length != 4)
        {
            return new Rejected(reasons.DateShortYear);
        }

        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || y < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return new Rejected(reasons.DateNotInCalendar);
        }

        var date = new DateOnly(y, month, day);
        if (y < EarliestYear)
        {
            return new Rejected(reasons.DateTooEarly.Fill(EarliestYear));
        }

        var today = Today(message);
        return date > today.AddYears(1) ? new Rejected(reasons.DateTooLate) : Accept(date);
    }

    private static Accepted Accept(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));

    private DateOnly? Named(string key, DateOnly today) =>
        _daysAhead.TryGetValue(key, out var days) ? today.AddDays(days)
        : _weekdays.TryGetValue(key, out var weekday) ? today.AddDays((weekday - (int)today.DayOfWeek + 7) % 7)
        : null;

    private static Dictionary<string, int> Keyed(params (LocalizedWords Words, int Value)[] lists)
    {
        var keyed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (list, value) in lists)
        {
            foreach (var word in list.All)
            {
                keyed.TryAdd(Typed.Key(word), value);
            }
        }

        return keyed;
    }

    /// <summary>
    /// A booking's date: an accepted date that also falls from today to the service's last bookable day, else the
    /// reason with the days that are open, so the citizen can answer again at once.
    /// </summary>
    public FieldResult Bookable(FieldResult checkedDate, Service service, InboundMessage message)
    {
        if (checkedDate is not Accepted accepted)
        {
            return checkedDate;
        }

        var date = DateOnly.ParseExact(accepted.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = Today(message);
        var last = BookingWindow.LastDay(service, today);
        return date < today ? new Rejected(reasons.DatePassed.Fill(Shown(today), Shown(last)))
            : date > last ? new Rejected(reasons.DateBeyondWindow.Fill(service.BookableDays, Shown(last)))
            : accepted;
    }

    private static DateOnly Today(InboundMessage message) => DateOnly.FromDateTime(message.SentAt.ToOffset(IndiaOffset).DateTime);

    private static string Shown(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>Telugu and other digits as ASCII, lower case, trimmed: the form the patterns read.</summary>
    private static string Digits(string text) =>
        string.Concat(text.Trim().ToLowerInvariant().Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c));

    private static (int Day, int Month, string Year)? Parts(string text)
    {
        if (DayFirst().Match(text) is { Success: true } dmy)
        {
            return (Number(dmy.Groups[1].Value), Number(dmy.Groups[2].Value), dmy.Groups[3].Value);
        }

        if (YearFirst().Match(text) is { Success: true } ymd)
        {
            return (Number(ymd.Groups[3].Value), Number(ymd.Groups[2].Value), ymd.Groups[1].Value);
        }

        if (DayMonthName().Match(text) is { Success: true } dm && MonthNumber(dm.Groups[2].Value) is { } m1)
        {
            return (Number(dm.Groups[1].Value), m1, dm.Groups[3].Value);
        }

        if (MonthNameDay().Match(text) is { Success: true } md && MonthNumber(md.Groups[1].Value) is { } m2)
        {
            return (Number(md.Groups[2].Value), m2, md.Groups[3].Value);
        }

        return null;
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>"jan", "janu", "january" and the common "sept" all name a month; two letters are too few to tell "ma"rch from "ma"y.</summary>
    private static int? MonthNumber(string word)
    {
        if (word == "sept")
        {
            return 9;
        }

        var index = Array.FindIndex(Months, m => word.Length >= 3 && m.StartsWith(word, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }
}
