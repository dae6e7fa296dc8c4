namespace ManaMitra.Languages;

/// <summary>
/// Words citizens write for a day instead of its date (<c>dates.*</c>): "tomorrow", "రేపు", "friday", "sukravaram".
/// A weekday is the next one from today, today included, as in "bus on friday".
/// </summary>
[TextSection("dates")]
public sealed class DateWords
{
    public required LocalizedWords Today { get; init; }

    public required LocalizedWords Tomorrow { get; init; }

    public required LocalizedWords DayAfterTomorrow { get; init; }

    public required LocalizedWords Monday { get; init; }

    public required LocalizedWords Tuesday { get; init; }

    public required LocalizedWords Wednesday { get; init; }

    public required LocalizedWords Thursday { get; init; }

    public required LocalizedWords Friday { get; init; }

    public required LocalizedWords Saturday { get; init; }

    public required LocalizedWords Sunday { get; init; }
}
